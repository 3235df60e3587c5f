package org.spinechoice.app.clinic.session;

import static org.spinechoice.app.clinic.record.RequestObject.Presence.REQUIRED;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.clinic.record.RequestObject;
import org.spinechoice.treatment.SessionDetails;

/**
 * Reads a new session, {@code {"date": "2026-03-02", "details": {"kind": "injection", …}}}, from a parsed JSON tree,
 * naming every bad field ({@code details.volumeMl}). Stateless and thread-safe.
 */
public final class SessionReader {

    private static final List<String> FIELDS = List.of("date", "details");

    public Reading<NewSession> read(Object tree) {
        RequestObject request = RequestObject.body(tree, FIELDS);
        Optional<LocalDate> date = request.date("date", REQUIRED);
        Optional<SessionDetails> details = SessionDetailsReader.read(request, "details");
        return Reading.of(request, () -> new NewSession(date.orElseThrow(), details.orElseThrow()));
    }
}
