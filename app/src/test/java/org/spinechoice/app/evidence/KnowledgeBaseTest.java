package org.spinechoice.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinechoice.app.TestApp;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.vocabulary.OptionId;

/**
 * The repository's own evidence base passes every rule: a broken file fails this test, and so the build. The
 * loader names file and field for broken YAML too.
 */
class KnowledgeBaseTest {

    private final YamlEvidenceLoader loader = new YamlEvidenceLoader();

    @Test
    void theRepositoryEvidenceBaseIsValid() {
        EvidenceBase evidence = loader.loadFolder(TestApp.knowledgeFolder());

        assertThat(evidence.options()).extracting(OptionEvidence::id).containsExactly(OptionId.values());
        assertThat(evidence.conditionGuide().sections()).isNotEmpty();
    }

    @Test
    void noOptionIsOverdueForReviewToday() {
        EvidenceBase evidence = loader.loadFolder(TestApp.knowledgeFolder());

        assertThat(evidence.options())
                .filteredOn(option -> option.reviewOverdue(LocalDate.now()))
                .extracting(OptionEvidence::id)
                .isEmpty();
    }

    @Test
    void thePackagedCopyIsTheRepositoryCopy() {
        EvidenceBase folder = loader.loadFolder(TestApp.knowledgeFolder());
        EvidenceBase packaged = loader.loadPackaged();

        assertThat(packaged.options()).isEqualTo(folder.options());
        assertThat(packaged.conditionGuide()).isEqualTo(folder.conditionGuide());
    }

    @Test
    void brokenYamlIsReportedWithItsFileName(@TempDir Path copy) throws IOException {
        KnowledgeBaseTestSupport.copyKnowledge(copy);
        Files.writeString(copy.resolve("options/brace.yaml"), "id: brace\nname: [unclosed\n");

        assertThatThrownBy(() -> loader.loadFolder(copy))
                .isInstanceOf(InvalidEvidenceException.class)
                .hasMessageContaining("options/brace.yaml: not valid YAML");
    }

    @Test
    void aTypoInAFieldNameIsReportedWithFileAndField(@TempDir Path copy) throws IOException {
        KnowledgeBaseTestSupport.copyKnowledge(copy);
        Path brace = copy.resolve("options/brace.yaml");
        Files.writeString(brace, Files.readString(brace).replaceFirst("(?m)^summary:", "sumary:"));

        assertThatThrownBy(() -> loader.loadFolder(copy))
                .isInstanceOf(InvalidEvidenceException.class)
                .hasMessageContaining("options/brace.yaml: sumary: unknown field")
                .hasMessageContaining("options/brace.yaml: summary: missing");
    }

    @Test
    void aStrayFileInTheOptionsFolderIsReported(@TempDir Path copy) throws IOException {
        KnowledgeBaseTestSupport.copyKnowledge(copy);
        Files.copy(copy.resolve("options/brace.yaml"), copy.resolve("options/magnet-therapy.yaml"));

        assertThatThrownBy(() -> loader.loadFolder(copy))
                .isInstanceOf(InvalidEvidenceException.class)
                .hasMessageContaining("options/magnet-therapy.yaml: not an option id of spec/options.md");
    }
}
