package org.spinechoice.app.clinic.patientfile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.spinechoice.app.clinic.session.TreatmentSession;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.treatment.SessionDetails;
import org.spinechoice.treatment.SpinalLevel;

/** A session as one line of the course's table: its day, its kind and what was given, in words. */
public record SessionLine(TreatmentSession session, String kind, String details) {

    public SessionLine {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(details, "details");
    }

    /** @param staffEmails the clinic's staff by user id, to name the clinician of an injection */
    static SessionLine of(TreatmentSession session, Messages messages, Map<String, String> staffEmails) {
        SessionDetails details = session.details();
        List<String> parts = new ArrayList<>();
        if (details instanceof SessionDetails.Injection injection) {
            parts.add(injection.solution()
                    + injection
                            .concentration()
                            .map(concentration -> " " + concentration)
                            .orElse(""));
            parts.add(messages.get("clinic.session.volume", volume(injection.volumeMl())));
            if (!injection.levels().isEmpty()) {
                parts.add(levels(injection.levels()));
            }
            if (!injection.sites().isEmpty()) {
                parts.add(String.join(", ", injection.sites()));
            }
            parts.add(
                    messages.get("clinic.guidance." + injection.imageGuidance().id()));
            injection.clinician().map(staffEmails::get).ifPresent(parts::add);
        } else if (details instanceof SessionDetails.PhysicalTherapy therapy) {
            parts.add(String.join(", ", therapy.exercises()));
            parts.add(messages.get("clinic.session.minutes", therapy.minutes()));
        } else if (details instanceof SessionDetails.Surgery surgery) {
            parts.add(surgery.procedure());
            parts.add(levels(surgery.levels()));
        } else {
            parts.add(((SessionDetails.Other) details).text());
        }
        return new SessionLine(
                session, messages.get("clinic.kind." + details.kind().id()), String.join("; ", parts));
    }

    private static String volume(BigDecimal millilitres) {
        return millilitres.stripTrailingZeros().toPlainString();
    }

    private static String levels(List<SpinalLevel> levels) {
        return String.join(", ", levels.stream().map(SpinalLevel::id).toList());
    }
}
