package org.spinechoice.app.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.app.platform.StrictJson;
import org.spinechoice.app.triage.TriageJson;
import org.spinechoice.prom.Instrument;
import org.spinechoice.triage.IntakeReader;
import org.spinechoice.triage.IntakeReading;
import org.spinechoice.triage.Triage;
import org.spinechoice.triage.TriageResult;

/**
 * Reads the body of {@code POST /api/summary}: {@code {"intake": {…}, "compare": ["id", …], "proms": {"odi":
 * {"answers": {…}}}, "sure": {"answers": {…}}}}, with {@code proms} and {@code sure} optional. The intake goes
 * through the intake contract's reader and the answers through the PROM contract's reader, so every error is named
 * by its JSON path ({@code intake.age}, {@code compare[1]}, {@code proms.odi.answers.odi-3}). As with the intake
 * API, a bad request still carries the triage of whatever it holds when a red-flag rule fired. Thread-safe.
 */
public final class SummaryRequest {

    private static final Set<String> FIELDS = Set.of("intake", "compare", "proms", "sure");

    private final StrictJson json;

    public SummaryRequest(ObjectMapper json) {
        this.json = new StrictJson(json);
    }

    /** A usable summary input, or the problem document that answers a bad request. */
    public sealed interface Outcome {}

    public record Accepted(SummaryInput input) implements Outcome {}

    public record Rejected(Map<String, Object> problem) implements Outcome {}

    public Outcome read(String body) {
        StrictJson.Parsed parsed = json.parse(body);
        if (parsed instanceof StrictJson.Invalid invalid) {
            return new Rejected(invalid.problem());
        }
        Object tree = ((StrictJson.Tree) parsed).value();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!(tree instanceof Map<?, ?> request)) {
            errors.add(new Problem.FieldError(
                    "", "expected a JSON object with intake, compare and optionally proms and sure"));
            return rejected(errors, Optional.empty());
        }
        request.keySet().stream()
                .map(String::valueOf)
                .filter(field -> !FIELDS.contains(field))
                .sorted()
                .forEach(field -> errors.add(
                        new Problem.FieldError(field, "unknown field; expected intake, compare, proms or sure")));

        IntakeReading intake = IntakeReader.read(request.get("intake"));
        if (intake instanceof IntakeReading.Invalid invalid) {
            invalid.errors()
                    .forEach(error -> errors.add(new Problem.FieldError(
                            error.field().isEmpty() ? "intake" : "intake." + error.field(), error.message())));
        }
        var compared = SummaryRequestParts.compared(request.get("compare"), errors);
        var odi = SummaryRequestParts.odi(request.get("proms"), errors);
        var sure = SummaryRequestParts.answers(Instrument.SURE, "sure", request.get("sure"), errors);

        TriageResult triage = Triage.assess(intake.triageInput());
        if (!errors.isEmpty()) {
            return rejected(errors, triage.hasFindings() ? Optional.of(triage) : Optional.empty());
        }
        return new Accepted(new SummaryInput(
                ((IntakeReading.Valid) intake).intake(),
                compared,
                odi.filter(given -> !given.isEmpty()),
                sure.filter(given -> !given.isEmpty())));
    }

    private static Rejected rejected(List<Problem.FieldError> errors, Optional<TriageResult> triage) {
        Problem problem = new Problem(
                "about:blank",
                "Invalid summary request",
                400,
                "The request has " + errors.size() + " problem" + (errors.size() == 1 ? "" : "s")
                        + "; each is listed in errors.",
                errors);
        Map<String, Object> document = problem.toJson();
        triage.ifPresent(result -> document.put("triage", TriageJson.of(result)));
        return new Rejected(document);
    }
}
