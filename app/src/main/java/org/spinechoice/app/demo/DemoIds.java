package org.spinechoice.app.demo;

import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The ids of a load's records: version 4 UUIDs like the clinic's own, but made of a count and the generator's draws
 * rather than the system's randomness, so a seed repeats them. The count leads (its hex digits sort as the count does),
 * so each table's key index is appended to rather than written all over: with wholly random ids a load of 10,000
 * patients on H2 took 78 s. Not thread-safe.
 */
final class DemoIds {

    private long count;

    /** The next id: the count in the first 48 bits, then the version, then 74 bits drawn from {@code random}. */
    String next(RandomGenerator random) {
        count++;
        long high = (count << 16) | 0x4000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
