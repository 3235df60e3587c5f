package org.spinechoice.evidence;

import java.util.List;

/** Turns the parsed tree of the condition guide into a {@link ConditionGuide}. */
final class ConditionGuideReader {

    private ConditionGuideReader() {}

    static ConditionGuide read(DocumentCursor file) {
        if (!file.isObjectWithOnly(List.of("title", "lastReviewed", "reviewedBy", "sections", "sources"))) {
            return null;
        }
        String title = file.field("title").text();
        var lastReviewed = file.field("lastReviewed").date();
        String reviewedBy = file.field("reviewedBy").text();
        List<GuideSection> sections = file.field("sections").list(ConditionGuideReader::section);
        List<Source> sources = file.field("sources").list(SourceReader::source);
        return file.build(() -> new ConditionGuide(title, lastReviewed, reviewedBy, sections, sources));
    }

    private static GuideSection section(DocumentCursor node) {
        if (!node.isObjectWithOnly(List.of("id", "heading", "paragraphs", "facts"))) {
            return null;
        }
        String id = node.field("id").text();
        String heading = node.field("heading").text();
        List<String> paragraphs = node.field("paragraphs").list(DocumentCursor::text);
        List<GuideFact> facts = node.field("facts").list(ConditionGuideReader::fact);
        return node.build(() -> new GuideSection(id, heading, paragraphs, facts));
    }

    private static GuideFact fact(DocumentCursor node) {
        if (!node.isObjectWithOnly(List.of("text", "confidence", "sources"))) {
            return null;
        }
        String text = node.field("text").text();
        FigureConfidence confidence = node.field("confidence").code(FigureConfidence.class);
        List<String> sources = node.sourceIds();
        return node.build(() -> new GuideFact(text, confidence, sources));
    }
}
