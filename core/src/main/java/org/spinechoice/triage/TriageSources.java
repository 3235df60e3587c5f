package org.spinechoice.triage;

import java.util.List;
import org.spinechoice.evidence.Source;
import org.spinechoice.evidence.StudyDesign;

/**
 * The sources behind the red-flag rules (shared {@code evidence/clinical-facts.md}, section 2). Findings cite them
 * by id.
 */
public final class TriageSources {

    public static final Source NICE_CKS_SCIATICA = new Source(
            "nice-cks-sciatica-red-flags",
            "National Institute for Health and Care Excellence. Clinical Knowledge Summaries: Sciatica (lumbar "
                    + "radiculopathy) - red flags and interpreting red flags (2018 update, with the Medical Protection "
                    + "Society).",
            "https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/",
            StudyDesign.GUIDELINE);

    public static final Source CHOU_2007 = new Source(
            "chou-2007",
            "Chou R, Qaseem A, Snow V, et al. Diagnosis and treatment of low back pain: a joint clinical practice "
                    + "guideline from the American College of Physicians and the American Pain Society. Ann Intern Med. "
                    + "2007;147(7):478-491.",
            "https://doi.org/10.7326/0003-4819-147-7-200710020-00006",
            StudyDesign.GUIDELINE);

    public static final Source FEHLINGS_2017 = new Source(
            "fehlings-2017-guideline",
            "Fehlings MG, Tetreault LA, Riew KD, et al. A clinical practice guideline for the management of patients "
                    + "with degenerative cervical myelopathy: recommendations for patients with mild, moderate, and "
                    + "severe disease and nonmyelopathic patients with evidence of cord compression. Global Spine J. "
                    + "2017;7(3 Suppl):70S-83S.",
            "https://doi.org/10.1177/2192568217701914",
            StudyDesign.GUIDELINE);

    /** Every source the rules cite, in the order a page lists them. */
    public static final List<Source> ALL = List.of(NICE_CKS_SCIATICA, CHOU_2007, FEHLINGS_2017);

    private TriageSources() {}
}
