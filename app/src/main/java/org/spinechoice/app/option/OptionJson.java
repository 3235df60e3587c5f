package org.spinechoice.app.option;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spinechoice.evidence.Caution;
import org.spinechoice.evidence.Claim;
import org.spinechoice.evidence.Headline;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.evidence.OutcomeStatement;
import org.spinechoice.evidence.Source;
import org.spinechoice.vocabulary.Coded;

/** Maps option evidence to the JSON shapes of {@code spec/options.md}, with every vocabulary value as its id. */
final class OptionJson {

    private OptionJson() {}

    /** The list entry of {@code GET /api/options}. */
    static Map<String, Object> summary(OptionEvidence option) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", option.id().id());
        json.put("name", option.name());
        json.put("category", option.category().id());
        json.put("regions", ids(option.regions()));
        Headline headline = option.headline();
        json.put(
                "headline",
                ordered(
                        "statement", headline.statement(),
                        "direction", headline.direction().id(),
                        "certainty", headline.certainty().id()));
        json.put("lastReviewed", option.lastReviewed().toString());
        return json;
    }

    /** The whole option of {@code GET /api/options/{id}}. */
    static Map<String, Object> detail(OptionEvidence option, LocalDate today) {
        Map<String, Object> json = summary(option);
        json.remove("lastReviewed");
        Headline headline = option.headline();
        json.put(
                "headline",
                ordered(
                        "statement", headline.statement(),
                        "direction", headline.direction().id(),
                        "certainty", headline.certainty().id(),
                        "sources", headline.sourceIds()));
        json.put("lastReviewed", option.lastReviewed().toString());
        json.put("reviewOverdue", option.reviewOverdue(today));
        json.put("reviewedBy", option.reviewedBy());
        json.put("summary", option.summary());
        json.put("whatItInvolves", option.whatItInvolves());
        json.put("howItIsThoughtToWork", option.howItIsThoughtToWork());
        var burden = option.burden();
        json.put(
                "burden",
                ordered(
                        "visits", burden.visits(),
                        "duration", burden.duration(),
                        "timeOff", burden.timeOff(),
                        "costBand", burden.costBand().id(),
                        "commonlyInsured", burden.commonlyInsured()));
        var attributes = option.attributes();
        json.put(
                "attributes",
                ordered(
                        "involvesSurgery", attributes.involvesSurgery(),
                        "involvesNeedles", attributes.involvesNeedles(),
                        "involvesMedication", attributes.involvesMedication(),
                        "timeToEffect", attributes.timeToEffect().id(),
                        "durability", attributes.durability().id()));
        json.put(
                "benefits",
                option.benefits().stream().map(OptionJson::statement).toList());
        json.put("harms", option.harms().stream().map(OptionJson::statement).toList());
        json.put("claims", option.claims().stream().map(OptionJson::claim).toList());
        json.put("cautions", option.cautions().stream().map(OptionJson::caution).toList());
        json.put("sources", option.sources().stream().map(OptionJson::source).toList());
        return json;
    }

    private static Map<String, Object> statement(OutcomeStatement statement) {
        Map<String, Object> json = ordered(
                "outcome", statement.outcome(),
                "timeframe", statement.timeframe(),
                "comparator", statement.comparator(),
                "statement", statement.statement());
        statement.naturalFrequency().ifPresent(frequency -> {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("treatment", frequency.treatment());
            frequency.comparison().ifPresent(comparison -> figures.put("comparison", comparison));
            figures.put("per", 100);
            figures.put("event", frequency.event());
            json.put("naturalFrequency", figures);
        });
        statement
                .meanDifference()
                .ifPresent(difference -> json.put(
                        "meanDifference",
                        ordered(
                                "value", difference.value(),
                                "lower", difference.lower(),
                                "upper", difference.upper(),
                                "unit", difference.unit(),
                                "minimalImportantDifference", difference.minimalImportantDifference())));
        json.put("certainty", statement.certainty().id());
        json.put("confidence", statement.confidence().id());
        json.put("sources", statement.sourceIds());
        return json;
    }

    private static Map<String, Object> claim(Claim claim) {
        Map<String, Object> json = ordered(
                "statement", claim.statement(),
                "madeBy", claim.madeBy(),
                "design", claim.design(),
                "assessment", claim.assessment());
        claim.figure().ifPresent(figure -> json.put("figure", figure));
        claim.outcome()
                .ifPresent(outcome -> json.put(
                        "outcome",
                        ordered(
                                "instrument", outcome.instrument(),
                                "change", outcome.change(),
                                "population", outcome.population(),
                                "collection", outcome.collection())));
        json.put("sources", claim.sourceIds());
        return json;
    }

    private static Map<String, Object> caution(Caution caution) {
        var when = caution.when();
        Map<String, Object> condition = new LinkedHashMap<>();
        putIfAny(condition, "healthFactors", ids(when.healthFactors()));
        putIfAny(condition, "triedOptions", ids(when.triedOptions()));
        putIfAny(condition, "regions", ids(when.regions()));
        putIfAny(condition, "triageFindings", ids(when.triageFindings()));
        return ordered(
                "id", caution.id(),
                "when", condition,
                "suitability", caution.suitability().id(),
                "reason", caution.reason(),
                "sources", caution.sourceIds());
    }

    private static Map<String, Object> source(Source source) {
        return ordered(
                "id", source.id(),
                "citation", source.citation(),
                "link", source.link(),
                "design", source.design().id());
    }

    private static List<String> ids(java.util.Collection<? extends Coded> values) {
        return values.stream()
                .sorted((left, right) -> ((Enum<?>) left).ordinal() - ((Enum<?>) right).ordinal())
                .map(Coded::id)
                .toList();
    }

    private static void putIfAny(Map<String, Object> json, String key, List<String> values) {
        if (!values.isEmpty()) {
            json.put(key, values);
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            json.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return json;
    }
}
