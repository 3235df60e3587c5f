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

    /** The first sentence of an option's headline: the one line shown in the list of all options. */
    public static String oneLine(OptionEvidence option) {
        String statement = option.headline().statement();
        int end = statement.indexOf(". ");
        return end < 0 ? statement : statement.substring(0, end + 1);
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
