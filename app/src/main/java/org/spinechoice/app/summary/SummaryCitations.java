package org.spinechoice.app.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.evidence.Source;
import org.spinechoice.triage.TriageSources;

/**
 * Numbers the sources a summary cites in the order it first cites them, so the marks rise through the page. Source
 * ids are unique only within one evidence file, so the same publication cited by two options (same link) gets one
 * number. Filled while the summary is built, then read; not thread-safe.
 */
final class SummaryCitations {

    private final List<Source> sources = new ArrayList<>();

    /** Cites the sources of one option by id (falling back to the triage rules' sources); returns "[1, 3]". */
    String cite(OptionEvidence option, List<String> sourceIds) {
        return marks(sourceIds.stream()
                .map(id -> option.source(id).or(() -> triageSource(id)))
                .flatMap(Optional::stream)
                .toList());
    }

    /** Cites sources of the red-flag rules by id; returns "[1, 3]", or "" for none. */
    String citeTriage(List<String> sourceIds) {
        return marks(sourceIds.stream()
                .map(SummaryCitations::triageSource)
                .flatMap(Optional::stream)
                .toList());
    }

    List<Source> sources() {
        return List.copyOf(sources);
    }

    private String marks(List<Source> cited) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (Source source : cited) {
            numbers.add(number(source));
        }
        return numbers.isEmpty()
                ? ""
                : numbers.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    private int number(Source source) {
        for (int index = 0; index < sources.size(); index++) {
            if (sources.get(index).link().equals(source.link())) {
                return index + 1;
            }
        }
        sources.add(source);
        return sources.size();
    }

    private static Optional<Source> triageSource(String id) {
        return TriageSources.ALL.stream()
                .filter(source -> source.id().equals(id))
                .findFirst();
    }
}
