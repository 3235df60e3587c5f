package org.spinechoice.app.option;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.vocabulary.Category;

/** Options grouped by kind, in the order of the categories and, within one, of the contract's table. */
public record OptionGroups(Category category, List<OptionEvidence> options) {

    public OptionGroups {
        options = List.copyOf(options);
    }

    public static List<OptionGroups> byCategory(List<OptionEvidence> options) {
        Map<Category, List<OptionEvidence>> grouped = new EnumMap<>(Category.class);
        options.forEach(option -> grouped.computeIfAbsent(option.category(), ignored -> new ArrayList<>())
                .add(option));
        return grouped.entrySet().stream()
                .map(entry -> new OptionGroups(entry.getKey(), entry.getValue()))
                .toList();
    }
}
