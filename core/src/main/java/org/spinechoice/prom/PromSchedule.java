package org.spinechoice.prom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * The questionnaires a treatment course asks for: each instrument of its region at baseline, 6 weeks, 3, 6 and 12
 * months ({@code spec/proms.md} time points), with the state of each on a given day. Stateless and thread-safe.
 *
 * <p>The instruments follow what spine registries collect for each region (the evidence file's registry table: ODI
 * with back and leg pain for the low back, the NDI in cervical modules), with the ZCQ and walking tolerance that
 * stenosis trials use, and the clinician-rated mJOA for the neck, where myelopathy is the concern. Thoracic stenosis
 * is rare and has no instrument of its own; it is followed like the low back, whose instruments ask about walking and
 * the legs, as thoracic cord compression affects them.
 */
public final class PromSchedule {

    /** The follow-up time points a course asks for, in order. */
    public static final List<Timepoint> TIMEPOINTS = List.of(
            Timepoint.BASELINE,
            Timepoint.SIX_WEEKS,
            Timepoint.THREE_MONTHS,
            Timepoint.SIX_MONTHS,
            Timepoint.TWELVE_MONTHS);

    private PromSchedule() {}

    /** A stored response, as far as the schedule cares: which questionnaire, at which time point. */
    public record Answered(Instrument instrument, Timepoint timepoint) {

        public Answered {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(timepoint, "timepoint");
        }
    }

    /** The instruments a course in this region asks for, in the order they are presented. */
    public static List<Instrument> instrumentsFor(SpinalRegion region) {
        Objects.requireNonNull(region, "region");
        if (region == SpinalRegion.CERVICAL) {
            return List.of(Instrument.NDI, Instrument.NRS_NECK, Instrument.NRS_ARM, Instrument.MJOA);
        }
        return List.of(Instrument.ODI, Instrument.ZCQ, Instrument.NRS_BACK, Instrument.NRS_LEG, Instrument.WALKING);
    }

    /** Every questionnaire of the course, by time point then instrument, with its state on {@code today}. */
    public static List<ScheduledQuestionnaire> of(
            LocalDate courseStart, SpinalRegion region, Set<Answered> answered, LocalDate today) {
        Objects.requireNonNull(courseStart, "courseStart");
        Objects.requireNonNull(answered, "answered");
        Objects.requireNonNull(today, "today");
        List<ScheduledQuestionnaire> schedule = new ArrayList<>();
        for (Timepoint timepoint : TIMEPOINTS) {
            for (Instrument instrument : instrumentsFor(region)) {
                schedule.add(scheduled(courseStart, timepoint, instrument, answered, today));
            }
        }
        return List.copyOf(schedule);
    }

    private static ScheduledQuestionnaire scheduled(
            LocalDate start, Timepoint timepoint, Instrument instrument, Set<Answered> answered, LocalDate today) {
        Optional<LocalDate> opens;
        LocalDate target;
        LocalDate closes;
        if (timepoint == Timepoint.BASELINE) {
            opens = Optional.empty();
            target = start;
            closes = start.plusDays(TimepointPlacement.BASELINE_LAST_DAY);
        } else {
            FollowUpWindow window = timepoint.window().orElseThrow();
            opens = Optional.of(start.plusDays(window.firstDay()));
            target = start.plusDays(window.targetDay());
            closes = start.plusDays(window.lastDay());
        }
        ScheduleState state;
        if (answered.contains(new Answered(instrument, timepoint))) {
            state = ScheduleState.DONE;
        } else if (opens.isPresent() && today.isBefore(opens.get())) {
            state = ScheduleState.UPCOMING;
        } else if (today.isAfter(closes)) {
            state = ScheduleState.MISSED;
        } else if (today.isAfter(target)) {
            state = ScheduleState.OVERDUE;
        } else {
            state = ScheduleState.DUE;
        }
        return new ScheduledQuestionnaire(timepoint, instrument, opens, target, closes, state);
    }
}
