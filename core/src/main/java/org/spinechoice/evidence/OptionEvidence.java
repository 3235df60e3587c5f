package org.spinechoice.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.vocabulary.Category;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

/** Everything the evidence base holds about one treatment option, as read from its reviewed data file. */
public record OptionEvidence(
        OptionId id,
        String name,
        Category category,
        List<SpinalRegion> regions,
        LocalDate lastReviewed,
        String reviewedBy,
        String summary,
        String whatItInvolves,
        String howItIsThoughtToWork,
        Headline headline,
        Burden burden,
        Attributes attributes,
        List<OutcomeStatement> benefits,
        List<OutcomeStatement> harms,
        List<Claim> claims,
        List<Caution> cautions,
        List<Source> sources) {

    /** How old a review may be before the page says it is overdue. */
    public static final int REVIEW_INTERVAL_YEARS = 3;

    public OptionEvidence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        regions = List.copyOf(regions);
        Objects.requireNonNull(lastReviewed, "lastReviewed");
        Objects.requireNonNull(reviewedBy, "reviewedBy");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(whatItInvolves, "whatItInvolves");
        Objects.requireNonNull(howItIsThoughtToWork, "howItIsThoughtToWork");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(burden, "burden");
        Objects.requireNonNull(attributes, "attributes");
        benefits = List.copyOf(benefits);
        harms = List.copyOf(harms);
        claims = List.copyOf(claims);
        cautions = List.copyOf(cautions);
        sources = List.copyOf(sources);
    }

    /** Whether the last review is more than {@value #REVIEW_INTERVAL_YEARS} years before {@code today}. */
    public boolean reviewOverdue(LocalDate today) {
        return lastReviewed.plusYears(REVIEW_INTERVAL_YEARS).isBefore(today);
    }

    /** Finds a source of this option by its id. */
    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(source -> source.id().equals(sourceId)).findFirst();
    }
}
