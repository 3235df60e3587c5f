package org.spinechoice.evidence;

import static org.spinechoice.evidence.Trees.list;
import static org.spinechoice.evidence.Trees.object;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spinechoice.vocabulary.OptionId;

/**
 * Builds a valid {@link EvidenceBase} from the fixture trees of {@link EvidenceFixtures}, with chosen fields and
 * cautions, for tests outside the evidence package. Every option starts alike (needles, months, unknown durability,
 * 4 visits, medium cost, uncertain headline of very low certainty) and with no caution, so a test sees only what it
 * set. Not thread-safe; build one per test.
 */
public final class EvidenceBaseFixture {

    /** The source id every fixture caution cites. */
    public static final String CAUTION_SOURCE = EvidenceFixtures.TRIAL;

    /** The source id every fixture headline cites. */
    public static final String HEADLINE_SOURCE = EvidenceFixtures.REVIEW;

    private final Map<OptionId, Map<String, Object>> trees = new EnumMap<>(OptionId.class);

    private EvidenceBaseFixture() {
        for (OptionId option : OptionId.values()) {
            Map<String, Object> tree = EvidenceFixtures.optionTree(option);
            tree.put("cautions", list());
            trees.put(option, tree);
        }
    }

    /** Starts from 14 valid, alike options without cautions. */
    public static EvidenceBaseFixture alikeOptions() {
        return new EvidenceBaseFixture();
    }

    /** Sets one field of one option, by a path such as {@code attributes.timeToEffect} or {@code burden.visits}. */
    public EvidenceBaseFixture set(OptionId option, String path, Object value) {
        Trees.set(trees.get(option), path, value);
        return this;
    }

    /**
     * Adds a caution to one option that applies when the intake holds any of {@code values} in {@code whenField}
     * ({@code healthFactors}, {@code triedOptions}, {@code regions} or {@code triageFindings}).
     */
    public EvidenceBaseFixture caution(
            OptionId option, String id, String suitability, String reason, String whenField, String... values) {
        Map<String, Object> when =
                object("healthFactors", list(), "triedOptions", list(), "regions", list(), "triageFindings", list());
        when.put(whenField, new ArrayList<>(Arrays.asList(values)));
        Trees.append(
                trees.get(option),
                "cautions",
                object(
                        "id",
                        id,
                        "when",
                        when,
                        "suitability",
                        suitability,
                        "reason",
                        reason,
                        "sources",
                        list(CAUTION_SOURCE)));
        return this;
    }

    /** Reads the trees as the application would, failing with the problems when they are not valid. */
    public EvidenceBase build() {
        List<EvidenceFile> files = new ArrayList<>();
        trees.forEach(
                (option, tree) -> files.add(new EvidenceFile(EvidenceReader.fileNameOf(option), Trees.copy(tree))));
        return EvidenceFixtures.loaded(files, EvidenceFixtures.conditionGuide());
    }
}
