package org.spinechoice.evidence;

import java.util.Objects;

/**
 * A publication that backs a statement: its id within one evidence file, full citation, a link and its design.
 *
 * @param link an https URL (DOI resolver, PubMed or the publisher's page)
 */
public record Source(String id, String citation, String link, StudyDesign design) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(design, "design");
    }
}
