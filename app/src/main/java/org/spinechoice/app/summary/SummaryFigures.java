package org.spinechoice.app.summary;

import java.util.List;
import java.util.Optional;
import org.spinechoice.app.option.IconArray;
import org.spinechoice.app.option.OptionView;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.evidence.NaturalFrequency;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.evidence.OutcomeStatement;

/**
 * Picks an option's key benefit or harm for the summary (the first one given as "N of 100 people", otherwise the
 * first one in words) and draws its icon arrays with ids unique within the summary.
 */
final class SummaryFigures {

    private final Messages msg;
    private final SummaryCitations citations;
    private final OptionEvidence option;
    private final OptionView view;
    private final String idPrefix;

    SummaryFigures(Messages msg, SummaryCitations citations, OptionEvidence option, String idPrefix) {
        this.msg = msg;
        this.citations = citations;
        this.option = option;
        this.view = new OptionView(option, false, msg);
        this.idPrefix = idPrefix;
    }

    Optional<SummaryOption.Figure> first(List<OutcomeStatement> statements, String kind) {
        return statements.stream()
                .filter(statement -> statement.naturalFrequency().isPresent())
                .findFirst()
                .or(() -> statements.stream().findFirst())
                .map(statement -> figure(statement, kind));
    }

    private SummaryOption.Figure figure(OutcomeStatement statement, String kind) {
        IconArray.Tone tone = kind.equals("harm") ? IconArray.Tone.HARM : IconArray.Tone.BENEFIT;
        Optional<NaturalFrequency> frequency = statement.naturalFrequency();
        Optional<String> treatment = frequency.map(given -> sentence(given.treatment(), given.event()));
        Optional<String> comparison =
                frequency.flatMap(given -> given.comparison().isPresent()
                        ? Optional.of(sentence(given.comparison().getAsDouble(), given.event()))
                        : Optional.empty());
        String prefix = idPrefix + "-" + kind;
        return new SummaryOption.Figure(
                statement.outcome(),
                statement.timeframe(),
                statement.comparator(),
                treatment,
                comparison,
                frequency.map(given ->
                        IconArray.svg(prefix + "-t", given.treatment(), tone, option.name() + ": " + treatment.get())),
                frequency.flatMap(given -> comparison.map(text -> IconArray.svg(
                        prefix + "-c",
                        given.comparison().getAsDouble(),
                        IconArray.Tone.NEUTRAL,
                        statement.comparator() + ": " + text))),
                statement.statement(),
                statement.certainty(),
                statement.confidence().underReview(),
                citations.cite(option, statement.sourceIds()));
    }

    private String sentence(double perHundred, String event) {
        return msg.get("figure.per100", view.count(perHundred), event);
    }
}
