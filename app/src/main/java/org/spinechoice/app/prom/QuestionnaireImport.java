package org.spinechoice.app.prom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Questionnaire;
import org.spinechoice.app.platform.Json;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.prom.Instrument;

/**
 * Reads a clinic's licensed wording of an instrument from a FHIR R4 {@code Questionnaire} in JSON, as
 * {@code spec/proms.md} allows: the Questionnaire's {@code linkId}s are the instrument's item ids. The result is a
 * licensed {@link QuestionnaireWording}, or a rejection listing every problem with where it is. Parsing and checking
 * only; nothing is stored. An mJOA wording may be imported; it is for clinicians only
 * ({@link QuestionnaireWording#clinicianOnly()}).
 *
 * <p>The rules: {@code resourceType} is {@code Questionnaire}; {@code version} (or the version after {@code |} in
 * {@code url}) is given; groups are flattened and display items and groups are skipped; every other item is an item
 * of the instrument, asked once, with its {@code text}, of type {@code choice} (answers as {@code answerOption} whose
 * {@code valueCoding.code} or {@code valueInteger} is the value scored, a subset of the values the instrument accepts)
 * or {@code integer} (the instrument's range); every item of the instrument is asked. Thread-safe.
 */
public final class QuestionnaireImport {

    /** The version prefix of SpineChoice's own wording, which an import may not claim. */
    private static final String OUR_VERSIONS = "spinechoice-";

    // Read strictly first: HAPI keeps the last of two repeated keys, and its messages for broken JSON are vague.
    private static final ObjectReader STRICT_JSON = Json.mapper()
            .reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** An imported wording, or every problem that stops it. */
    public sealed interface Outcome {}

    /** The Questionnaire is a usable licensed wording of the instrument. */
    public record Accepted(QuestionnaireWording wording) implements Outcome {
        public Accepted {
            Objects.requireNonNull(wording, "wording");
        }
    }

    /** The Questionnaire cannot be used; {@code problems} names each, by its path in the Questionnaire. */
    public record Rejected(List<Problem.FieldError> problems) implements Outcome {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejection names at least one problem");
            }
        }

        /** Each problem as one line of text: {@code item[3].linkId: "odi-11" is not an item of …}. */
        public List<String> lines() {
            return problems.stream()
                    .map(problem ->
                            problem.field().isEmpty() ? problem.message() : problem.field() + ": " + problem.message())
                    .toList();
        }
    }

    /** Reads {@code questionnaireJson} as a wording of {@code instrument}. Never throws for bad content. */
    public Outcome read(Instrument instrument, String questionnaireJson) {
        Objects.requireNonNull(instrument, "instrument");
        List<Problem.FieldError> problems = new ArrayList<>();
        Optional<Problem.FieldError> notQuestionnaire = notAQuestionnaire(questionnaireJson);
        if (notQuestionnaire.isPresent()) {
            return new Rejected(List.of(notQuestionnaire.get()));
        }
        Questionnaire questionnaire;
        try {
            questionnaire = FhirR4.jsonParser(problems).parseResource(Questionnaire.class, questionnaireJson);
        } catch (RuntimeException unreadable) {
            // HAPI signals unreadable content with several unchecked exceptions; none may reach the caller.
            return new Rejected(List.of(new Problem.FieldError(
                    "", "could not be read as a FHIR R4 Questionnaire: " + FhirR4.plain(unreadable.getMessage()))));
        }
        Optional<String> version = version(questionnaire, problems);
        List<QuestionnaireWording.Question> questions =
                new QuestionnaireItems(instrument, problems).read(questionnaire.getItem());
        if (!problems.isEmpty()) {
            return new Rejected(problems);
        }
        try {
            return new Accepted(new QuestionnaireWording(
                    instrument,
                    version.orElseThrow(),
                    title(questionnaire).orElse(instrument.title()),
                    text(questionnaire.getDescription()),
                    true,
                    Optional.empty(),
                    questions));
        } catch (IllegalArgumentException invariant) {
            // The checks above mirror the wording's own; were they ever to differ, refuse the import, never throw.
            return new Rejected(List.of(new Problem.FieldError("", invariant.getMessage())));
        }
    }

    /** The first problem when the text is not one JSON object with {@code "resourceType": "Questionnaire"}. */
    private static Optional<Problem.FieldError> notAQuestionnaire(String questionnaireJson) {
        if (questionnaireJson == null || questionnaireJson.isBlank()) {
            return Optional.of(new Problem.FieldError("", "empty; expected a FHIR R4 Questionnaire in JSON"));
        }
        JsonNode tree;
        try {
            tree = STRICT_JSON.readTree(questionnaireJson);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            return Optional.of(new Problem.FieldError("", "not valid JSON: " + e.getOriginalMessage() + where));
        }
        if (tree == null || tree.isMissingNode() || !tree.isObject()) {
            return Optional.of(new Problem.FieldError(
                    "", "expected a FHIR R4 Questionnaire: a JSON object with \"resourceType\": \"Questionnaire\""));
        }
        JsonNode type = tree.get("resourceType");
        if (type == null || !"Questionnaire".equals(type.asText(null))) {
            return Optional.of(new Problem.FieldError(
                    "resourceType", (type == null ? "missing" : "got " + type) + "; expected \"Questionnaire\""));
        }
        return Optional.empty();
    }

    /**
     * The version id stored with each response given in this wording. With a {@code url} it is the canonical
     * {@code url|version}, which is how a FHIR QuestionnaireResponse names its Questionnaire and which keeps two
     * clinics' "1.0" apart; without one, the version alone.
     */
    private static Optional<String> version(Questionnaire questionnaire, List<Problem.FieldError> problems) {
        String url = text(questionnaire.getUrl()).orElse("");
        String urlVersion =
                url.contains("|") ? url.substring(url.indexOf('|') + 1).strip() : "";
        String base = url.contains("|") ? url.substring(0, url.indexOf('|')).strip() : url;
        Optional<String> stated = text(questionnaire.getVersion());
        if (stated.isPresent() && !urlVersion.isEmpty() && !stated.get().equals(urlVersion)) {
            problems.add(new Problem.FieldError(
                    "version", "\"" + stated.get() + "\" differs from the version \"" + urlVersion + "\" in url"));
            return Optional.empty();
        }
        Optional<String> version = stated.or(() -> text(urlVersion));
        if (version.isEmpty()) {
            problems.add(new Problem.FieldError(
                    "version", "missing; a licensed wording needs a version, stored with each response given in it"));
            return Optional.empty();
        }
        String id = base.isEmpty() ? version.get() : base + "|" + version.get();
        if (id.startsWith(OUR_VERSIONS)) {
            problems.add(new Problem.FieldError(
                    "version", "\"" + id + "\" is reserved for SpineChoice's own wording; choose another"));
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private static Optional<String> title(Questionnaire questionnaire) {
        return text(questionnaire.getTitle()).or(() -> text(questionnaire.getName()));
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(stripped -> !stripped.isEmpty());
    }
}
