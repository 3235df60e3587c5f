package org.spinechoice.evidence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.OptionId;

/**
 * The whole validated evidence base: every option in the order of the contract's table, and the condition guide.
 *
 * <p>Immutable and thread-safe; built once at start-up by {@link EvidenceReader}.
 */
public final class EvidenceBase {

    private final Map<OptionId, OptionEvidence> options;
    private final ConditionGuide conditionGuide;

    EvidenceBase(List<OptionEvidence> options, ConditionGuide conditionGuide) {
        EnumMap<OptionId, OptionEvidence> byId = new EnumMap<>(OptionId.class);
        options.forEach(option -> byId.put(option.id(), option));
        if (byId.size() != OptionId.values().length) {
            throw new IllegalArgumentException("the evidence base needs every option exactly once");
        }
        this.options = byId;
        this.conditionGuide = Objects.requireNonNull(conditionGuide, "conditionGuide");
    }

    /** Returns every option in the order of the contract's table. */
    public List<OptionEvidence> options() {
        return List.copyOf(options.values());
    }

    /** Returns the evidence for one option. */
    public OptionEvidence option(OptionId id) {
        return options.get(id);
    }

    /** Finds an option by its id as written in URLs and JSON; empty for an unknown id. */
    public Optional<OptionEvidence> option(String id) {
        return Coded.fromId(OptionId.class, id).map(options::get);
    }

    /** Returns the condition guide. */
    public ConditionGuide conditionGuide() {
        return conditionGuide;
    }
}
