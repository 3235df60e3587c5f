package org.spinechoice.evidence;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.spinechoice.vocabulary.Category;
import org.spinechoice.vocabulary.HealthFactor;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.RedFlagRuleName;
import org.spinechoice.vocabulary.SpinalRegion;

/** Turns the parsed tree of one option file into {@link OptionEvidence}, recording every problem with its field. */
final class OptionFileReader {

    private static final List<String> OPTION_FIELDS = List.of(
            "id",
            "name",
            "category",
            "regions",
            "lastReviewed",
            "reviewedBy",
            "summary",
            "whatItInvolves",
            "howItIsThoughtToWork",
            "headline",
            "burden",
            "attributes",
            "benefits",
            "harms",
            "claims",
            "cautions",
            "sources");
    private static final List<String> STATEMENT_FIELDS = List.of(
            "outcome",
            "timeframe",
            "comparator",
            "statement",
            "naturalFrequency",
            "meanDifference",
            "certainty",
            "confidence",
            "sources");

    private OptionFileReader() {}

    static OptionEvidence read(DocumentCursor file) {
        if (!file.isObjectWithOnly(OPTION_FIELDS)) {
            return null;
        }
        OptionId id = file.field("id").code(OptionId.class);
        String name = file.field("name").text();
        Category category = file.field("category").code(Category.class);
        List<SpinalRegion> regions = file.field("regions").list(region -> region.code(SpinalRegion.class));
        var lastReviewed = file.field("lastReviewed").date();
        String reviewedBy = file.field("reviewedBy").text();
        String summary = file.field("summary").text();
        String involves = file.field("whatItInvolves").text();
        String mechanism = file.field("howItIsThoughtToWork").text();
        Headline headline = headline(file.field("headline"));
        Burden burden = burden(file.field("burden"));
        Attributes attributes = attributes(file.field("attributes"));
        List<OutcomeStatement> benefits = file.field("benefits").list(OptionFileReader::statement);
        List<OutcomeStatement> harms = file.field("harms").list(OptionFileReader::statement);
        List<Claim> claims = file.field("claims").list(OptionFileReader::claim);
        List<Caution> cautions = file.field("cautions").list(OptionFileReader::caution);
        List<Source> sources = file.field("sources").list(SourceReader::source);
        return file.build(() -> new OptionEvidence(
                id,
                name,
                category,
                regions,
                lastReviewed,
                reviewedBy,
                summary,
                involves,
                mechanism,
                headline,
                burden,
                attributes,
                benefits,
                harms,
                claims,
                cautions,
                sources));
    }

    private static Headline headline(DocumentCursor node) {
        if (!node.isObjectWithOnly(List.of("statement", "direction", "certainty", "sources"))) {
            return null;
        }
        String statement = node.field("statement").text();
        Direction direction = node.field("direction").code(Direction.class);
        Certainty certainty = node.field("certainty").code(Certainty.class);
        List<String> sources = node.sourceIds();
        return node.build(() -> new Headline(statement, direction, certainty, sources));
    }

    private static Burden burden(DocumentCursor node) {
        if (!node.isObjectWithOnly(List.of("visits", "duration", "timeOff", "costBand", "commonlyInsured"))) {
            return null;
        }
        Integer visits = node.field("visits").wholeNumber(0, 1000);
        String duration = node.field("duration").text();
        String timeOff = node.field("timeOff").text();
        CostBand costBand = node.field("costBand").code(CostBand.class);
        Boolean insured = node.field("commonlyInsured").bool();
        return node.build(() -> new Burden(visits, duration, timeOff, costBand, insured));
    }

    private static Attributes attributes(DocumentCursor node) {
        if (!node.isObjectWithOnly(
                List.of("involvesSurgery", "involvesNeedles", "involvesMedication", "timeToEffect", "durability"))) {
            return null;
        }
        Boolean surgery = node.field("involvesSurgery").bool();
        Boolean needles = node.field("involvesNeedles").bool();
        Boolean medication = node.field("involvesMedication").bool();
        TimeToEffect timeToEffect = node.field("timeToEffect").code(TimeToEffect.class);
        Durability durability = node.field("durability").code(Durability.class);
        return node.build(() -> new Attributes(surgery, needles, medication, timeToEffect, durability));
    }

    private static OutcomeStatement statement(DocumentCursor node) {
        if (!node.isObjectWithOnly(STATEMENT_FIELDS)) {
            return null;
        }
        String outcome = node.field("outcome").text();
        String timeframe = node.field("timeframe").text();
        String comparator = node.field("comparator").text();
        String statement = node.field("statement").text();
        DocumentCursor frequencyNode = node.field("naturalFrequency");
        Optional<NaturalFrequency> frequency =
                frequencyNode.isPresent() ? Optional.ofNullable(naturalFrequency(frequencyNode)) : Optional.empty();
        DocumentCursor differenceNode = node.field("meanDifference");
        Optional<MeanDifference> difference =
                differenceNode.isPresent() ? Optional.ofNullable(meanDifference(differenceNode)) : Optional.empty();
        Certainty certainty = node.field("certainty").code(Certainty.class);
        FigureConfidence confidence = node.field("confidence").code(FigureConfidence.class);
        List<String> sources = node.sourceIds();
        return node.build(() -> new OutcomeStatement(
                outcome, timeframe, comparator, statement, frequency, difference, certainty, confidence, sources));
    }

    private static NaturalFrequency naturalFrequency(DocumentCursor node) {
        if (!node.isObjectWithOnly(List.of("treatment", "comparison", "event"))) {
            return null;
        }
        Double treatment = node.field("treatment").decimal();
        DocumentCursor comparisonNode = node.field("comparison");
        Double comparison = comparisonNode.isPresent() ? comparisonNode.decimal() : null;
        if (comparisonNode.isPresent() && comparison == null) {
            return null;
        }
        OptionalDouble comparisonValue = comparison == null ? OptionalDouble.empty() : OptionalDouble.of(comparison);
        String event = node.field("event").text();
        return node.build(() -> new NaturalFrequency(treatment, comparisonValue, event));
    }

    private static MeanDifference meanDifference(DocumentCursor node) {
        if (!node.isObjectWithOnly(List.of("value", "lower", "upper", "unit", "minimalImportantDifference"))) {
            return null;
        }
        Double value = node.field("value").decimal();
        Double lower = node.field("lower").decimal();
        Double upper = node.field("upper").decimal();
        String unit = node.field("unit").text();
        String minimal = node.field("minimalImportantDifference").text();
        return node.build(() -> new MeanDifference(value, lower, upper, unit, minimal));
    }

    private static Claim claim(DocumentCursor node) {
        if (!node.isObjectWithOnly(
                List.of("statement", "madeBy", "design", "assessment", "figure", "outcome", "sources"))) {
            return null;
        }
        String statement = node.field("statement").text();
        String madeBy = node.field("madeBy").text();
        String design = node.field("design").text();
        String assessment = node.field("assessment").text();
        DocumentCursor figureNode = node.field("figure");
        Double figure = figureNode.isPresent() ? figureNode.decimal() : null;
        OptionalDouble figureValue = figure == null ? OptionalDouble.empty() : OptionalDouble.of(figure);
        DocumentCursor outcomeNode = node.field("outcome");
        Optional<ClaimedOutcome> outcome =
                outcomeNode.isPresent() ? Optional.ofNullable(claimedOutcome(outcomeNode)) : Optional.empty();
        List<String> sources = node.sourceIds();
        if ((figureNode.isPresent() && figure == null) || (outcomeNode.isPresent() && outcome.isEmpty())) {
            return null;
        }
        return node.build(() -> new Claim(statement, madeBy, design, assessment, figureValue, outcome, sources));
    }

    private static ClaimedOutcome claimedOutcome(DocumentCursor node) {
        if (!node.isObjectWithOnly(List.of("instrument", "change", "population", "collection", "timepoint"))) {
            return null;
        }
        String instrument = node.field("instrument").text();
        String change = node.field("change").text();
        String population = node.field("population").text();
        String collection = node.field("collection").text();
        DocumentCursor timepointNode = node.field("timepoint");
        Optional<String> timepoint = Optional.empty();
        if (timepointNode.isPresent()) {
            String id = timepointNode.text();
            if (id != null && !ClaimedOutcome.FOLLOW_UP_TIMEPOINTS.contains(id)) {
                timepointNode.problem("expected one of " + ClaimedOutcome.FOLLOW_UP_TIMEPOINTS);
                return null;
            }
            timepoint = Optional.ofNullable(id);
        }
        Optional<String> matchedAt = timepoint;
        return node.build(() -> new ClaimedOutcome(instrument, change, population, collection, matchedAt));
    }

    private static Caution caution(DocumentCursor node) {
        if (!node.isObjectWithOnly(List.of("id", "when", "suitability", "reason", "sources"))) {
            return null;
        }
        String id = node.field("id").text();
        CautionCondition when = cautionCondition(node.field("when"));
        Suitability suitability = node.field("suitability").code(Suitability.class);
        if (suitability != null && suitability != Suitability.CAUTION && suitability != Suitability.NOT_ADVISED) {
            node.field("suitability").problem("a caution gives caution or not-advised");
            return null;
        }
        String reason = node.field("reason").text();
        List<String> sources = node.sourceIds();
        return node.build(() -> new Caution(id, when, suitability, reason, sources));
    }

    private static CautionCondition cautionCondition(DocumentCursor node) {
        if (!node.isObjectWithOnly(List.of("healthFactors", "triedOptions", "regions", "triageFindings"))) {
            return null;
        }
        var healthFactors = node.field("healthFactors").codes(HealthFactor.class);
        var triedOptions = node.field("triedOptions").codes(OptionId.class);
        var regions = node.field("regions").codes(IntakeRegion.class);
        var findings = node.field("triageFindings").codes(RedFlagRuleName.class);
        return node.build(() -> new CautionCondition(healthFactors, triedOptions, regions, findings));
    }
}
