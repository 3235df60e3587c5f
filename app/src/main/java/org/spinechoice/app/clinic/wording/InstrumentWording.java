package org.spinechoice.app.clinic.wording;

import java.util.Objects;
import java.util.Optional;
import org.spinechoice.prom.Instrument;

/**
 * Which wording of an instrument a clinic uses: the licensed one it imported, or else ours. The mJOA has no wording of
 * ours, as it is rated by a clinician and never sent to patients.
 *
 * @param imported the licensed wording in use, if the clinic imported one and has not gone back to ours
 */
public record InstrumentWording(Instrument instrument, Optional<StoredWording> imported) {

    public InstrumentWording {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(imported, "imported");
    }

    /** Whether SpineChoice has a wording of its own to fall back on. */
    public boolean hasOurs() {
        return instrument.answerableByLink();
    }
}
