package org.spinechoice.app.platform;

import java.util.List;
import java.util.stream.Collectors;
import org.spinechoice.evidence.Source;

/** Numbers a page's sources in list order, so statements can cite them as [1], [2, 3]. Immutable. */
public record Citations(List<Source> sources) {

    public Citations {
        sources = List.copyOf(sources);
    }

    /** Returns the 1-based number of a source in the page's source list. */
    public int number(String sourceId) {
        for (int index = 0; index < sources.size(); index++) {
            if (sources.get(index).id().equals(sourceId)) {
                return index + 1;
            }
        }
        throw new IllegalArgumentException("unknown source " + sourceId);
    }

    /** Returns the citation marks for some sources, for example "[1, 3]". */
    public String marks(List<String> sourceIds) {
        return sourceIds.isEmpty()
                ? ""
                : sourceIds.stream().map(id -> String.valueOf(number(id))).collect(Collectors.joining(", ", "[", "]"));
    }
}
