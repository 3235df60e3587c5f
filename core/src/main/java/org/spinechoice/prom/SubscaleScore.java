package org.spinechoice.prom;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One subscale of a multi-scale instrument (the ZCQ), by its JSON id; empty when too few items were answered. */
public record SubscaleScore(String id, Optional<BigDecimal> mean) {

    public SubscaleScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mean, "mean");
    }
}
