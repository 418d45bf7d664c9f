package org.casewise.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.casewise.config.CasewiseConfig;

/**
 * Original files, stored once each under the SHA-256 of their bytes ({@code files/ab/cd/abcd...}).
 * Content addressing makes re-ingestion idempotent and keeps the archive copy that outlives the
 * board's own publication window.
 */
@ApplicationScoped
public class ContentStore {

    @Inject
    CasewiseConfig config;

    /** The result of {@link #put}: the hash and size, and whether the bytes are now in the store. */
    public record StoredFile(String sha256, long size, boolean stored) {
    }

    /**
     * Streams the input into the store while hashing it. A file larger than {@code maxBytes} is hashed
     * to the end (so it can still be recorded and recognised again) but not kept.
     */
    public StoredFile put(InputStream input, long maxBytes) throws IOException {
        Path root = root();
        Path incoming = root.resolve("incoming");
        Files.createDirectories(incoming);
        Path tmp = Files.createTempFile(incoming, "upload-", ".part");
        MessageDigest digest = sha256();
        long size = 0;
        boolean tooLarge = false;
        try (DigestInputStream in = new DigestInputStream(input, digest);
             OutputStream out = Files.newOutputStream(tmp)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                size += n;
                if (size > maxBytes) {
                    tooLarge = true;
                } else {
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        if (tooLarge) {
            Files.deleteIfExists(tmp);
            return new StoredFile(sha, size, false);
        }
        Path target = path(sha);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            Files.delete(tmp);
        } else {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return new StoredFile(sha, size, true);
    }

    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
        return root().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    public boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    private Path root() {
        return config.dataDir().resolve("files");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
