package org.spinechoice.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.evidence.EvidenceFixtures.conditionGuide;
import static org.spinechoice.evidence.EvidenceFixtures.loaded;
import static org.spinechoice.evidence.EvidenceFixtures.optionFiles;
import static org.spinechoice.evidence.EvidenceFixtures.problemsOf;
import static org.spinechoice.evidence.Trees.list;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of the condition guide: its required sections and the sources behind its facts. */
class ConditionGuideRulesTest {

    private static final String FILE = "condition.yaml";

    private final List<EvidenceFile> files = optionFiles();
    private final EvidenceFile guide = conditionGuide();

    private List<EvidenceProblem> problems() {
        return problemsOf(files, guide);
    }

    private static EvidenceProblem problem(String field, String message) {
        return new EvidenceProblem(FILE, field, message);
    }

    @Test
    void aValidGuideIsReadWithItsFacts() {
        ConditionGuide read = loaded(files, guide).conditionGuide();

        assertThat(read.title()).isEqualTo("What is spinal stenosis?");
        assertThat(read.sections().get(6).facts().get(0).confidence()).isEqualTo(FigureConfidence.CONFIRMED);
        assertThat(read.sources()).extracting(Source::id).containsExactly(EvidenceFixtures.REVIEW);
    }

    @ParameterizedTest
    @FieldSource("org.spinechoice.evidence.ConditionGuide#REQUIRED_SECTIONS")
    void theGuideMustHaveEveryRequiredSection(String section) {
        Trees.remove(guide.tree(), "sections[" + ConditionGuide.REQUIRED_SECTIONS.indexOf(section) + "]");

        assertThat(problems()).containsExactly(problem("sections", "missing the required section '" + section + "'"));
    }

    @Test
    void theGuideMayHoldSectionsBeyondTheRequiredOnes() {
        Object extra = Trees.copy(Trees.get(guide.tree(), "sections[0]"));
        Trees.set(extra, "id", "living-with-it");
        Trees.append(guide.tree(), "sections", extra);

        assertThat(loaded(files, guide).conditionGuide().sections()).hasSize(9);
    }

    @Test
    void sectionIdsAreUnique() {
        Trees.append(guide.tree(), "sections", Trees.copy(Trees.get(guide.tree(), "sections[2]")));

        assertThat(problems()).containsExactly(problem("sections[8].id", "duplicate section id"));
    }

    @Test
    void everySourceIdOfAFactResolvesToASourceOfTheGuide() {
        Trees.set(guide.tree(), "sections[5].facts[0].sources", list("nowhere-2019"));

        assertThat(problems())
                .containsExactly(
                        problem("sections[5].facts[0].sources", "unknown source id 'nowhere-2019'; add it to sources"));
    }

    @Test
    void everyFactNeedsAtLeastOneSource() {
        Trees.set(guide.tree(), "sections[0].facts[0].sources", list());

        assertThat(problems())
                .containsExactly(problem("sections[0].facts[0].sources", "every statement needs at least one source"));
    }

    @Test
    void sourceIdsAreUniqueWithinTheGuide() {
        Trees.append(guide.tree(), "sources", EvidenceFixtures.source(EvidenceFixtures.REVIEW, "guideline"));

        assertThat(problems()).containsExactly(problem("sources[1].id", "duplicate source id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "sections[3].heading", "sections[3].facts[0].text"})
    void guideTextMustBePresent(String path) {
        Trees.remove(guide.tree(), path);

        assertThat(problems()).containsExactly(problem(path, "missing; expected text"));
    }

    @Test
    void aMisspelledGuideFieldIsAnUnknownField() {
        Trees.rename(guide.tree(), "sections[1].paragraphs", "paragraph");

        assertThat(problems())
                .contains(
                        problem(
                                "sections[1].paragraph",
                                "unknown field; expected one of id, heading, paragraphs, facts"),
                        problem("sections[1].paragraphs", "missing; expected a list ([] when empty)"));
    }

    @Test
    void aBrokenSectionIsNotAlsoReportedAsMissing() {
        Trees.set(guide.tree(), "sections[5].heading", " ");

        assertThat(problems()).containsExactly(problem("sections[5].heading", "expected non-blank text"));
    }

    @Test
    void aBrokenGuideSourceIsNotAlsoReportedAsUnknown() {
        Trees.set(guide.tree(), "sources[0].link", "http://example.org/review");

        assertThat(problems())
                .containsExactly(
                        problem("sources[0].link", "expected an https:// link, got 'http://example.org/review'"));
    }
}
