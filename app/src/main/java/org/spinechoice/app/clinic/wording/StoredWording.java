package org.spinechoice.app.clinic.wording;

import java.time.Instant;
import java.util.Objects;
import org.spinechoice.prom.Instrument;

/**
 * A licensed wording a clinic imported, as stored: which instrument, its version and when, and whether it is the one
 * patients see now. A replaced wording is kept, since stored responses name the version they were given in.
 *
 * @param version the wording's canonical {@code url|version}, stored with each response given in it
 */
public record StoredWording(String id, Instrument instrument, String version, Instant importedAt, boolean active) {

    /** The longest version stored; the column's width. */
    public static final int MAX_VERSION_LENGTH = 200;

    public StoredWording {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(importedAt, "importedAt");
        if (version.isBlank() || version.length() > MAX_VERSION_LENGTH) {
            throw new IllegalArgumentException("a version is 1 to " + MAX_VERSION_LENGTH + " characters");
        }
    }

    StoredWording activated() {
        return new StoredWording(id, instrument, version, importedAt, true);
    }
}
