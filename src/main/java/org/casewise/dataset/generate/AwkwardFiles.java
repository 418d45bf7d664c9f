package org.casewise.dataset.generate;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The files real collections contain and a pipeline must survive: scans without a text layer,
 * interrupted downloads, password-protected PDFs, a zip bomb, an empty file, an oversized file.
 */
final class AwkwardFiles {

    private AwkwardFiles() {
    }

    /** The first part of a PDF, as left by an interrupted download. */
    static void truncate(Path file, double keep) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, Math.max(16, (int) (bytes.length * keep))));
    }

    /** Re-saves a PDF protected by a user password (AES-128): unreadable without the password. */
    static void encrypt(Path file, String password) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(password + "-owner", password, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
    }

    /**
     * A PDF whose pages are pictures of text, like a scanned report: no text layer at all. The text
     * is drawn with a logical font, so the output depends only on the lines given.
     */
    static void imageOnlyPdf(Path file, List<String> lines) throws IOException {
        int width = 620;
        int height = 877;
        int perPage = 40;
        try (PDDocument doc = new PDDocument()) {
            for (int start = 0; start < Math.min(lines.size(), perPage * 3); start += perPage) {
                BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.setColor(Color.BLACK);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
                g.setFont(new Font(Font.SERIF, Font.PLAIN, 13));
                int y = 50;
                for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                    g.drawString(line.length() > 90 ? line.substring(0, 90) : line, 40, y);
                    y += 20;
                }
                g.dispose();
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.getDocumentInformation().setCreator("Scanner");
            // A fixed file identifier (PDFBox would otherwise derive one from the clock), so that the
            // same seed gives the same bytes.
            COSString id = new COSString(java.util.Arrays.copyOf(sha256(String.join("\n", lines)), 16));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            doc.save(file.toFile());
        }
    }

    /**
     * A DOCX whose document part inflates to {@code inflatedMb} MB from a file of a few hundred KB
     * (compression ratio over 1000:1), the shape of a zip bomb.
     */
    static void zipBombDocx(Path file, int inflatedMb) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            ZipEntry doc = new ZipEntry("word/document.xml");
            doc.setTime(0);
            zip.putNextEntry(doc);
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\""
                    + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] paragraph = "<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>"
                    .getBytes(StandardCharsets.UTF_8);
            byte[] block = new byte[paragraph.length * 1024];
            for (int i = 0; i < 1024; i++) {
                System.arraycopy(paragraph, 0, block, i * paragraph.length, paragraph.length);
            }
            long target = inflatedMb * 1024L * 1024L;
            for (long written = 0; written < target; written += block.length) {
                zip.write(block);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A file over the upload limit: a PDF header followed by incompressible bytes. */
    static void oversized(Path file, int megabytes, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        byte[] buffer = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("%PDF-1.4\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1));
            for (int i = 0; i < megabytes; i++) {
                for (int j = 0; j < buffer.length; j += 8) {
                    long v = r.nextLong();
                    for (int k = 0; k < 8; k++) {
                        buffer[j + k] = (byte) (v >>> (k * 8));
                    }
                }
                out.write(buffer);
            }
        }
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The visible lines of a report body, for drawing it as a scan. */
    static List<String> lines(String markupBody) {
        List<String> out = new ArrayList<>();
        for (String line : markupBody.split("\n")) {
            String t = line.replaceFirst("^#+ ", "").replaceFirst("^- ", "").strip();
            if (t.isEmpty() || t.startsWith("===")) {
                continue;
            }
            while (t.length() > 90) {
                int cut = t.lastIndexOf(' ', 90);
                cut = cut <= 0 ? 90 : cut;
                out.add(t.substring(0, cut));
                t = t.substring(cut).strip();
            }
            out.add(t);
        }
        return out;
    }
}
