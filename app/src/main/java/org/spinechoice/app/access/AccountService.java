package org.spinechoice.app.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.platform.EmailAddress;
import org.spinechoice.app.platform.Secrets;

/**
 * Clinics, staff accounts, sign-in with lock-out, browser sessions, API tokens and patient links. Every secret it
 * hands out (session id, token, link) is stored only as its hash. Thread-safe.
 */
public final class AccountService {

    /** Consecutive failed sign-ins that lock an account. */
    public static final int LOCK_AFTER_FAILURES = 5;

    public static final Duration LOCK_FOR = Duration.ofMinutes(15);

    /** A session ends after this long without a request… */
    public static final Duration SESSION_IDLE = Duration.ofMinutes(30);

    /** …and in any case this long after sign-in. */
    public static final Duration SESSION_MAX = Duration.ofHours(12);

    /** How long a patient's questionnaire link works: long enough to answer at leisure, short enough to expire. */
    public static final Duration PATIENT_LINK_VALID = Duration.ofDays(30);

    /** How stale a session's expiry may get before a request moves it on; saves a write on most requests. */
    private static final Duration EXTEND_AFTER = Duration.ofMinutes(5);

    private static final Pattern CLINIC_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final Jdbi jdbi;
    private final AccountRepository accounts = new AccountRepository();
    private final Passwords passwords;
    private final Secrets secrets;
    private final Clock clock;

    public AccountService(Jdbi jdbi, Passwords passwords, Secrets secrets, Clock clock) {
        this.jdbi = jdbi;
        this.passwords = passwords;
        this.secrets = secrets;
        this.clock = clock;
    }

    public void createClinic(String id, String name) {
        if (id == null || !CLINIC_ID.matcher(id).matches()) {
            throw new InvalidAccountInput(
                    "id",
                    "A clinic id is 1 to 63 lower-case letters, digits and hyphens, starting with a letter or digit.");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidAccountInput("name", "A clinic name is 1 to 200 characters.");
        }
        jdbi.useTransaction(handle -> {
            if (accounts.clinicExists(handle, id)) {
                throw new InvalidAccountInput("id", "A clinic with the id '" + id + "' already exists.");
            }
            accounts.insertClinic(handle, id, name.strip(), now());
            AuditLog.startChain(handle, id);
        });
    }

    public UserAccount createUser(String clinicId, String email, String roleId, String password) {
        String normalised = normaliseEmail(email);
        Role role = Role.fromId(roleId)
                .orElseThrow(() -> new InvalidAccountInput("role", "The role is 'clinic-admin' or 'clinician'."));
        String problem = Passwords.problemWith(password);
        if (problem != null) {
            throw new InvalidAccountInput("password", problem);
        }
        UserAccount user = new UserAccount(
                UUID.randomUUID().toString(),
                clinicId,
                normalised,
                role,
                passwords.hash(password),
                0,
                Optional.empty());
        jdbi.useTransaction(handle -> {
            if (clinicId == null || !accounts.clinicExists(handle, clinicId)) {
                throw new InvalidAccountInput("clinic", "There is no clinic with the id '" + clinicId + "'.");
            }
            if (accounts.userByEmail(handle, normalised).isPresent()) {
                throw new InvalidAccountInput("email", "An account with this email already exists.");
            }
            accounts.insertUser(handle, user, now());
        });
        return user;
    }

    public boolean hasUsers() {
        return jdbi.withHandle(accounts::countUsers) > 0;
    }

    public List<UserAccount> users(String clinicId) {
        return jdbi.withHandle(handle -> accounts.usersOfClinic(handle, clinicId));
    }

    public Optional<String> clinicName(String clinicId) {
        return jdbi.withHandle(handle -> accounts.clinicName(handle, clinicId));
    }

    /**
     * Checks an email and password. Five failures in a row lock the account for 15 minutes; while locked, even the
     * right password is refused. An unknown email costs the same time as a known one.
     */
    public SignIn signIn(String email, String password) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Optional<UserAccount> found = jdbi.withHandle(handle -> accounts.userByEmail(handle, normalised));
        if (found.isEmpty()) {
            passwords.matchesNoAccount(password);
            return new SignIn.Refused();
        }
        UserAccount user = found.get();
        Instant now = now();
        boolean locked = user.lockedAt(now);
        boolean matches = passwords.matches(password, user.passwordHash());
        if (locked || !matches) {
            if (!locked) {
                int failed = user.lockedUntil().isPresent() ? 1 : user.failedLogins() + 1;
                Optional<Instant> lockedUntil =
                        failed >= LOCK_AFTER_FAILURES ? Optional.of(now.plus(LOCK_FOR)) : Optional.empty();
                jdbi.useHandle(handle -> accounts.recordFailedLogin(handle, user.id(), failed, lockedUntil));
            }
            return new SignIn.Refused();
        }
        String sessionId = secrets.next();
        StaffSession session = new StaffSession(
                Secrets.sha256(sessionId), user.asStaffMember(), secrets.next(), now, now.plus(SESSION_IDLE));
        jdbi.useTransaction(handle -> {
            accounts.clearFailedLogins(handle, user.id());
            accounts.deleteExpiredSessions(handle, now);
            accounts.insertSession(
                    handle, session.idHash(), user.id(), session.csrfToken(), session.createdAt(), session.expiresAt());
        });
        return new SignIn.SignedIn(sessionId, session);
    }

    /** The live session behind a cookie value, its idle expiry moved on; empty when unknown or expired. */
    public Optional<StaffSession> session(String sessionId) {
        if (!Secrets.wellFormed(sessionId)) {
            return Optional.empty();
        }
        String idHash = Secrets.sha256(sessionId);
        Instant now = now();
        Optional<StaffSession> found = jdbi.withHandle(handle -> accounts.session(handle, idHash));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StaffSession session = found.get();
        if (!now.isBefore(session.expiresAt())) {
            jdbi.useHandle(handle -> accounts.deleteSession(handle, idHash));
            return Optional.empty();
        }
        Instant latest = session.createdAt().plus(SESSION_MAX);
        Instant extended = now.plus(SESSION_IDLE).isAfter(latest) ? latest : now.plus(SESSION_IDLE);
        if (extended.isAfter(session.expiresAt().plus(EXTEND_AFTER))) {
            jdbi.useHandle(handle -> accounts.extendSession(handle, idHash, extended));
        }
        return found;
    }

    public void signOut(String sessionId) {
        if (Secrets.wellFormed(sessionId)) {
            jdbi.useHandle(handle -> accounts.deleteSession(handle, Secrets.sha256(sessionId)));
        }
    }

    /** Makes an API token for the account with this email; the token is returned once and stored only hashed. */
    public String createToken(String email, String label) {
        String normalised = normaliseEmail(email);
        String token = "sct_" + secrets.next();
        jdbi.useTransaction(handle -> {
            UserAccount user = accounts.userByEmail(handle, normalised)
                    .orElseThrow(() -> new InvalidAccountInput("email", "There is no account with this email."));
            accounts.insertToken(
                    handle,
                    UUID.randomUUID().toString(),
                    user.id(),
                    Secrets.sha256(token),
                    label == null || label.isBlank() ? "API token" : label.strip(),
                    now());
        });
        return token;
    }

    public List<ApiToken> tokens(String clinicId) {
        return jdbi.withHandle(handle -> accounts.tokensOfClinic(handle, clinicId));
    }

    /** Revokes one of the clinic's tokens; false when the clinic has no live token with that id. */
    public boolean revokeToken(String clinicId, String tokenId) {
        return jdbi.withHandle(handle -> accounts.revokeToken(handle, clinicId, tokenId, now()));
    }

    /** The owner of a live API token given as {@code sct_…}. */
    public Optional<StaffMember> tokenOwner(String token) {
        if (token == null || !token.startsWith("sct_") || !Secrets.wellFormed(token.substring(4))) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> accounts.tokenOwner(handle, Secrets.sha256(token)));
    }

    /**
     * Issues a patient's personal questionnaire link inside the caller's transaction (which also audits it). The
     * token is returned once, for the link; only its hash is stored.
     */
    public String issuePatientLink(Handle handle, String clinicId, String patientId, Duration validFor) {
        String token = secrets.next();
        Instant now = now();
        accounts.insertPatientLink(handle, Secrets.sha256(token), clinicId, patientId, now, now.plus(validFor));
        return token;
    }

    /** The holder of a live patient link. */
    public Optional<PatientLinkHolder> patientLink(String token) {
        if (!Secrets.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbi.withHandle(handle -> accounts.livePatientLink(handle, Secrets.sha256(token), now()));
    }

    private static String normaliseEmail(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EmailAddress.looksValid(normalised)) {
            throw new InvalidAccountInput("email", "An email address looks like name@example.org.");
        }
        return normalised;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
