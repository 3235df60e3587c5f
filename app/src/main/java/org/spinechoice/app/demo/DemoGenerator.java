package org.spinechoice.app.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.spinechoice.app.clinic.adverseevent.AdverseEvent;
import org.spinechoice.app.clinic.course.TreatmentCourse;
import org.spinechoice.app.clinic.patient.Patient;
import org.spinechoice.app.clinic.session.TreatmentSession;
import org.spinechoice.treatment.AdverseEventSeverity;
import org.spinechoice.treatment.CourseStatus;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.Sex;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * Makes the demo clinic's synthetic patients one at a time, each with a treatment course, its sessions, perhaps an
 * adverse event, and their questionnaire responses ({@link DemoFollowUp}), drawn from {@link InventedParameters}.
 * Nothing is derived from real patients. The same seed and "today" give the same patients, ids included: every draw
 * comes from one {@link SplittableRandom}, split once per patient. Not thread-safe.
 */
final class DemoGenerator {

    /** The reference every demo patient carries, so that nobody can take one for a real person. */
    static final String REFERENCE = "SYNTHETIC";

    static final String NAME_PREFIX = "Demo patient ";

    private final SplittableRandom seeds;
    private final DemoIds ids = new DemoIds();
    private final LocalDate today;
    private final int totalWeight;
    private int number;

    DemoGenerator(long seed, LocalDate today) {
        this.seeds = new SplittableRandom(seed);
        this.today = today;
        this.totalWeight = InventedParameters.PROFILES.stream()
                .mapToInt(OptionProfile::weight)
                .sum();
    }

    /** The next patient, numbered from 1. */
    DemoPatient next() {
        number++;
        SplittableRandom random = seeds.split();
        OptionProfile profile = option(random);
        SpinalRegion region = region(profile.option(), random);
        boolean planned = random.nextDouble() < InventedParameters.PLANNED_SHARE;
        LocalDate start = planned
                ? today.plusDays(random.nextInt(1, InventedParameters.PLANNED_WITHIN_DAYS + 1))
                : today.minusDays(random.nextInt(0, InventedParameters.HISTORY_DAYS + 1));
        int baselineDay = random.nextDouble() < 0.9 ? -random.nextInt(0, 15) : random.nextInt(1, 11);
        LocalDate firstVisit = start.plusDays(Math.min(baselineDay, 0) - random.nextInt(0, 15));
        Instant registered = at(firstVisit.isAfter(today) ? today : firstVisit, 9 * 60 + random.nextInt(480));

        Patient patient = new Patient(
                ids.next(random),
                NAME_PREFIX + String.format("%06d", number),
                today.getYear() - age(random),
                sex(random),
                Optional.of(REFERENCE),
                Optional.empty(),
                registered);
        Course course = course(patient.id(), profile, region, start, registered.plusSeconds(600), random);
        List<AdverseEvent> adverseEvents = adverseEvent(course, profile, random);
        DemoFollowUp followUp = new DemoFollowUp(profile, course.stoppedEarly(), today, ids);
        return new DemoPatient(
                patient,
                course.course(),
                course.sessions(),
                adverseEvents,
                followUp.responses(patient.id(), course.course(), baselineDay, random));
    }

    private record Course(TreatmentCourse course, List<TreatmentSession> sessions, boolean stoppedEarly) {}

    private Course course(
            String patientId,
            OptionProfile profile,
            SpinalRegion region,
            LocalDate start,
            Instant created,
            RandomGenerator random) {
        String courseId = ids.next(random);
        int planned = random.nextInt(profile.minSessions(), profile.maxSessions() + 1);
        int intervalWeeks = random.nextInt(profile.minIntervalWeeks(), profile.maxIntervalWeeks() + 1);
        boolean stopsEarly = planned >= 2 && random.nextDouble() < profile.stopChance();
        int given = stopsEarly ? random.nextInt(1, planned) : planned;
        List<TreatmentSession> sessions = new ArrayList<>();
        for (int session = 0; session < given; session++) {
            LocalDate date =
                    start.plusWeeks((long) session * intervalWeeks).plusDays(session == 0 ? 0 : random.nextInt(0, 4));
            if (date.isAfter(today)) {
                break;
            }
            sessions.add(new TreatmentSession(
                    ids.next(random),
                    courseId,
                    date,
                    DemoSessions.details(profile.option(), profile.sessionKind(), region, random),
                    at(date, 12 * 60)));
        }
        CourseStatus status;
        if (start.isAfter(today)) {
            status = CourseStatus.PLANNED;
        } else if (sessions.size() == given) {
            status = stopsEarly ? CourseStatus.STOPPED : CourseStatus.COMPLETED;
        } else {
            status = CourseStatus.ACTIVE;
        }
        Optional<String> endReason =
                status == CourseStatus.STOPPED ? Optional.of(DemoSessions.endReason(random)) : Optional.empty();
        TreatmentCourse course = new TreatmentCourse(
                courseId,
                patientId,
                profile.option(),
                region,
                Optional.empty(),
                start,
                planned,
                intervalWeeks,
                status,
                endReason,
                created);
        return new Course(course, sessions, status == CourseStatus.STOPPED);
    }

    private List<AdverseEvent> adverseEvent(Course course, OptionProfile profile, RandomGenerator random) {
        if (course.sessions().isEmpty() || random.nextDouble() >= profile.adverseEventChance()) {
            return List.of();
        }
        TreatmentSession after =
                course.sessions().get(random.nextInt(course.sessions().size()));
        LocalDate date = after.date().plusDays(random.nextInt(0, 8));
        LocalDate happened = date.isAfter(today) ? today : date;
        AdverseEventSeverity severity = DemoSessions.severity(profile.sessionKind(), random);
        return List.of(new AdverseEvent(
                ids.next(random),
                course.course().id(),
                happened,
                severity,
                DemoSessions.adverseEvent(profile.sessionKind(), profile.option(), random),
                DemoSessions.adverseEventOutcome(severity),
                at(happened, 16 * 60)));
    }

    private OptionProfile option(RandomGenerator random) {
        int draw = random.nextInt(totalWeight);
        for (OptionProfile profile : InventedParameters.PROFILES) {
            draw -= profile.weight();
            if (draw < 0) {
                return profile;
            }
        }
        throw new IllegalStateException("the weights add up to " + totalWeight);
    }

    /** The low back where the option allows it, else its one region; the neck and mid-back now and then. */
    private static SpinalRegion region(OptionId option, RandomGenerator random) {
        List<SpinalRegion> allowed = option.regions();
        double draw = random.nextDouble();
        if (allowed.contains(SpinalRegion.CERVICAL) && draw < InventedParameters.CERVICAL_SHARE) {
            return SpinalRegion.CERVICAL;
        }
        if (allowed.contains(SpinalRegion.THORACIC) && draw > 1 - InventedParameters.THORACIC_SHARE) {
            return SpinalRegion.THORACIC;
        }
        return allowed.contains(SpinalRegion.LUMBAR) ? SpinalRegion.LUMBAR : allowed.get(0);
    }

    private static int age(RandomGenerator random) {
        return Math.max(40, Math.min(92, (int) Math.round(66 + random.nextGaussian() * 9)));
    }

    private static Sex sex(RandomGenerator random) {
        double draw = random.nextDouble();
        return draw < 0.52 ? Sex.FEMALE : draw < 0.98 ? Sex.MALE : draw < 0.985 ? Sex.OTHER : Sex.UNDISCLOSED;
    }

    /** A moment of a day, {@code minutes} after midnight UTC. */
    static Instant at(LocalDate day, int minutes) {
        return day.atStartOfDay().plusMinutes(minutes).toInstant(ZoneOffset.UTC);
    }
}
