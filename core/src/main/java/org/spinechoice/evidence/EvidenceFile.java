package org.spinechoice.evidence;

import java.util.Objects;

/**
 * One evidence file as parsed by an adapter: its name relative to the evidence folder (for example
 * {@code options/prolotherapy.yaml}) and its tree of maps, lists, strings, numbers and booleans.
 */
public record EvidenceFile(String name, Object tree) {

    public EvidenceFile {
        Objects.requireNonNull(name, "name");
    }
}
