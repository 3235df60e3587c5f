package org.spinechoice.app.clinic.outcomepage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.evidence.Claim;
import org.spinechoice.evidence.Source;
import org.spinechoice.outcome.Verdict;

/**
 * A claim about a treatment set beside the clinic's own measure of the same thing, in words.
 *
 * @param optionId the treatment's id, for a link to its page
 * @param option the treatment's name
 * @param sources the claim's sources, as the option page lists them
 * @param claimed the claimed figure as a percent
 * @param measure the clinic's measure in words; empty when it has none
 * @param clinicFigure the clinic's share with its interval and n; empty when there is nothing to compare
 * @param verdict where the claimed figure lies, or why nothing is compared, in one sentence
 * @param caveats what to keep in mind, most important first
 */
public record ClaimCheckView(
        String optionId,
        String option,
        Claim claim,
        List<Source> sources,
        String claimed,
        Optional<String> measure,
        Optional<String> clinicFigure,
        Verdict kind,
        String verdict,
        List<String> caveats) {

    public ClaimCheckView {
        Objects.requireNonNull(optionId, "optionId");
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(clinicFigure, "clinicFigure");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verdict, "verdict");
        sources = List.copyOf(sources);
        caveats = List.copyOf(caveats);
    }
}
