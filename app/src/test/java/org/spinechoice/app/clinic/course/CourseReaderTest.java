package org.spinechoice.app.clinic.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.treatment.CourseStatus;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

class CourseReaderTest {

    private final CourseReader reader = new CourseReader();

    @Test
    void aNewCourseIsPlannedUnlessGiven() {
        NewCourse course = valid(reader.read(prolotherapy()));

        assertThat(course.option()).isEqualTo(OptionId.PROLOTHERAPY);
        assertThat(course.region()).isEqualTo(SpinalRegion.LUMBAR);
        assertThat(course.startDate()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(course.status()).isEqualTo(CourseStatus.PLANNED);
        assertThat(course.clinician()).isEmpty();
        assertThat(course.endReason()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(OptionId.class)
    void everyOptionIsRecordedForEachRegionItIsGivenFor(OptionId option) {
        for (SpinalRegion region : SpinalRegion.values()) {
            Map<String, Object> body = prolotherapy();
            body.put("option", option.id());
            body.put("region", region.id());

            Reading<NewCourse> reading = reader.read(body);

            assertThat(reading instanceof Reading.Valid)
                    .isEqualTo(option.regions().contains(region));
        }
    }

    @Test
    void plannedSessionsAndIntervalHaveTheirRanges() {
        Map<String, Object> body = prolotherapy();
        body.put("plannedSessions", 101);
        body.put("intervalWeeks", 53);

        assertThat(fields(reader.read(body))).containsExactly("plannedSessions", "intervalWeeks");

        body.put("plannedSessions", 100);
        body.put("intervalWeeks", 0);
        assertThat(reader.read(body)).isInstanceOf(Reading.Valid.class);
    }

    @Test
    void aStatusThatIsNotKnownLeavesTheEndReasonUnjudged() {
        Map<String, Object> body = prolotherapy();
        body.put("status", "paused");
        body.put("endReason", "why not");

        assertThat(fields(reader.read(body))).containsExactly("status");
    }

    @Test
    void aChangeReadsOnlyWhatIsGiven() {
        CourseChange change = valid(reader.readChange(Map.of("status", "active")));

        assertThat(change.status()).hasValue(CourseStatus.ACTIVE);
        assertThat(change.plannedSessions()).isEmpty();
        assertThat(fields(reader.readChange(Map.of()))).containsExactly("");
        assertThat(fields(reader.readChange(Map.of("startDate", "2026-03-02")))).containsExactly("startDate");
    }

    private static Map<String, Object> prolotherapy() {
        Map<String, Object> body = new HashMap<>();
        body.put("option", "prolotherapy");
        body.put("region", "lumbar");
        body.put("startDate", "2026-03-02");
        body.put("plannedSessions", 4);
        body.put("intervalWeeks", 5);
        return body;
    }

    private static <T> T valid(Reading<T> reading) {
        assertThat(reading).isInstanceOf(Reading.Valid.class);
        return ((Reading.Valid<T>) reading).value();
    }

    private static List<String> fields(Reading<?> reading) {
        assertThat(reading).isInstanceOf(Reading.Invalid.class);
        return ((Reading.Invalid<?>) reading)
                .errors().stream().map(Problem.FieldError::field).toList();
    }
}
