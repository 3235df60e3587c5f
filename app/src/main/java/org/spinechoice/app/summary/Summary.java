package org.spinechoice.app.summary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.spinechoice.evidence.Source;
import org.spinechoice.triage.Urgency;

/**
 * Everything one summary for the physician shows, already in words: how soon to get help and why, the answers,
 * the questionnaire scores, what matters to the person, the options compared with their key figures, questions to
 * ask, the sources cited (numbered in order of first citation) and the date it was made. Immutable.
 */
public record Summary(
        LocalDate date,
        Urgency urgency,
        List<Finding> findings,
        String triageDisclaimer,
        List<Fact> answers,
        Optional<Score> dailyLife,
        Optional<Score> readiness,
        List<Fact> preferences,
        List<SummaryOption> options,
        List<String> questions,
        List<Source> sources) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    /** One answer or preference: what was asked, and what the person said, in words. */
    public record Fact(String label, String value) {}

    /** A red-flag rule that fired: its advice, the answers that fired it, and citation marks. */
    public record Finding(Urgency urgency, String advice, String because, String marks) {}

    /** A questionnaire score: its name, the result, what it means, and a note such as the wording in use. */
    public record Score(String name, String result, String meaning, Optional<String> note) {}

    public Summary {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(urgency, "urgency");
        findings = List.copyOf(findings);
        Objects.requireNonNull(triageDisclaimer, "triageDisclaimer");
        answers = List.copyOf(answers);
        Objects.requireNonNull(dailyLife, "dailyLife");
        Objects.requireNonNull(readiness, "readiness");
        preferences = List.copyOf(preferences);
        options = List.copyOf(options);
        questions = List.copyOf(questions);
        sources = List.copyOf(sources);
    }

    /** The date written out, for example "3 March 2026". */
    public String dateInWords() {
        return inWords(date);
    }

    /** A date written out, for example "3 March 2026". */
    public static String inWords(LocalDate day) {
        return DATE.format(day);
    }

    /** The scores shown: daily life, then readiness to decide, each when answered. */
    public List<Score> scores() {
        return Stream.concat(dailyLife.stream(), readiness.stream()).toList();
    }

    /** The names of the options compared, for titles and tests. */
    public List<String> optionNames() {
        return options.stream().map(SummaryOption::name).toList();
    }
}
