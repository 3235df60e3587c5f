package org.spinechoice.evidence;

import java.util.List;
import java.util.Objects;

/** The outcome of reading the evidence base: a valid base, or every problem found in every file. */
public sealed interface EvidenceLoad {

    /** The evidence base passed every rule. */
    record Loaded(EvidenceBase evidence) implements EvidenceLoad {
        public Loaded {
            Objects.requireNonNull(evidence, "evidence");
        }
    }

    /** At least one file broke a rule; nothing of the base may be used. */
    record Rejected(List<EvidenceProblem> problems) implements EvidenceLoad {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejection names at least one problem");
            }
        }
    }
}
