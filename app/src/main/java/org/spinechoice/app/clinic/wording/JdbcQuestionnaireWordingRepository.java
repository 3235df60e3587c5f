package org.spinechoice.app.clinic.wording;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.spinechoice.app.clinic.record.Columns;
import org.spinechoice.app.platform.DbTime;
import org.spinechoice.prom.Instrument;

/**
 * Licensed wordings in the {@code questionnaire_wording} table: the FHIR Questionnaire as the clinic gave it, its
 * version, and whether it is in use. A row is never deleted and only its {@code active} flag ever changes, so the
 * words of every stored response can be found again. Every query names the clinic in its {@code WHERE} clause.
 * Methods work in the caller's handle. Stateless and thread-safe.
 */
public final class JdbcQuestionnaireWordingRepository {

    private static final String COLUMNS = "id, instrument, version, imported_at, active";

    void insert(Handle handle, String clinicId, StoredWording wording, String resource) {
        handle.createUpdate("INSERT INTO questionnaire_wording (" + COLUMNS + ", clinic_id, resource) VALUES (:id, "
                        + ":instrument, :version, :importedAt, :active, :clinic, :resource)")
                .bind("id", wording.id())
                .bind("instrument", wording.instrument().id())
                .bind("version", wording.version())
                .bind("importedAt", DbTime.utc(wording.importedAt()))
                .bind("active", wording.active())
                .bind("clinic", clinicId)
                .bind("resource", resource)
                .execute();
    }

    /** Every wording the clinic imported, newest first. */
    List<StoredWording> ofClinic(Handle handle, String clinicId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM questionnaire_wording WHERE clinic_id = :clinic "
                        + "ORDER BY imported_at DESC, id")
                .bind("clinic", clinicId)
                .map((row, ctx) -> wording(row))
                .list();
    }

    /** The wording in use; should two ever be marked so, the newer wins. */
    Optional<StoredWording> active(Handle handle, String clinicId, Instrument instrument) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM questionnaire_wording WHERE clinic_id = :clinic "
                        + "AND instrument = :instrument AND active = TRUE ORDER BY imported_at DESC, id")
                .bind("clinic", clinicId)
                .bind("instrument", instrument.id())
                .setMaxRows(1)
                .map((row, ctx) -> wording(row))
                .findFirst();
    }

    Optional<StoredWording> byVersion(Handle handle, String clinicId, Instrument instrument, String version) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM questionnaire_wording WHERE clinic_id = :clinic "
                        + "AND instrument = :instrument AND version = :version")
                .bind("clinic", clinicId)
                .bind("instrument", instrument.id())
                .bind("version", version)
                .map((row, ctx) -> wording(row))
                .findOne();
    }

    /** Whether the clinic imported a wording with this version for the instrument, in use or since replaced. */
    public boolean hasVersion(Handle handle, String clinicId, Instrument instrument, String version) {
        return byVersion(handle, clinicId, instrument, version).isPresent();
    }

    /** The Questionnaire JSON of a stored wording, as imported. */
    String resource(Handle handle, String clinicId, String id) {
        return handle.createQuery("SELECT resource FROM questionnaire_wording WHERE clinic_id = :clinic AND id = :id")
                .bind("clinic", clinicId)
                .bind("id", id)
                .mapTo(String.class)
                .one();
    }

    /** Takes every wording of the instrument out of use; returns how many were in use. */
    int deactivate(Handle handle, String clinicId, Instrument instrument) {
        return handle.createUpdate("UPDATE questionnaire_wording SET active = FALSE WHERE clinic_id = :clinic "
                        + "AND instrument = :instrument AND active = TRUE")
                .bind("clinic", clinicId)
                .bind("instrument", instrument.id())
                .execute();
    }

    void activate(Handle handle, String clinicId, String id) {
        handle.createUpdate("UPDATE questionnaire_wording SET active = TRUE WHERE clinic_id = :clinic AND id = :id")
                .bind("clinic", clinicId)
                .bind("id", id)
                .execute();
    }

    private static StoredWording wording(ResultSet row) throws SQLException {
        return new StoredWording(
                row.getString("id"),
                Columns.code(Instrument.class, row.getString("instrument")),
                row.getString("version"),
                DbTime.read(row, "imported_at"),
                row.getBoolean("active"));
    }
}
