package org.spinechoice.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.spinechoice.app.clinic.course.TreatmentCourse;
import org.spinechoice.app.clinic.promresponse.PromResponse;
import org.spinechoice.app.clinic.promresponse.ResponseSource;
import org.spinechoice.app.prom.SpineChoiceWording;
import org.spinechoice.prom.FollowUpWindow;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.PlacedTimepoint;
import org.spinechoice.prom.PromSchedule;
import org.spinechoice.prom.PromScore;
import org.spinechoice.prom.PromScoring;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.prom.TimepointPlacement;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * A demo patient's questionnaires over their course: made-up symptoms at baseline that improve (or not) by their
 * option's {@link OptionProfile}, the schedule of {@link PromSchedule} for the course's region, answers drawn from the
 * symptoms, scored by core's {@link PromScoring} and placed by core's {@link TimepointPlacement}, exactly as a
 * response the clinic records. Only questionnaires taken on or before "today" exist. Not thread-safe.
 */
final class DemoFollowUp {

    /** Day-to-day wobble of the symptoms between time points. */
    private static final double WOBBLE = 0.03;

    private final OptionProfile profile;
    private final boolean stoppedEarly;
    private final LocalDate today;
    private final DemoIds ids;

    DemoFollowUp(OptionProfile profile, boolean stoppedEarly, LocalDate today, DemoIds ids) {
        this.profile = profile;
        this.stoppedEarly = stoppedEarly;
        this.today = today;
        this.ids = ids;
    }

    /** The patient's responses, by time point, then in the order the schedule lists the instruments. */
    List<PromResponse> responses(String patientId, TreatmentCourse course, int baselineDay, RandomGenerator random) {
        Symptoms baseline = baseline(course.region(), random);
        boolean improves = random.nextDouble() < profile.improvementChance();
        double gain = improves
                ? Math.min(0.95, profile.gainIfImproved() * (0.6 + 0.8 * random.nextDouble()))
                : -0.15 + 0.25 * random.nextDouble();
        if (stoppedEarly) {
            gain /= 2;
        }
        double staysFactor = improves && !stoppedEarly ? 1 : InventedParameters.STAYS_IF_NOT_IMPROVING;
        List<PromResponse> responses = new ArrayList<>();
        for (Timepoint timepoint : PromSchedule.TIMEPOINTS) {
            if (random.nextDouble() >= InventedParameters.STAYS_IN_FOLLOW_UP.get(timepoint) * staysFactor) {
                break;
            }
            if (timepoint != Timepoint.BASELINE && random.nextDouble() < InventedParameters.SKIPS_TIMEPOINT) {
                continue;
            }
            long day = timepoint == Timepoint.BASELINE ? baselineDay : followUpDay(timepoint, random);
            LocalDate takenOn = course.startDate().plusDays(day);
            if (takenOn.isAfter(today)) {
                break;
            }
            double effect = gain * profile.recovery().shareOfGainAt(timepoint);
            Symptoms now = after(baseline, effect, random);
            answerSet(patientId, course, timepoint, takenOn, now, random, responses);
        }
        return responses;
    }

    private void answerSet(
            String patientId,
            TreatmentCourse course,
            Timepoint timepoint,
            LocalDate takenOn,
            Symptoms symptoms,
            RandomGenerator random,
            List<PromResponse> into) {
        PlacedTimepoint placed =
                TimepointPlacement.place(takenOn, Optional.of(course.startDate()), Optional.of(timepoint));
        ResponseSource source = source(timepoint, random);
        int minute = 8 * 60 + random.nextInt(720);
        boolean skipSexLife = random.nextDouble() < InventedParameters.SKIPS_ODI_SEX_LIFE;
        for (Instrument instrument : PromSchedule.instrumentsFor(course.region())) {
            boolean clinicianRated = !instrument.answerableByLink();
            if (clinicianRated && random.nextDouble() >= InventedParameters.RATES_MJOA
                    || random.nextDouble() < InventedParameters.SKIPS_QUESTIONNAIRE) {
                continue;
            }
            Map<String, Integer> answers =
                    SyntheticAnswers.of(instrument, symptoms, timepoint != Timepoint.BASELINE, skipSexLife, random);
            into.add(new PromResponse(
                    ids.next(random),
                    patientId,
                    Optional.of(course.id()),
                    instrument,
                    takenOn,
                    placed,
                    answers,
                    scored(instrument, answers),
                    SpineChoiceWording.VERSION,
                    clinicianRated ? ResponseSource.CLINIC : source,
                    DemoGenerator.at(takenOn, minute).plusSeconds(into.size())));
        }
    }

    /** Core's score of the answers; the generator makes only answers that score, so anything else is a bug here. */
    static PromScore.Scored scored(Instrument instrument, Map<String, Integer> answers) {
        PromScore score = PromScoring.score(instrument, answers);
        if (score instanceof PromScore.Scored scored) {
            return scored;
        }
        throw new IllegalStateException("demo answers to " + instrument.id() + " do not score: " + answers);
    }

    /** Mostly moderate to severe symptoms; a few patients start so mildly that they have little room to improve. */
    private static Symptoms baseline(SpinalRegion region, RandomGenerator random) {
        boolean mild = random.nextDouble() < InventedParameters.LITTLE_ROOM_SHARE;
        double disability = mild
                ? 0.03 + 0.11 * random.nextDouble()
                : 0.22 + 0.48 * (random.nextDouble() + random.nextDouble()) / 2;
        double spread = mild ? 0.04 : 0.12;
        double axialPain = unit(disability + random.nextGaussian() * spread);
        double limbPain = unit(disability + (mild ? 0 : 0.08) + random.nextGaussian() * spread);
        double myelopathy =
                region == SpinalRegion.CERVICAL ? unit((disability - 0.2) * 0.8 + random.nextGaussian() * 0.05) : 0;
        return new Symptoms(disability, axialPain, limbPain, myelopathy, 0);
    }

    /** The symptoms once {@code effect} of them has gone (a negative effect: they got worse). */
    private static Symptoms after(Symptoms baseline, double effect, RandomGenerator random) {
        double kept = 1 - effect;
        return new Symptoms(
                unit(baseline.disability() * kept + random.nextGaussian() * WOBBLE),
                unit(baseline.axialPain() * kept + random.nextGaussian() * WOBBLE),
                unit(baseline.limbPain() * kept + random.nextGaussian() * WOBBLE),
                unit(baseline.myelopathy() * kept + random.nextGaussian() * WOBBLE),
                unit(effect / 0.6));
    }

    /** Mostly inside the window and a little late; now and then outside it, usually late. */
    private static long followUpDay(Timepoint timepoint, RandomGenerator random) {
        FollowUpWindow window = timepoint.window().orElseThrow();
        if (random.nextDouble() < InventedParameters.OUTSIDE_WINDOW_SHARE) {
            return random.nextDouble() < 0.7
                    ? window.lastDay() + random.nextInt(1, 22)
                    : window.firstDay() - random.nextInt(1, 14);
        }
        long day = window.targetDay() + 2 + Math.round(random.nextGaussian() * window.toleranceDays() / 3);
        return Math.max(window.firstDay(), Math.min(window.lastDay(), day));
    }

    /** Baselines are mostly filled in at the clinic, follow-ups mostly through the patient's link. */
    private static ResponseSource source(Timepoint timepoint, RandomGenerator random) {
        double draw = random.nextDouble();
        if (timepoint == Timepoint.BASELINE) {
            return draw < 0.8 ? ResponseSource.CLINIC : ResponseSource.PATIENT_LINK;
        }
        return draw < 0.75 ? ResponseSource.PATIENT_LINK : draw < 0.95 ? ResponseSource.CLINIC : ResponseSource.API;
    }

    private static double unit(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
