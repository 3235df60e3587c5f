package org.spinechoice.app.access;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits sign-in attempts per network address (Bucket4j): 10 at once, then one more every 6 seconds. It slows a
 * password-guessing script down on this node; the per-account lock-out, kept in the database, holds across nodes.
 * Thread-safe.
 */
public final class LoginThrottle {

    static final int BURST = 10;
    private static final Duration REFILL_ONE = Duration.ofSeconds(6);

    /** Addresses tracked at most; beyond it the table starts afresh rather than grow without bound. */
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one attempt for the address; false when it has none left for now. */
    public boolean tryAttempt(String address) {
        if (buckets.size() >= MAX_ADDRESSES) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(address, any -> newBucket()).tryConsume(1);
    }

    private static Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(BURST).refillGreedy(BURST, REFILL_ONE.multipliedBy(BURST)))
                .build();
    }
}
