package org.spinechoice.app.access;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins per network address (Bucket4j): 10 at once, then one more every 6 seconds; once spent, the
 * address may not try again until one is back. Successful sign-ins cost nothing, so a busy clinic behind one address
 * is not locked out by its own staff. It slows a password-guessing script down on this node; the per-account
 * lock-out, kept in the database, holds across nodes. Thread-safe.
 */
public final class LoginThrottle {

    static final int BURST = 10;
    private static final Duration REFILL_ONE = Duration.ofSeconds(6);

    /** Addresses tracked at most; beyond it the table starts afresh rather than grow without bound. */
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Whether the address may try to sign in now. */
    public boolean mayTry(String address) {
        Bucket bucket = buckets.get(address);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    /** Counts a failed sign-in against the address. */
    public void failed(String address) {
        if (buckets.size() >= MAX_ADDRESSES) {
            buckets.clear();
        }
        buckets.computeIfAbsent(address, any -> newBucket()).tryConsume(1);
    }

    private static Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(BURST).refillGreedy(BURST, REFILL_ONE.multipliedBy(BURST)))
                .build();
    }
}
