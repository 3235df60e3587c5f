package org.spinechoice.app.summary;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The forms a summary comes in, chosen from the request's {@code Accept} header (highest quality first). */
enum SummaryFormat {
    PDF,
    HTML;

    private record Range(String type, double quality, int order) {}

    /** The form the client prefers; HTML when it states no preference; empty when it accepts neither. */
    static Optional<SummaryFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(HTML);
        }
        String[] ranges = accept.split(",");
        return Stream.iterate(0, index -> index < ranges.length, index -> index + 1)
                .map(index -> range(ranges[index], index))
                .filter(range -> range.quality() > 0)
                .sorted(Comparator.comparingDouble(Range::quality).reversed().thenComparingInt(Range::order))
                .map(range -> format(range.type()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Range range(String text, int order) {
        List<String> parts = List.of(text.split(";"));
        double quality = 1;
        for (String parameter : parts.subList(1, parts.size())) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("q")) {
                try {
                    quality = Double.parseDouble(pair[1].strip());
                } catch (NumberFormatException e) {
                    quality = 0;
                }
            }
        }
        return new Range(parts.get(0).strip().toLowerCase(Locale.ROOT), quality, order);
    }

    private static Optional<SummaryFormat> format(String type) {
        return switch (type) {
            case "application/pdf" -> Optional.of(PDF);
            case "text/html", "application/xhtml+xml", "text/*", "*/*" -> Optional.of(HTML);
            case "application/*" -> Optional.of(PDF);
            default -> Optional.empty();
        };
    }
}
