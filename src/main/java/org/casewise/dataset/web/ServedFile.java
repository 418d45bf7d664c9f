package org.casewise.dataset.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A report file as a host serves it: bytes (on disk, or in memory for the copy modified in epoch 2),
 * a strong ETag from the SHA-256 of exactly those bytes, and a Last-Modified date. The ETag is
 * computed once up front so that conditional requests are cheap and a changed copy necessarily gets
 * a different validator.
 *
 * @param path  the file on disk, or null when {@code bytes} holds the content
 * @param bytes the content when served from memory, or null
 */
record ServedFile(String name, String contentType, String etag, Instant lastModified, long size, Path path,
        byte[] bytes) {

    static ServedFile onDisk(Path path, String name, Instant lastModified) {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest sha = sha256();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return new ServedFile(name, contentType(name), quote(sha.digest()), lastModified, Files.size(path), path,
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static ServedFile inMemory(String name, byte[] bytes, Instant lastModified) {
        return new ServedFile(name, contentType(name), quote(sha256().digest(bytes)), lastModified, bytes.length, null,
                bytes.clone());
    }

    byte[] readAll() throws IOException {
        return bytes != null ? bytes.clone() : Files.readAllBytes(path);
    }

    /** Chosen from the extension, as a real web server would: a file whose extension lies is served as it claims. */
    static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return "text/html; charset=utf-8";
        }
        return "application/octet-stream";
    }

    private static String quote(byte[] digest) {
        return "\"" + HexFormat.of().formatHex(digest) + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
