package org.spinechoice.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.evidence.EvidenceFixtures.conditionGuide;
import static org.spinechoice.evidence.EvidenceFixtures.loaded;
import static org.spinechoice.evidence.EvidenceFixtures.optionFiles;
import static org.spinechoice.evidence.EvidenceFixtures.optionTree;
import static org.spinechoice.evidence.EvidenceFixtures.problemsOf;
import static org.spinechoice.evidence.EvidenceFixtures.treeOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

class EvidenceReaderTest {

    private final List<EvidenceFile> files = optionFiles();
    private final EvidenceFile guide = conditionGuide();

    @Test
    void aValidBaseLoadsEveryOptionInTableOrder() {
        EvidenceBase base = loaded(files, guide);

        assertThat(base.options()).extracting(OptionEvidence::id).containsExactly(OptionId.values());
        assertThat(base.conditionGuide().sections())
                .extracting(GuideSection::id)
                .containsExactlyElementsOf(ConditionGuide.REQUIRED_SECTIONS);
    }

    @Test
    void theOrderOfTheFilesDoesNotChangeTheOrderOfTheOptions() {
        List<EvidenceFile> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);

        assertThat(loaded(reversed, guide).options())
                .extracting(OptionEvidence::id)
                .containsExactly(OptionId.values());
    }

    @Test
    void anOptionIsFoundByTheIdWrittenInUrls() {
        EvidenceBase base = loaded(files, guide);

        assertThat(base.option("epidural-steroid-injection"))
                .hasValueSatisfying(option -> assertThat(option.id()).isEqualTo(OptionId.EPIDURAL_STEROID_INJECTION));
        assertThat(base.option(OptionId.BRACE).name()).isEqualTo("Option brace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"laser-therapy", "Prolotherapy", "EPIDURAL_STEROID_INJECTION", ""})
    void anUnknownOptionIdFindsNothing(String id) {
        assertThat(loaded(files, guide).option(id)).isEmpty();
    }

    @Test
    void everyFieldOfAnOptionFileIsReadIntoTheModel() {
        OptionEvidence option = loaded(files, guide).option(OptionId.PROLOTHERAPY);

        assertThat(option.category()).isEqualTo(OptionId.PROLOTHERAPY.category());
        assertThat(option.regions()).containsExactly(SpinalRegion.LUMBAR, SpinalRegion.CERVICAL);
        assertThat(option.lastReviewed()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(option.headline().direction()).isEqualTo(Direction.UNCERTAIN);
        assertThat(option.headline().certainty()).isEqualTo(Certainty.VERY_LOW);
        assertThat(option.burden()).isEqualTo(new Burden(4, "3 to 6 months", "Usually none.", CostBand.MEDIUM, false));
        assertThat(option.attributes())
                .isEqualTo(new Attributes(false, true, false, TimeToEffect.MONTHS, Durability.UNKNOWN));
        NaturalFrequency frequency = option.benefits().get(0).naturalFrequency().orElseThrow();
        assertThat(frequency.treatment()).isEqualTo(54.0);
        assertThat(frequency.comparison()).hasValue(56.5);
        assertThat(option.harms().get(0).meanDifference())
                .hasValue(new MeanDifference(1.0, 0.2, 1.8, "points on a 0-10 pain scale", "1 to 2 points"));
        assertThat(option.harms().get(0).sourceIds()).containsExactly(EvidenceFixtures.TRIAL, EvidenceFixtures.REVIEW);
        assertThat(option.claims().get(0).figure()).hasValue(0.89);
        assertThat(option.claims().get(0).outcome())
                .map(ClaimedOutcome::instrument)
                .hasValue("nrs-back");
        assertThat(option.cautions().get(0).suitability()).isEqualTo(Suitability.CAUTION);
        assertThat(option.source(EvidenceFixtures.REVIEW)).map(Source::design).hasValue(StudyDesign.SYSTEMATIC_REVIEW);
    }

    @ParameterizedTest
    @EnumSource(OptionId.class)
    void aMissingOptionFileIsNamedAsMissing(OptionId option) {
        files.removeIf(file -> file.name().equals(EvidenceReader.fileNameOf(option)));

        assertThat(problemsOf(files, guide))
                .containsExactly(new EvidenceProblem(
                        "options/" + option.id() + ".yaml",
                        "",
                        "missing: every option of spec/options.md needs a file"));
    }

    @Test
    void anOptionFileWhoseIdIsNotInTheContractIsRejected() {
        Map<String, Object> extra = optionTree(OptionId.PROLOTHERAPY);
        extra.put("id", "laser-therapy");
        files.add(new EvidenceFile("options/laser-therapy.yaml", extra));

        assertThat(problemsOf(files, guide))
                .contains(new EvidenceProblem("options/laser-therapy.yaml", "", "not an option id of spec/options.md"))
                .anySatisfy(problem -> {
                    assertThat(problem.field()).isEqualTo("id");
                    assertThat(problem.message()).startsWith("unknown value 'laser-therapy'");
                });
    }

    @Test
    void theFileNameMustBeTheOptionId() {
        files.removeIf(file -> file.name().equals("options/prolotherapy.yaml"));
        files.add(new EvidenceFile("options/prolo.yaml", optionTree(OptionId.PROLOTHERAPY)));

        assertThat(problemsOf(files, guide))
                .contains(new EvidenceProblem(
                        "options/prolo.yaml", "id", "id 'prolotherapy' belongs in options/prolotherapy.yaml"))
                .contains(new EvidenceProblem(
                        "options/prolotherapy.yaml", "", "missing: every option of spec/options.md needs a file"));
    }

    @Test
    void anOptionDescribedInTwoFilesIsRejected() {
        files.add(new EvidenceFile("options/prolotherapy-2.yaml", optionTree(OptionId.PROLOTHERAPY)));

        assertThat(problemsOf(files, guide))
                .contains(new EvidenceProblem(
                        "options/prolotherapy.yaml", "id", "option described in more than one file"));
    }

    @Test
    void aFileThatIsNotAnObjectIsRejected() {
        files.set(0, new EvidenceFile(files.get(0).name(), List.of("not", "an", "object")));

        assertThat(problemsOf(files, guide))
                .containsExactly(new EvidenceProblem("options/watchful-waiting.yaml", "", "expected an object"));
    }

    @Test
    void everyProblemInEveryFileIsReportedAtOnce() {
        Trees.set(treeOf(files, OptionId.PROLOTHERAPY), "headline.certainty", "moderat");
        Trees.set(treeOf(files, OptionId.BRACE), "sources[1].link", "http://example.org/brace");
        Trees.remove(treeOf(files, OptionId.BRACE), "reviewedBy");
        Trees.set(guide.tree(), "sections[3].facts[0].sources", Trees.list("nowhere-2019"));

        assertThat(problemsOf(files, guide))
                .extracting(problem -> problem.file() + " " + problem.field())
                .containsExactlyInAnyOrder(
                        "options/prolotherapy.yaml headline.certainty",
                        "options/brace.yaml sources[1].link",
                        "options/brace.yaml reviewedBy",
                        "condition.yaml sections[3].facts[0].sources");
    }
}
