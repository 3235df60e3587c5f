package org.spinechoice.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.evidence.EvidenceFixtures.conditionGuide;
import static org.spinechoice.evidence.EvidenceFixtures.optionFiles;
import static org.spinechoice.evidence.EvidenceFixtures.problemsOf;
import static org.spinechoice.evidence.EvidenceFixtures.treeOf;
import static org.spinechoice.evidence.Trees.list;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinechoice.vocabulary.OptionId;

/** The rules on the fields of one option file: names, text, vocabulary, sources and ids. */
class OptionFileRulesTest {

    private static final String FILE = "options/prolotherapy.yaml";

    private final List<EvidenceFile> files = optionFiles();
    private final Object prolotherapy = treeOf(files, OptionId.PROLOTHERAPY);

    private List<EvidenceProblem> problems() {
        return problemsOf(files, conditionGuide());
    }

    private static EvidenceProblem problem(String field, String message) {
        return new EvidenceProblem(FILE, field, message);
    }

    @ParameterizedTest
    @CsvSource({
        "summary,                         summery,       summery",
        "benefits[0].comparator,          comparater,    benefits[0].comparater",
        "sources[0].citation,             cite,          sources[0].cite",
        "cautions[0].when.healthFactors,  healthFactor,  cautions[0].when.healthFactor",
    })
    void aMisspelledFieldIsAnUnknownFieldNotSilentlyDropped(String path, String typo, String typoPath) {
        Trees.rename(prolotherapy, path, typo);

        assertThat(problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(FILE);
            assertThat(problem.field()).isEqualTo(typoPath);
            assertThat(problem.message()).startsWith("unknown field; expected one of ");
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "name",
                "reviewedBy",
                "summary",
                "whatItInvolves",
                "howItIsThoughtToWork",
                "headline.statement",
                "burden.duration",
                "benefits[0].outcome",
                "harms[0].comparator",
                "benefits[0].naturalFrequency.event",
                "harms[0].meanDifference.unit",
                "claims[0].madeBy",
                "claims[0].outcome.population",
                "cautions[0].reason",
            })
    void requiredTextMustBePresent(String path) {
        Trees.remove(prolotherapy, path);

        assertThat(problems()).containsExactly(problem(path, "missing; expected text"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "summary", "headline.statement", "harms[0].timeframe", "claims[0].assessment"})
    void textMustNotBeBlank(String path) {
        Trees.set(prolotherapy, path, "  \n ");

        assertThat(problems()).containsExactly(problem(path, "expected non-blank text"));
    }

    @Test
    void everyOptionHasAHeadline() {
        Trees.remove(prolotherapy, "headline");

        assertThat(problems()).containsExactly(problem("headline", "missing; expected an object"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "headline.certainty          | moderat   | high, moderate, low, very-low, none",
                "headline.direction          | positive  | benefit, no-important-benefit, harm-outweighs, uncertain",
                "benefits[0].certainty       | very low  | high, moderate, low, very-low, none",
                "harms[0].confidence         | sure      | confirmed, partly-confirmed, unconfirmed",
                "burden.costBand             | cheap     | low, medium, high",
                "attributes.timeToEffect     | hours     | days, weeks, months",
                "attributes.durability       | forever   | weeks, months, years, unknown",
                "cautions[0].suitability     | careful   | urgent-care-first, not-advised, caution, suitable",
                "cautions[0].when.healthFactors[0] | warfarin | anticoagulants, bleeding-disorder, diabetes,",
            })
    void aValueOutsideItsVocabularyIsRejectedWithTheExpectedValues(String path, String value, String expected) {
        Trees.set(prolotherapy, path, value);

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(FILE);
            assertThat(problem.field()).isEqualTo(path);
            assertThat(problem.message()).startsWith("unknown value '" + value + "'; expected one of " + expected);
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "burden.visits               | four  | expected a whole number from 0 to 1000",
                "burden.visits               | 2.5   | expected a whole number from 0 to 1000",
                "burden.visits               | -1    | expected a whole number from 0 to 1000",
                "burden.commonlyInsured      | yes   | expected true or false",
                "attributes.involvesNeedles  | 1     | expected true or false",
                "harms[0].meanDifference.value | about one | expected a number",
            })
    void aValueOfTheWrongKindIsRejected(String path, String written, String message) {
        Trees.set(prolotherapy, path, parsedAsYamlWould(written));

        assertThat(problems()).containsExactly(problem(path, message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"headline", "benefits[0]", "harms[0]", "claims[0]", "cautions[0]"})
    void everyStatementNeedsAtLeastOneSource(String statement) {
        Trees.set(prolotherapy, statement + ".sources", list());

        assertThat(problems())
                .containsExactly(problem(statement + ".sources", "every statement needs at least one source"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"headline", "benefits[0]", "harms[0]", "claims[0]", "cautions[0]"})
    void everySourceIdOfAStatementResolvesToASourceOfTheFile(String statement) {
        Trees.set(prolotherapy, statement + ".sources", list(EvidenceFixtures.TRIAL, "nowhere-2019"));

        assertThat(problems())
                .containsExactly(
                        problem(statement + ".sources", "unknown source id 'nowhere-2019'; add it to sources"));
    }

    @Test
    void sourceIdsAreUniqueWithinAFile() {
        Trees.set(prolotherapy, "sources[1].id", EvidenceFixtures.TRIAL);
        Trees.set(prolotherapy, "headline.sources", list(EvidenceFixtures.TRIAL));
        Trees.set(prolotherapy, "harms[0].sources", list(EvidenceFixtures.TRIAL));
        Trees.set(prolotherapy, "claims[0].sources", list(EvidenceFixtures.TRIAL));

        assertThat(problems()).containsExactly(problem("sources[1].id", "duplicate source id"));
    }

    @Test
    void cautionIdsAreUniqueWithinAFile() {
        Trees.append(prolotherapy, "cautions", EvidenceFixtures.caution("bleeding-risk"));

        assertThat(problems()).containsExactly(problem("cautions[1].id", "duplicate caution id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://doi.org/10.1000/trial-2020", "doi:10.1000/trial-2020", "www.example.org/trial"})
    void aSourceLinkMustBeHttps(String link) {
        Trees.set(prolotherapy, "sources[0].link", link);

        assertThat(problems())
                .containsExactly(problem("sources[0].link", "expected an https:// link, got '" + link + "'"));
    }

    @ParameterizedTest
    @CsvSource({
        "benefits[0].certainty, moderat",
        "harms[0].outcome,      ''",
        "sources[0].design,     anecdote",
        "cautions[0].reason,    ''",
    })
    void aBrokenListItemIsReportedOnceNotAgainAsMissingOrUnknown(String path, String value) {
        Trees.set(prolotherapy, path, value);

        assertThat(problems())
                .singleElement()
                .extracting(EvidenceProblem::field)
                .isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "25/11/2026", "November 2026", "2026-11-25T10:00"})
    void lastReviewedMustBeACalendarDateWrittenYearMonthDay(String date) {
        Trees.set(prolotherapy, "lastReviewed", date);

        assertThat(problems())
                .containsExactly(problem("lastReviewed", "expected a date as YYYY-MM-DD, got '" + date + "'"));
    }

    /** Turns a table cell into what a YAML parser gives: a whole number, a decimal, or text. */
    private static Object parsedAsYamlWould(String written) {
        if (written.matches("-?\\d+")) {
            return Integer.valueOf(written);
        }
        return written.matches("-?\\d+\\.\\d+") ? Double.valueOf(written) : written;
    }
}
