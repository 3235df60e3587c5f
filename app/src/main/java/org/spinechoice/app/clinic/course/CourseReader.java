package org.spinechoice.app.clinic.course;

import static org.spinechoice.app.clinic.record.RequestObject.Presence.OPTIONAL;
import static org.spinechoice.app.clinic.record.RequestObject.Presence.REQUIRED;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.clinic.record.RequestObject;
import org.spinechoice.treatment.CourseStatus;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * Reads a new course, or a change to one, from a parsed JSON tree, naming every bad field. The option is one of the
 * evidence base's options (the contract's closed list, which the evidence base must match) and the region one the
 * option is given for. Stateless and thread-safe.
 */
public final class CourseReader {

    /** The longest user id accepted; ids are UUIDs. */
    static final int MAX_USER_ID_LENGTH = 64;

    private static final List<String> NEW_FIELDS = List.of(
            "option", "region", "clinician", "startDate", "plannedSessions", "intervalWeeks", "status", "endReason");
    private static final List<String> CHANGE_FIELDS =
            List.of("status", "endReason", "plannedSessions", "intervalWeeks", "clinician");

    public Reading<NewCourse> read(Object tree) {
        RequestObject request = RequestObject.body(tree, NEW_FIELDS);
        Optional<OptionId> option = request.code("option", REQUIRED, OptionId.class);
        Optional<SpinalRegion> region = request.code("region", REQUIRED, SpinalRegion.class);
        if (option.isPresent() && region.isPresent() && !option.get().regions().contains(region.get())) {
            request.error(
                    "region",
                    option.get().id() + " is given for the " + String.join(", ", regionIds(option.get()))
                            + " spine only");
        }
        Optional<String> clinician = request.text("clinician", OPTIONAL, MAX_USER_ID_LENGTH);
        Optional<LocalDate> start = request.date("startDate", REQUIRED);
        Optional<Integer> planned = request.wholeNumber("plannedSessions", REQUIRED, 1, NewCourse.MAX_PLANNED_SESSIONS);
        Optional<Integer> interval = request.wholeNumber("intervalWeeks", REQUIRED, 0, NewCourse.MAX_INTERVAL_WEEKS);
        Optional<CourseStatus> status = request.code("status", OPTIONAL, CourseStatus.class);
        Optional<String> endReason = request.text("endReason", OPTIONAL, NewCourse.MAX_END_REASON_LENGTH);
        CourseStatus given = status.orElse(CourseStatus.PLANNED);
        if (!request.has("status") || status.isPresent()) {
            NewCourse.endReasonProblem(given, endReason).ifPresent(problem -> request.error("endReason", problem));
        }
        return Reading.of(
                request,
                () -> new NewCourse(
                        option.orElseThrow(),
                        region.orElseThrow(),
                        clinician,
                        start.orElseThrow(),
                        planned.orElseThrow(),
                        interval.orElseThrow(),
                        given,
                        endReason));
    }

    public Reading<CourseChange> readChange(Object tree) {
        RequestObject request = RequestObject.body(tree, CHANGE_FIELDS);
        Optional<CourseStatus> status = request.code("status", OPTIONAL, CourseStatus.class);
        Optional<String> endReason = request.text("endReason", OPTIONAL, NewCourse.MAX_END_REASON_LENGTH);
        Optional<Integer> planned = request.wholeNumber("plannedSessions", OPTIONAL, 1, NewCourse.MAX_PLANNED_SESSIONS);
        Optional<Integer> interval = request.wholeNumber("intervalWeeks", OPTIONAL, 0, NewCourse.MAX_INTERVAL_WEEKS);
        Optional<String> clinician = request.text("clinician", OPTIONAL, CourseReader.MAX_USER_ID_LENGTH);
        if (request.errors().isEmpty() && CHANGE_FIELDS.stream().noneMatch(request::has)) {
            request.error("", "expected at least one of " + String.join(", ", CHANGE_FIELDS));
        }
        return Reading.of(request, () -> new CourseChange(status, endReason, planned, interval, clinician));
    }

    private static List<String> regionIds(OptionId option) {
        return option.regions().stream().map(SpinalRegion::id).toList();
    }
}
