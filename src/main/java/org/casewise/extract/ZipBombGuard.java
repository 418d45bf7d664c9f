package org.casewise.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Rejects zip-based documents (DOCX, XLSX, PPTX, ODT, EPUB) that would inflate to far more than
 * any real report, before a parser tries to hold them in memory. POI's DOCX extractor builds a DOM
 * of the whole document part, so a 1.4 MB file inflating to 400 MB exhausts a 1 GB heap; reading
 * the sizes recorded in the zip's central directory costs a few milliseconds.
 */
final class ZipBombGuard {

    /** No published review inflates beyond this; the largest real ones are a few tens of MB. */
    static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;
    /** Text-heavy Office files compress about 5-20:1; 100:1 on a large file is a bomb. */
    static final long MAX_RATIO = 100;
    static final long RATIO_APPLIES_ABOVE = 20L * 1024 * 1024;

    private ZipBombGuard() {
    }

    static void check(Path file) throws ExtractionException {
        if (!isZip(file)) {
            return;
        }
        long inflated = 0;
        long compressed = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                inflated += Math.max(0, e.getSize());
                compressed += Math.max(0, e.getCompressedSize());
            }
        } catch (IOException e) {
            // Not a readable zip after all: let the parser report what is wrong with it.
            return;
        }
        if (inflated > MAX_INFLATED_BYTES
                || inflated > RATIO_APPLIES_ABOVE && inflated > MAX_RATIO * Math.max(1, compressed)) {
            throw new ExtractionException(ExtractionException.Disposition.QUARANTINED, String.format(java.util.Locale.ROOT,
                    "suspected zip bomb: %.1f MB of compressed content expands to %.0f MB",
                    compressed / 1e6, inflated / 1e6));
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}
