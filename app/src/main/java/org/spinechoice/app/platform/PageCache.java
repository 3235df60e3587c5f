package org.spinechoice.app.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps rendered pages and documents that cannot change while the app runs (the evidence base is read once at
 * start-up), so each is rendered, encoded, compressed and given its ETag once, not on every request. Thread-safe.
 */
public final class PageCache {

    /** A rendered document, the same bytes gzip-compressed, and its strong ETag. */
    public record CachedPage(byte[] body, byte[] gzipped, String etag) {
        public CachedPage {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(gzipped, "gzipped");
            Objects.requireNonNull(etag, "etag");
        }
    }

    private final ConcurrentMap<String, CachedPage> pages = new ConcurrentHashMap<>();

    /** Returns the cached page for {@code key}, rendering it on first use. */
    public CachedPage get(String key, Supplier<String> render) {
        return pages.computeIfAbsent(key, ignored -> {
            byte[] body = render.get().getBytes(StandardCharsets.UTF_8);
            return new CachedPage(body, gzip(body), etagOf(body));
        });
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compress in memory", e);
        }
        return compressed.toByteArray();
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
