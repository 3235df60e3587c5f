package org.spinechoice.app.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.clinic.outcome.CourseOutcomeStore;

/**
 * The maintained course outcomes stay what a full rebuild computes, whatever order records arrive in: responses
 * before and after their course, baselines from no course, several courses per patient, answers outside windows.
 */
class CourseOutcomeStoreIT {

    private static final LocalDate START = LocalDate.parse("2025-09-01");

    @AfterAll
    static void stop() {
        RunningApps.stopAll();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void recordByRecordUpkeepEqualsARebuildFromScratch(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        SplittableRandom random = new SplittableRandom(31);
        for (int patientIndex = 0; patientIndex < 8; patientIndex++) {
            String patient = clinic.patient("Patient " + patientIndex);
            // A baseline answered before any course is recorded still counts for the course that follows.
            answer(clinic, patient, null, "nrs-leg", START.minusDays(random.nextInt(10)), random.nextInt(11), "");
            List<String> courses = new ArrayList<>();
            for (int courseIndex = 0; courseIndex <= random.nextInt(2); courseIndex++) {
                courses.add(course(clinic, patient, START.plusDays(courseIndex * 20L)));
            }
            for (int response = 0; response < 10; response++) {
                String course = courses.get(random.nextInt(courses.size()));
                String instrument = random.nextBoolean() ? "nrs-leg" : "nrs-back";
                LocalDate takenOn = START.plusDays(random.nextInt(-5, 420));
                String timepoint = random.nextInt(5) == 0 ? ", \"timepoint\": \"6m\"" : "";
                answer(clinic, patient, course, instrument, takenOn, random.nextInt(11), timepoint);
            }
        }
        List<Map<String, Object>> maintained = outcomes(clinic);

        int written = clinic.jdbi().inTransaction(handle -> new CourseOutcomeStore().rebuildClinic(handle, clinic.id));
        List<Map<String, Object>> rebuilt = outcomes(clinic);

        assertThat(maintained).isNotEmpty();
        assertThat(written).isEqualTo(maintained.size());
        assertThat(rebuilt).isEqualTo(maintained);
        assertThat(maintained)
                .anySatisfy(row -> assertThat(row.get("baseline_value")).isNotNull());
        assertThat(maintained)
                .anySatisfy(row -> assertThat(row.get("first_response_day")).isNotNull());
    }

    private static List<Map<String, Object>> outcomes(TestClinic clinic) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : clinic.rowsOf("course_outcome")) {
            Map<String, Object> normalised = new TreeMap<>();
            // Decimals compare by value: one database may keep a scale the other drops.
            row.forEach((column, value) ->
                    normalised.put(column, value instanceof BigDecimal decimal ? decimal.stripTrailingZeros() : value));
            rows.add(normalised);
        }
        rows.sort(Comparator.comparing(row -> row.get("course_id") + " " + row.get("instrument")));
        return rows;
    }

    private static String course(TestClinic clinic, String patient, LocalDate start) {
        Reply created = clinic.post("/api/clinic/patients/" + patient + "/courses", """
                {"option": "epidural-steroid-injection", "region": "lumbar", "startDate": "%s",
                 "plannedSessions": 2, "intervalWeeks": 4, "status": "active"}""".formatted(start));
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
        return created.id();
    }

    private static void answer(
            TestClinic clinic,
            String patient,
            String course,
            String instrument,
            LocalDate takenOn,
            int rating,
            String moreMembers) {
        String courseMember = course == null ? "" : ", \"courseId\": \"" + course + "\"";
        Reply created = clinic.post("/api/clinic/patients/" + patient + "/prom-responses", """
                {"instrument": "%s", "takenOn": "%s", "answers": {"nrs": %d}%s%s}""".formatted(
                        instrument, takenOn, rating, courseMember, moreMembers));
        assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
    }
}
