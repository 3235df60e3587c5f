package org.spinechoice.evidence;

import java.util.List;

/** Reads a source entry, shared by option files and the condition guide. */
final class SourceReader {

    private SourceReader() {}

    static Source source(DocumentCursor node) {
        if (!node.isObjectWithOnly(List.of("id", "citation", "link", "design"))) {
            return null;
        }
        String id = node.field("id").text();
        String citation = node.field("citation").text();
        DocumentCursor linkNode = node.field("link");
        String link = linkNode.text();
        if (link != null && !link.startsWith("https://")) {
            linkNode.problem("expected an https:// link, got '" + link + "'");
            return null;
        }
        StudyDesign design = node.field("design").code(StudyDesign.class);
        return node.build(() -> new Source(id, citation, link, design));
    }
}
