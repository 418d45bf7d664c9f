package org.casewise.learning.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.casewise.learning.briefing.BriefingOutline.Block;
import org.casewise.pdf.PdfFlow;

/**
 * The briefing as an A4 PDF handout with PDFBox: Standard-14 Helvetica (nothing embedded, small
 * files), word wrap, page breaks that keep a heading with what follows, and page numbers. The standard
 * fonts only know WinAnsi characters, so other characters are transliterated or replaced first.
 */
@ApplicationScoped
public class PdfBriefingRenderer {

    private static final float MARGIN = 56f;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 14f;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 10.5f;
    private static final float INDENT = 20f;

    public byte[] render(List<Block> blocks, String title, String baseUri) {
        // Fonts per document: PDFBox fonts cache widths in plain maps, not safe to share between requests.
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
        try (PDDocument doc = new PDDocument()) {
            Writer w = new Writer(doc, regular);
            int number = 0;
            for (Block b : blocks) {
                number = b.kind() == BriefingOutline.Kind.NUMBERED ? number + 1 : 0;
                switch (b.kind()) {
                    case TITLE -> w.heading(bold, 18f, b.text(), 0f);
                    case SUBTITLE -> w.paragraph(italic, 10f, b.text(), 0f, null, 10f);
                    case HEADING -> w.heading(bold, 14f, b.text(), 12f);
                    case SUBHEADING -> w.heading(bold, 11f, b.text(), 6f);
                    case PARAGRAPH -> {
                        if (b.link() == null) {
                            w.paragraph(regular, BODY, b.text(), 0f, null, 6f);
                        } else {
                            w.linked(regular, BODY, b.text() + " " + baseUri + b.link(), baseUri + b.link());
                        }
                    }
                    case QUOTE -> w.paragraph(italic, BODY, b.text(), INDENT, null, 4f);
                    case BULLET -> w.paragraph(regular, BODY, b.text(), INDENT, "\u2022", 3f);
                    case NUMBERED -> w.paragraph(regular, BODY, b.text(), INDENT, number + ".", 3f);
                }
            }
            w.finish();
            doc.getDocumentInformation().setTitle(safe(title, regular));
            doc.getDocumentInformation().setCreator("Casewise");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the briefing as PDF", e);
        }
    }

    /** Lays text out top to bottom, starting a new page when the next line would not fit. */
    private static final class Writer {
        private final PDType1Font regular;
        private final PdfFlow flow;

        Writer(PDDocument doc, PDType1Font regular) throws IOException {
            this.regular = regular;
            this.flow = new PdfFlow(doc, TOP);
            flow.newPage();
        }

        void heading(PDType1Font font, float size, String text, float spaceBefore) throws IOException {
            // Keep a heading with at least two lines of what follows it.
            if (flow.y() - spaceBefore - size * 1.3f - 2 * BODY * 1.4f < BOTTOM) {
                flow.newPage();
            } else if (flow.y() < TOP) {
                flow.down(spaceBefore);
            }
            paragraph(font, size, text, 0f, null, size * 0.4f);
        }

        void paragraph(PDType1Font font, float size, String text, float indent, String marker, float after)
                throws IOException {
            float leading = size * 1.4f;
            List<String> lines = wrap(font, size, safe(text, regular), WIDTH - indent);
            for (int i = 0; i < lines.size(); i++) {
                if (flow.y() - leading < BOTTOM) {
                    flow.newPage();
                }
                flow.down(leading);
                if (i == 0 && marker != null) {
                    flow.show(font, size, MARGIN + indent - INDENT, flow.y(), marker);
                }
                flow.show(font, size, MARGIN + indent, flow.y(), lines.get(i));
            }
            flow.down(after);
        }

        /** A paragraph that is also a link (a reference): clickable in PDF readers. */
        void linked(PDType1Font font, float size, String text, String uri) throws IOException {
            int page = flow.pageCount();
            float top = flow.y();
            paragraph(font, size, text, 0f, null, 0f);
            if (flow.pageCount() == page) {
                PDAnnotationLink link = new PDAnnotationLink();
                PDActionURI action = new PDActionURI();
                action.setURI(uri);
                link.setAction(action);
                link.setRectangle(new PDRectangle(MARGIN, flow.y() - size * 0.3f, WIDTH, top - flow.y()));
                PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
                noBorder.setWidth(0);
                link.setBorderStyle(noBorder);
                flow.page(page - 1).getAnnotations().add(link);
            }
            flow.down(6f);
        }

        /** Closes the last page and numbers them all ("page 2 of 3"). */
        void finish() throws IOException {
            flow.finish((i, total) -> {
                String footer = "Page " + (i + 1) + " of " + total;
                flow.show(regular, 8f, MARGIN + WIDTH - width(regular, 8f, footer), MARGIN - 20f, footer);
            });
        }
    }

    /** Greedy word wrap; a word longer than the line (a URL) is broken by characters. */
    static List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            while (width(font, size, word) > width) {
                int cut = word.length() - 1;
                while (cut > 1 && width(font, size, word.substring(0, cut)) > width) {
                    cut--;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
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

    /**
     * Text the standard fonts can show: typographic spaces and dashes mapped to ASCII, accents kept
     * when WinAnsi has the letter (é) and dropped otherwise (ő becomes o), anything else '?'.
     */
    static String safe(String text, PDType1Font font) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                // A character outside the BMP (an emoji): one replacement for the pair.
                sb.append('?');
                i++;
            } else if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
                sb.append(' ');
            } else if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2212') {
                sb.append('-');
            } else if (encodable(c, font)) {
                sb.append(c);
            } else {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                sb.append(!base.isEmpty() && base.chars().allMatch(ch -> encodable((char) ch, font)) ? base : "?");
            }
        }
        return sb.toString();
    }

    private static boolean encodable(char c, PDType1Font font) {
        if (Character.isSurrogate(c) || Character.isISOControl(c)) {
            return false;
        }
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
