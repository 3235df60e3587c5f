package org.spinechoice.app.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.prom.PromScore;
import org.spinechoice.triage.Intake;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.Preference;

/** Puts a summary's answers and scores into the person's own words, from {@code messages.properties}. */
final class SummaryWords {

    private final Messages msg;
    private final EvidenceBase evidence;

    SummaryWords(Messages msg, EvidenceBase evidence) {
        this.msg = msg;
        this.evidence = evidence;
    }

    Messages messages() {
        return msg;
    }

    List<Summary.Fact> answers(Intake intake) {
        List<Summary.Fact> facts = new ArrayList<>();
        facts.add(fact("region", text("check.region.", intake.region())));
        facts.add(fact("age", String.valueOf(intake.age())));
        facts.add(fact("sex", text("check.sex.", intake.sex())));
        facts.add(fact("symptoms", list("check.symptom.", intake.symptoms())));
        facts.add(fact("course", text("check.course.", intake.course())));
        intake.durationWeeks()
                .ifPresent(weeks -> facts.add(fact("duration", msg.get("summary.answer.duration.value", weeks))));
        intake.walkingMinutes()
                .ifPresent(minutes -> facts.add(fact("walking", msg.get("summary.answer.walking.value", minutes))));
        facts.add(fact("warningSigns", list("check.sign.", intake.warningSigns())));
        facts.add(fact("healthFactors", list("summary.healthFactor.", intake.healthFactors())));
        facts.add(fact(
                "triedOptions",
                intake.triedOptions().isEmpty()
                        ? msg.get("summary.none")
                        : intake.triedOptions().stream()
                                .sorted()
                                .map(id -> evidence.option(id).name())
                                .collect(Collectors.joining("; "))));
        return facts;
    }

    /** The preferences given (weight above 0), most important first. */
    List<Summary.Fact> preferences(Intake intake) {
        return intake.preferences().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Comparator.<Map.Entry<Preference, Integer>>comparingInt(Map.Entry::getValue)
                        .reversed()
                        .thenComparing(entry -> entry.getKey().ordinal()))
                .map(entry -> new Summary.Fact(
                        text("summary.preference.", entry.getKey()),
                        msg.get("summary.preference.weight", entry.getValue())))
                .toList();
    }

    /** The answers that fired a red-flag rule, in the person's terms. */
    String because(List<String> because) {
        return because.stream()
                .map(id -> firstKnown(id, "check.because.", "check.sign.", "check.symptom."))
                .collect(Collectors.joining("; "));
    }

    Summary.Score dailyLife(PromScore score) {
        String name = msg.get("summary.odi.name");
        String wording = msg.get("summary.odi.wording");
        if (score instanceof PromScore.Scored scored) {
            String band =
                    msg.get("summary.odi.band." + scored.band().orElseThrow().id());
            String result = msg.get("summary.odi.result", number(scored.score().orElseThrow()), band);
            String note = scored.missing().isEmpty()
                    ? wording
                    : msg.get("summary.odi.answered", scored.answered()) + " " + wording;
            return new Summary.Score(name, result, msg.get("summary.odi.meaning"), Optional.of(note));
        }
        return new Summary.Score(
                name, msg.get("summary.score.incomplete"), msg.get("summary.odi.meaning"), Optional.of(wording));
    }

    Summary.Score readiness(PromScore score) {
        String name = msg.get("summary.sure.name");
        if (score instanceof PromScore.Scored scored) {
            boolean conflict = scored.decisionalConflict().orElseThrow();
            return new Summary.Score(
                    name,
                    msg.get("summary.sure.result", number(scored.score().orElseThrow())),
                    msg.get(conflict ? "summary.sure.conflict" : "summary.sure.noConflict"),
                    Optional.empty());
        }
        return new Summary.Score(
                name, msg.get("summary.score.incomplete"), msg.get("summary.sure.meaning"), Optional.empty());
    }

    private Summary.Fact fact(String field, String value) {
        return new Summary.Fact(msg.get("summary.answer." + field), value);
    }

    private String text(String prefix, Coded value) {
        return firstKnown(value.id(), prefix);
    }

    private String list(String prefix, Collection<? extends Coded> values) {
        return values.isEmpty()
                ? msg.get("summary.none")
                : values.stream().map(value -> text(prefix, value)).collect(Collectors.joining("; "));
    }

    private String firstKnown(String id, String... prefixes) {
        for (String prefix : prefixes) {
            if (msg.has(prefix + id)) {
                return msg.get(prefix + id);
            }
        }
        return id;
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
