package org.casewise.dataset.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Makes the 'revised' copy of a report that a board site serves from epoch 2: still a valid file of
 * the same format (so the pipeline can re-extract it), with an addendum, so the bytes and therefore
 * the ETag differ. Should a file resist (a hostile fixture, a format we cannot edit), a marker is
 * appended to the bytes: the copy is then not a valid document but still differs, which is all the
 * change detection needs.
 */
final class RevisedCopy {

    static final String ADDENDUM = "Addendum: this report was revised after publication to correct the chronology.";

    private RevisedCopy() {
    }

    static byte[] of(byte[] original, String format) {
        String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
        try {
            return switch (f) {
                case "pdf" -> pdf(original);
                case "docx" -> docx(original);
                case "html" -> html(original);
                default -> appended(original);
            };
        } catch (IOException | RuntimeException e) {
            return appended(original);
        }
    }

    private static byte[] pdf(byte[] original) throws IOException {
        try (PDDocument doc = Loader.loadPDF(original); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                text.newLineAtOffset(72, 720);
                text.showText(ADDENDUM);
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(byte[] original) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(original));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(ADDENDUM);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] html(byte[] original) {
        String page = new String(original, StandardCharsets.UTF_8);
        String paragraph = "<p class=\"addendum\">" + Html.escape(ADDENDUM) + "</p>\n";
        int end = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String revised = end < 0 ? page + paragraph : page.substring(0, end) + paragraph + page.substring(end);
        return revised.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] appended(byte[] original) {
        byte[] marker = ("\n" + ADDENDUM + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(original, original.length + marker.length);
        System.arraycopy(marker, 0, out, original.length, marker.length);
        return out;
    }
}
