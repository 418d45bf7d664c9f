package org.casewise.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casewise.pdf.PdfFlow;

/**
 * Renders a {@link SampleSource} as an A4 PDF with a real text layer: Standard-14 Helvetica (no embedded
 * fonts, so files stay small), word-wrapped paragraphs, bold headings, and the running header and footer
 * (with page number) on every page, as published reviews have them - a deliberate extraction trap.
 */
final class PdfSampleRenderer {

    private static final float MARGIN_X = 64f;
    private static final float TOP = PDRectangle.A4.getHeight() - 78f;
    private static final float BOTTOM = 72f;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN_X;
    private static final float BODY_SIZE = 10.5f;
    private static final float INDENT = 18f;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private final Map<Character, Boolean> encodable = new HashMap<>();

    private PDDocument doc;
    private PdfFlow flow;

    void render(SampleSource source, Path out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            doc = document;
            flow = new PdfFlow(document, TOP);
            flow.newPage();
            for (SampleSource.Block block : source.blocks()) {
                renderBlock(block);
            }
            drawRunningText(source);
            setInformation(source);
            document.save(out.toFile());
        } finally {
            doc = null;
            flow = null;
        }
    }

    private void renderBlock(SampleSource.Block block) throws IOException {
        switch (block.kind()) {
            case PAGE_BREAK -> flow.newPage();
            case HEADING1 -> heading(block.text(), 15f, 16f);
            case HEADING2 -> heading(block.text(), 12f, 10f);
            case PARAGRAPH -> {
                for (String line : block.lines()) {
                    writeWrapped(regular, BODY_SIZE, line, 0f, 0f, null);
                }
                flow.down(7f);
            }
            case BULLET -> {
                writeWrapped(regular, BODY_SIZE, block.text(), INDENT, INDENT, "\u2022");
                flow.down(3f);
            }
            case NUMBERED -> {
                writeWrapped(regular, BODY_SIZE, block.text(), INDENT + 4f, INDENT + 4f, block.number() + ".");
                flow.down(4f);
            }
        }
    }

    private void heading(String text, float size, float spaceBefore) throws IOException {
        // Keep a heading with at least two lines of what follows it.
        if (flow.y() - spaceBefore - size * 1.3f - 3 * BODY_SIZE * 1.4f < BOTTOM) {
            flow.newPage();
        } else if (flow.y() < TOP) {
            flow.down(spaceBefore);
        }
        writeWrapped(bold, size, text, 0f, 0f, null);
        flow.down(size * 0.45f);
    }

    /** Greedy word wrap; {@code marker} (bullet or number) is drawn in the hanging indent of the first line. */
    private void writeWrapped(PDType1Font font, float size, String text, float firstIndent, float indent,
                              String marker) throws IOException {
        float leading = size * 1.38f;
        List<String> lines = wrap(font, size, safe(font, text), WIDTH - indent);
        for (int i = 0; i < lines.size(); i++) {
            if (flow.y() - leading < BOTTOM) {
                flow.newPage();
            }
            flow.down(leading);
            if (i == 0 && marker != null) {
                flow.show(font, size, MARGIN_X + firstIndent - INDENT, flow.y(), safe(font, marker));
            }
            flow.show(font, size, MARGIN_X + (i == 0 ? firstIndent : indent), flow.y(), lines.get(i));
        }
    }

    private List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDType1Font font, float size, String s) throws IOException {
        return PdfFlow.width(font, size, s);
    }

    /** Header and footer go on after the body so that {@code {pages}} is known. */
    private void drawRunningText(SampleSource source) throws IOException {
        flow.finish((i, total) -> {
            PDPageContentStream cs = flow.stream();
            cs.setNonStrokingColor(0.35f, 0.35f, 0.35f);
            float headerY = PDRectangle.A4.getHeight() - 44f;
            flow.show(italic, 8.5f, MARGIN_X, headerY, safe(italic, source.pageText("header", i + 1, total)));
            cs.setStrokingColor(0.6f, 0.6f, 0.6f);
            cs.setLineWidth(0.5f);
            cs.moveTo(MARGIN_X, headerY - 6f);
            cs.lineTo(MARGIN_X + WIDTH, headerY - 6f);
            cs.stroke();
            String footer = safe(regular, source.pageText("footer", i + 1, total));
            float fx = MARGIN_X + (WIDTH - width(regular, 8.5f, footer)) / 2f;
            flow.show(regular, 8.5f, fx, 40f, footer);
        });
    }

    private void setInformation(SampleSource source) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(safe(regular, source.title()));
        info.setAuthor(safe(regular, source.author()));
        String subject = source.get("subject");
        info.setSubject(safe(regular, subject.isEmpty() ? source.title() : subject));
        info.setCreator("Casewise sample corpus renderer");
        GregorianCalendar created = GregorianCalendar.from(source.creationDate());
        info.setCreationDate(created);
        info.setModificationDate(created);
        // A fixed document ID instead of a time-based one keeps re-renders byte-identical.
        byte[] id = md5(source.baseName() + "\n" + source.plainText());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** Replaces characters the font's WinAnsiEncoding cannot show, so showText never throws. */
    private String safe(PDType1Font font, String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            char r = switch (c) {
                case '\t', '\u00A0', '\u2009', '\u202F' -> ' ';
                case '\u2010', '\u2011', '\u2012', '\u2212' -> '-';
                default -> c;
            };
            sb.append(encodable.computeIfAbsent(r, ch -> canEncode(font, ch)) ? r : '?');
        }
        return sb.toString();
    }

    private static boolean canEncode(PDType1Font font, char c) {
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
