package org.spinechoice.evidence;

import java.util.List;
import java.util.Objects;

/** One section of the condition guide: a heading, plain paragraphs and the sourced facts that go with them. */
public record GuideSection(String id, String heading, List<String> paragraphs, List<GuideFact> facts) {

    public GuideSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        paragraphs = List.copyOf(paragraphs);
        facts = List.copyOf(facts);
    }
}
