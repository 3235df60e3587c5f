package org.spinechoice.app.triage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.app.platform.StrictJson;
import org.spinechoice.triage.Intake;
import org.spinechoice.triage.IntakeError;
import org.spinechoice.triage.IntakeReader;
import org.spinechoice.triage.IntakeReading;
import org.spinechoice.triage.Triage;
import org.spinechoice.triage.TriageResult;

/**
 * Reads an intake from a JSON body, the one way every intake enters the app (API and command line). A bad intake
 * becomes a 400 problem naming every field, and still carries the triage of its valid parts when a rule fired.
 */
public final class IntakeRequest {

    private final StrictJson json;

    public IntakeRequest(ObjectMapper json) {
        this.json = new StrictJson(json);
    }

    /** A valid intake, or the problem document that answers a bad one. */
    public sealed interface Outcome {}

    /** Every field was valid. */
    public record Accepted(Intake intake) implements Outcome {}

    /** The body or some field was bad; {@code problem} is the whole 400 document. */
    public record Rejected(Map<String, Object> problem) implements Outcome {}

    public Outcome read(String body) {
        StrictJson.Parsed parsed = json.parse(body);
        if (parsed instanceof StrictJson.Invalid invalid) {
            return new Rejected(invalid.problem());
        }
        Object tree = ((StrictJson.Tree) parsed).value();
        IntakeReading reading = IntakeReader.read(tree);
        if (reading instanceof IntakeReading.Invalid invalid) {
            return new Rejected(problem(invalid));
        }
        return new Accepted(((IntakeReading.Valid) reading).intake());
    }

    /** The problem document of an invalid intake, with the triage of its valid parts when any rule fired. */
    public static Map<String, Object> problem(IntakeReading.Invalid invalid) {
        List<Problem.FieldError> errors =
                invalid.errors().stream().map(IntakeRequest::fieldError).toList();
        Problem problem = new Problem(
                "about:blank",
                "Invalid intake",
                400,
                "The intake has " + errors.size() + " problem" + (errors.size() == 1 ? "" : "s")
                        + "; each is listed in errors.",
                errors);
        Map<String, Object> document = problem.toJson();
        triageOfValidParts(invalid).ifPresent(triage -> document.put("triage", TriageJson.of(triage)));
        return document;
    }

    static Optional<TriageResult> triageOfValidParts(IntakeReading.Invalid invalid) {
        TriageResult triage = Triage.assess(invalid.triageInput());
        return triage.hasFindings() ? Optional.of(triage) : Optional.empty();
    }

    private static Problem.FieldError fieldError(IntakeError error) {
        return new Problem.FieldError(error.field(), error.message());
    }
}
