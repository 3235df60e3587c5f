package org.spinechoice.app.summary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.app.platform.Secrets;

/**
 * Saves, opens and deletes summaries by the code in their link. A summary is kept for a configured number of days;
 * an expired one is deleted when someone asks for it, and all expired ones at start-up and whenever one is saved.
 * Nothing else is kept: no account, no address, no log of who saved what. Thread-safe.
 */
public final class SummaryService {

    private final JdbcSavedSummaryRepository repository;
    private final Secrets codes;
    private final Clock clock;
    private final Duration keepFor;

    /** A summary just saved: the code for its link (shown once, never stored) and the stored row. */
    public record Saved(String code, SavedSummary summary) {}

    public SummaryService(JdbcSavedSummaryRepository repository, Clock clock, int keepDays) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.codes = Secrets.strong();
        this.clock = Objects.requireNonNull(clock, "clock");
        if (keepDays < 1) {
            throw new IllegalArgumentException("a saved summary is kept at least 1 day: " + keepDays);
        }
        this.keepFor = Duration.ofDays(keepDays);
    }

    public Saved save(String answers) {
        Instant now = now();
        repository.deleteExpired(now);
        String code = codes.next();
        SavedSummary summary = new SavedSummary(Secrets.sha256(code), answers, now, now.plus(keepFor));
        repository.insert(summary);
        return new Saved(code, summary);
    }

    /** The summary behind a code; empty when the code is malformed, unknown or expired (an expired one is deleted). */
    public Optional<SavedSummary> open(String code) {
        if (!Secrets.wellFormed(code)) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(code);
        Optional<SavedSummary> found = repository.find(hash);
        if (found.isPresent() && found.get().expiredAt(now())) {
            repository.delete(hash);
            return Optional.empty();
        }
        return found;
    }

    /** Deletes the summary behind a code; returns whether there was one to delete. */
    public boolean delete(String code) {
        return open(code).map(found -> repository.delete(found.codeHash())).orElse(false);
    }

    /** Deletes every expired summary; returns how many. */
    public int purgeExpired() {
        return repository.deleteExpired(now());
    }

    public int keepDays() {
        return (int) keepFor.toDays();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
