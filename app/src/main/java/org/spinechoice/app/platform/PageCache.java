package org.spinechoice.app.platform;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Keeps rendered pages and documents that cannot change while the app runs (the evidence base is read once at
 * start-up), so each is rendered once. Thread-safe.
 */
public final class PageCache {

    private final ConcurrentMap<String, byte[]> pages = new ConcurrentHashMap<>();

    /** Returns the cached bytes for {@code key}, rendering them on first use. */
    public byte[] get(String key, Supplier<String> render) {
        return pages.computeIfAbsent(key, ignored -> render.get().getBytes(StandardCharsets.UTF_8));
    }
}
