package org.spinechoice.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.clinic.promresponse.PromResponse;
import org.spinechoice.app.clinic.promresponse.ResponseSource;
import org.spinechoice.app.prom.SpineChoiceWording;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.PromSchedule;
import org.spinechoice.prom.PromScoring;
import org.spinechoice.prom.ResponderRule;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.prom.TimepointPlacement;
import org.spinechoice.treatment.CourseStatus;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

/** The synthetic patients of the demo clinic: repeatable, well formed, and shaped as the invented table says. */
class DemoGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** Enough patients that even a rarely chosen option has a hundred or more with a baseline and a follow-up. */
    private static final List<DemoPatient> PATIENTS = generate(7, 20_000);

    private static List<DemoPatient> generate(long seed, int count) {
        DemoGenerator generator = new DemoGenerator(seed, TODAY);
        return IntStream.range(0, count).mapToObj(i -> generator.next()).toList();
    }

    @Test
    void theSameSeedAndDayGiveTheSamePatientsIdsIncluded() {
        assertThat(generate(7, 300)).isEqualTo(PATIENTS.subList(0, 300));
        assertThat(generate(8, 300)).isNotEqualTo(PATIENTS.subList(0, 300));
    }

    @Test
    void everyPatientIsLabelledSyntheticAndEveryIdIsAUniqueVersion4Uuid() {
        assertThat(PATIENTS.get(0).patient().displayName()).isEqualTo("Demo patient 000001");
        assertThat(PATIENTS.get(122).patient().displayName()).isEqualTo("Demo patient 000123");
        Set<String> ids = new HashSet<>();
        for (DemoPatient patient : PATIENTS) {
            assertThat(patient.patient().reference()).contains("SYNTHETIC");
            assertThat(patient.patient().contactEmail()).isEmpty();
            ids.add(patient.patient().id());
            ids.add(patient.course().id());
            patient.sessions().forEach(session -> ids.add(session.id()));
            patient.adverseEvents().forEach(event -> ids.add(event.id()));
            patient.responses().forEach(response -> ids.add(response.id()));
        }
        long records = PATIENTS.stream()
                .mapToLong(p -> 2
                        + p.sessions().size()
                        + p.adverseEvents().size()
                        + p.responses().size())
                .sum();
        assertThat(ids).hasSize((int) records);
        assertThat(ids).allMatch(id -> UUID.fromString(id).version() == 4);
    }

    @Test
    void everyStoredAnswerSetScoresAgainToTheStoredScore() {
        for (DemoPatient patient : PATIENTS) {
            for (PromResponse response : patient.responses()) {
                assertThat(PromScoring.score(response.instrument(), response.answers()))
                        .isEqualTo(response.score());
                assertThat(response.questionnaireVersion()).isEqualTo(SpineChoiceWording.VERSION);
            }
        }
    }

    @Test
    void coursesKeepToTheirOptionsRegionsAndAskTheRegionsQuestionnaires() {
        for (DemoPatient patient : PATIENTS) {
            assertThat(patient.course().option().regions())
                    .contains(patient.course().region());
            List<Instrument> scheduled =
                    PromSchedule.instrumentsFor(patient.course().region());
            assertThat(patient.responses()).allMatch(response -> scheduled.contains(response.instrument()));
        }
        assertThat(PATIENTS).anyMatch(p -> p.course().region() == SpinalRegion.CERVICAL);
        assertThat(InventedParameters.PROFILES.stream().map(OptionProfile::option))
                .containsExactlyInAnyOrder(OptionId.values());
    }

    @Test
    void timePointsArePlacedByCoreAndNothingIsTakenAfterToday() {
        int outside = 0;
        int followUps = 0;
        for (DemoPatient patient : PATIENTS) {
            for (PromResponse response : patient.responses()) {
                assertThat(response.takenOn()).isBeforeOrEqualTo(TODAY);
                assertThat(response.timepoint())
                        .isEqualTo(TimepointPlacement.place(
                                response.takenOn(),
                                Optional.of(patient.course().startDate()),
                                Optional.of(response.timepoint().timepoint())));
                assertThat(response.timepoint().timepoint()).isNotEqualTo(Timepoint.OTHER);
                if (response.timepoint().timepoint() != Timepoint.BASELINE) {
                    followUps++;
                    outside += response.timepoint().outsideWindow() ? 1 : 0;
                }
                if (response.instrument() == Instrument.MJOA) {
                    assertThat(response.source()).isEqualTo(ResponseSource.CLINIC);
                }
            }
        }
        assertThat((double) outside / followUps).isBetween(0.02, 0.12);
    }

    @Test
    void followUpThinsOutOverTheYearAmongPatientsWhoseYearHasPassed() {
        List<DemoPatient> yearPassed = PATIENTS.stream()
                .filter(p -> p.course().startDate().plusDays(410).isBefore(TODAY))
                .toList();
        Map<Timepoint, Long> answered = new EnumMap<>(Timepoint.class);
        for (Timepoint timepoint : PromSchedule.TIMEPOINTS) {
            answered.put(
                    timepoint,
                    yearPassed.stream()
                            .filter(p -> p.responses().stream()
                                    .anyMatch(r -> r.timepoint().timepoint() == timepoint))
                            .count());
        }
        assertThat(answered.get(Timepoint.BASELINE)).isGreaterThan(answered.get(Timepoint.SIX_WEEKS));
        assertThat(answered.get(Timepoint.SIX_WEEKS)).isGreaterThan(answered.get(Timepoint.SIX_MONTHS));
        assertThat(answered.get(Timepoint.SIX_MONTHS)).isGreaterThan(answered.get(Timepoint.TWELVE_MONTHS));
        assertThat(answered.get(Timepoint.TWELVE_MONTHS)).isGreaterThan(yearPassed.size() / 3L);
    }

    @Test
    void someCoursesAreStillDueSomeStoppedAndSomePlanned() {
        Set<CourseStatus> statuses =
                PATIENTS.stream().map(p -> p.course().status()).collect(Collectors.toSet());
        assertThat(statuses).containsExactlyInAnyOrder(CourseStatus.values());
        assertThat(PATIENTS).anyMatch(p -> !p.adverseEvents().isEmpty());
        assertThat(PATIENTS.stream().filter(p -> !p.adverseEvents().isEmpty()).count())
                .isLessThan(PATIENTS.size() / 20);
    }

    @Test
    void surgeryPatientsRespondMoreOftenThanWaitingOnesAndInjectionGainsFade() {
        double surgery = odiResponderShare(OptionId.DECOMPRESSION_SURGERY, Timepoint.SIX_MONTHS);
        double waiting = odiResponderShare(OptionId.WATCHFUL_WAITING, Timepoint.SIX_MONTHS);
        double injectionEarly = odiResponderShare(OptionId.EPIDURAL_STEROID_INJECTION, Timepoint.SIX_WEEKS);
        double injectionLate = odiResponderShare(OptionId.EPIDURAL_STEROID_INJECTION, Timepoint.TWELVE_MONTHS);

        assertThat(surgery).isGreaterThan(waiting + 0.15);
        assertThat(injectionEarly).isGreaterThan(injectionLate + 0.1);
    }

    @Test
    void aFewPatientsStartWithLittleRoomToImprove() {
        List<BigDecimal> baselines = new ArrayList<>();
        PATIENTS.forEach(patient -> odi(patient, Timepoint.BASELINE).ifPresent(baselines::add));
        long littleRoom = baselines.stream()
                .filter(score -> !ResponderRule.ODI_30_PERCENT.leavesRoomToImprove(score))
                .count();
        assertThat((double) littleRoom / baselines.size()).isBetween(0.03, 0.15);
    }

    /** Among patients of the option with an ODI at baseline and at the follow-up, the share who respond. */
    private static double odiResponderShare(OptionId option, Timepoint followUp) {
        List<DemoPatient> generated =
                PATIENTS.stream().filter(p -> p.course().option() == option).toList();
        int responders = 0;
        int compared = 0;
        for (DemoPatient patient : generated) {
            Optional<BigDecimal> before = odi(patient, Timepoint.BASELINE);
            Optional<BigDecimal> after = odi(patient, followUp);
            if (before.isPresent()
                    && after.isPresent()
                    && ResponderRule.ODI_30_PERCENT.leavesRoomToImprove(before.get())) {
                compared++;
                responders += ResponderRule.ODI_30_PERCENT.isResponse(before.get(), after.get()) ? 1 : 0;
            }
        }
        assertThat(compared).as("patients compared for " + option.id()).isGreaterThan(100);
        return (double) responders / compared;
    }

    private static Optional<BigDecimal> odi(DemoPatient patient, Timepoint timepoint) {
        return patient.responses().stream()
                .filter(r -> r.instrument() == Instrument.ODI && r.timepoint().timepoint() == timepoint)
                .findFirst()
                .flatMap(r -> r.score().score());
    }
}
