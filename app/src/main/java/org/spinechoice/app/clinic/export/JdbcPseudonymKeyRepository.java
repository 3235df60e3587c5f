package org.spinechoice.app.clinic.export;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.spinechoice.app.platform.DbTime;

/** Each clinic's pseudonym key in {@code clinic_pseudonym_key}. Methods work in the caller's handle. Thread-safe. */
public final class JdbcPseudonymKeyRepository {

    Optional<String> find(Handle handle, String clinicId) {
        return handle.createQuery("SELECT secret FROM clinic_pseudonym_key WHERE clinic_id = :clinic")
                .bind("clinic", clinicId)
                .mapTo(String.class)
                .findOne();
    }

    void insert(Handle handle, String clinicId, String secret, Instant createdAt) {
        handle.createUpdate("INSERT INTO clinic_pseudonym_key (clinic_id, secret, created_at) "
                        + "VALUES (:clinic, :secret, :createdAt)")
                .bind("clinic", clinicId)
                .bind("secret", secret)
                .bind("createdAt", DbTime.utc(createdAt))
                .execute();
    }
}
