package org.spinechoice.app.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.spinechoice.app.platform.DbTime;

/**
 * Clinics, staff accounts, sessions, API tokens and patient links in their tables. Every method works in the
 * caller's handle, so a service decides what one transaction holds. Stateless and thread-safe.
 */
final class AccountRepository {

    private static final String USER_COLUMNS =
            "u.id, u.clinic_id, u.email, u.role, u.password_hash, u.failed_logins, u.locked_until";

    boolean clinicExists(Handle handle, String clinicId) {
        return handle.createQuery("SELECT COUNT(*) FROM clinic WHERE id = :id")
                        .bind("id", clinicId)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    void insertClinic(Handle handle, String id, String name, Instant now) {
        handle.createUpdate("INSERT INTO clinic (id, name, created_at) VALUES (:id, :name, :now)")
                .bind("id", id)
                .bind("name", name)
                .bind("now", DbTime.utc(now))
                .execute();
    }

    Optional<String> clinicName(Handle handle, String clinicId) {
        return handle.createQuery("SELECT name FROM clinic WHERE id = :id")
                .bind("id", clinicId)
                .mapTo(String.class)
                .findOne();
    }

    int countUsers(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM app_user")
                .mapTo(Integer.class)
                .one();
    }

    void insertUser(Handle handle, UserAccount user, Instant now) {
        handle.createUpdate(
                        "INSERT INTO app_user (id, clinic_id, email, role, password_hash, failed_logins, created_at) "
                                + "VALUES (:id, :clinic, :email, :role, :hash, 0, :now)")
                .bind("id", user.id())
                .bind("clinic", user.clinicId())
                .bind("email", user.email())
                .bind("role", user.role().id())
                .bind("hash", user.passwordHash())
                .bind("now", DbTime.utc(now))
                .execute();
    }

    Optional<UserAccount> userByEmail(Handle handle, String email) {
        return handle.createQuery("SELECT " + USER_COLUMNS + " FROM app_user u WHERE u.email = :email")
                .bind("email", email)
                .map((row, ctx) -> user(row))
                .findOne();
    }

    List<UserAccount> usersOfClinic(Handle handle, String clinicId) {
        return handle.createQuery(
                        "SELECT " + USER_COLUMNS + " FROM app_user u WHERE u.clinic_id = :clinic ORDER BY u.email")
                .bind("clinic", clinicId)
                .map((row, ctx) -> user(row))
                .list();
    }

    void recordFailedLogin(Handle handle, String userId, int failedLogins, Optional<Instant> lockedUntil) {
        handle.createUpdate("UPDATE app_user SET failed_logins = :failed, locked_until = :until WHERE id = :id")
                .bind("failed", failedLogins)
                .bind("until", lockedUntil.map(DbTime::utc).orElse(null))
                .bind("id", userId)
                .execute();
    }

    void clearFailedLogins(Handle handle, String userId) {
        handle.createUpdate("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = :id")
                .bind("id", userId)
                .execute();
    }

    void insertSession(Handle handle, String idHash, String userId, String csrfToken, Instant now, Instant expires) {
        handle.createUpdate("INSERT INTO user_session (id_hash, user_id, csrf_token, created_at, expires_at) "
                        + "VALUES (:hash, :user, :csrf, :now, :expires)")
                .bind("hash", idHash)
                .bind("user", userId)
                .bind("csrf", csrfToken)
                .bind("now", DbTime.utc(now))
                .bind("expires", DbTime.utc(expires))
                .execute();
    }

    Optional<StaffSession> session(Handle handle, String idHash) {
        return handle.createQuery("SELECT s.id_hash, s.csrf_token, s.created_at, s.expires_at, " + USER_COLUMNS
                        + " FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.id_hash = :hash")
                .bind("hash", idHash)
                .map((row, ctx) -> new StaffSession(
                        row.getString("id_hash"),
                        user(row).asStaffMember(),
                        row.getString("csrf_token"),
                        DbTime.read(row, "created_at"),
                        DbTime.read(row, "expires_at")))
                .findOne();
    }

    void extendSession(Handle handle, String idHash, Instant expires) {
        handle.createUpdate("UPDATE user_session SET expires_at = :expires WHERE id_hash = :hash")
                .bind("expires", DbTime.utc(expires))
                .bind("hash", idHash)
                .execute();
    }

    void deleteSession(Handle handle, String idHash) {
        handle.createUpdate("DELETE FROM user_session WHERE id_hash = :hash")
                .bind("hash", idHash)
                .execute();
    }

    void deleteExpiredSessions(Handle handle, Instant now) {
        handle.createUpdate("DELETE FROM user_session WHERE expires_at <= :now")
                .bind("now", DbTime.utc(now))
                .execute();
    }

    void insertToken(Handle handle, String id, String userId, String tokenHash, String label, Instant now) {
        handle.createUpdate("INSERT INTO api_token (id, user_id, token_hash, label, created_at) "
                        + "VALUES (:id, :user, :hash, :label, :now)")
                .bind("id", id)
                .bind("user", userId)
                .bind("hash", tokenHash)
                .bind("label", label)
                .bind("now", DbTime.utc(now))
                .execute();
    }

    /** The owner of a live (not revoked) token. */
    Optional<StaffMember> tokenOwner(Handle handle, String tokenHash) {
        return handle.createQuery("SELECT " + USER_COLUMNS + " FROM api_token t JOIN app_user u ON u.id = t.user_id "
                        + "WHERE t.token_hash = :hash AND t.revoked_at IS NULL")
                .bind("hash", tokenHash)
                .map((row, ctx) -> user(row).asStaffMember())
                .findOne();
    }

    List<ApiToken> tokensOfClinic(Handle handle, String clinicId) {
        return handle.createQuery("SELECT t.id, t.user_id, u.email, t.label, t.created_at, t.revoked_at "
                        + "FROM api_token t JOIN app_user u ON u.id = t.user_id "
                        + "WHERE u.clinic_id = :clinic ORDER BY t.created_at")
                .bind("clinic", clinicId)
                .map((row, ctx) -> new ApiToken(
                        row.getString("id"),
                        row.getString("user_id"),
                        row.getString("email"),
                        row.getString("label"),
                        DbTime.read(row, "created_at"),
                        DbTime.readOptional(row, "revoked_at")))
                .list();
    }

    /** Revokes a token of the clinic; returns whether a live one was revoked. */
    boolean revokeToken(Handle handle, String clinicId, String tokenId, Instant now) {
        return handle.createUpdate("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL "
                                + "AND user_id IN (SELECT id FROM app_user WHERE clinic_id = :clinic)")
                        .bind("now", DbTime.utc(now))
                        .bind("id", tokenId)
                        .bind("clinic", clinicId)
                        .execute()
                > 0;
    }

    void insertPatientLink(
            Handle handle, String tokenHash, String clinicId, String patientId, Instant now, Instant expires) {
        handle.createUpdate("INSERT INTO patient_link (token_hash, clinic_id, patient_id, created_at, expires_at) "
                        + "VALUES (:hash, :clinic, :patient, :now, :expires)")
                .bind("hash", tokenHash)
                .bind("clinic", clinicId)
                .bind("patient", patientId)
                .bind("now", DbTime.utc(now))
                .bind("expires", DbTime.utc(expires))
                .execute();
    }

    /** The holder of a link that is neither revoked nor expired at {@code now}. */
    Optional<PatientLinkHolder> livePatientLink(Handle handle, String tokenHash, Instant now) {
        return handle.createQuery("SELECT token_hash, clinic_id, patient_id FROM patient_link WHERE token_hash = :hash "
                        + "AND revoked_at IS NULL AND expires_at > :now")
                .bind("hash", tokenHash)
                .bind("now", DbTime.utc(now))
                .map((row, ctx) -> new PatientLinkHolder(
                        row.getString("token_hash"), row.getString("clinic_id"), row.getString("patient_id")))
                .findOne();
    }

    private static UserAccount user(ResultSet row) throws SQLException {
        return new UserAccount(
                row.getString("id"),
                row.getString("clinic_id"),
                row.getString("email"),
                Role.fromId(row.getString("role")).orElseThrow(),
                row.getString("password_hash"),
                row.getInt("failed_logins"),
                DbTime.readOptional(row, "locked_until"));
    }
}
