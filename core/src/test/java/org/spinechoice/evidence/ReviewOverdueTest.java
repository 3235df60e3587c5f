package org.spinechoice.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.evidence.EvidenceFixtures.conditionGuide;
import static org.spinechoice.evidence.EvidenceFixtures.loaded;
import static org.spinechoice.evidence.EvidenceFixtures.optionFiles;
import static org.spinechoice.evidence.EvidenceFixtures.treeOf;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinechoice.vocabulary.OptionId;

/** A review older than three years puts a "review overdue" banner on the page; it never fails the load. */
class ReviewOverdueTest {

    @ParameterizedTest(name = "reviewed {0}, today {1}: overdue {2}")
    @CsvSource({
        "2023-11-25, 2026-11-24, false",
        "2023-11-25, 2026-11-25, false",
        "2023-11-25, 2026-11-26, true",
        "2023-11-25, 2031-01-01, true",
        "2024-02-29, 2027-02-28, false",
        "2024-02-29, 2027-03-01, true",
    })
    void aReviewIsOverdueOnlyAfterThreeYearsHavePassed(LocalDate lastReviewed, LocalDate today, boolean overdue) {
        List<EvidenceFile> files = optionFiles();
        Trees.set(treeOf(files, OptionId.BRACE), "lastReviewed", lastReviewed.toString());
        EvidenceFile guide = conditionGuide();
        Trees.set(guide.tree(), "lastReviewed", lastReviewed.toString());

        EvidenceBase base = loaded(files, guide);

        assertThat(base.option(OptionId.BRACE).reviewOverdue(today)).isEqualTo(overdue);
        assertThat(base.conditionGuide().reviewOverdue(today)).isEqualTo(overdue);
    }
}
