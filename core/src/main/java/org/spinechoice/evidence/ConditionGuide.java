package org.spinechoice.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What spinal stenosis is, in sections, with the sources behind every figure. */
public record ConditionGuide(
        String title, LocalDate lastReviewed, String reviewedBy, List<GuideSection> sections, List<Source> sources) {

    /** The sections the guide must have, in reading order. */
    public static final List<String> REQUIRED_SECTIONS = List.of(
            "what-it-is", "types", "regions", "causes", "symptoms", "imaging", "natural-history", "urgent-help");

    public ConditionGuide {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lastReviewed, "lastReviewed");
        Objects.requireNonNull(reviewedBy, "reviewedBy");
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
    }

    /** Whether the last review is more than {@value OptionEvidence#REVIEW_INTERVAL_YEARS} years before {@code today}. */
    public boolean reviewOverdue(LocalDate today) {
        return lastReviewed.plusYears(OptionEvidence.REVIEW_INTERVAL_YEARS).isBefore(today);
    }
}
