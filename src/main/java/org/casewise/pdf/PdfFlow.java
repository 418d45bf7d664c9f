package org.casewise.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Text laid out down A4 pages with the standard fonts: a cursor that moves down the page, a new
 * page when the caller says the next line will not fit, and a second pass over every page for
 * running headers and footers (which need the page count). Shared by the briefing export
 * (learning) and the sample-corpus renderer (dataset), which differ in layout, not in mechanics.
 * Not thread-safe: one per document.
 */
public final class PdfFlow {

    /** Draws on one finished page, for headers and footers. */
    @FunctionalInterface
    public interface PageWork {
        void draw(int index, int total) throws IOException;
    }

    private final PDDocument doc;
    private final float top;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    /** @param top where the cursor starts on each page (PDF points from the bottom) */
    public PdfFlow(PDDocument doc, float top) {
        this.doc = doc;
        this.top = top;
    }

    /** Ends the current page, if any, and starts a new one with the cursor at the top. */
    public void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(doc, page);
        y = top;
    }

    /** Where the cursor is: the baseline of the last line drawn, or the top of a new page. */
    public float y() {
        return y;
    }

    /** Moves the cursor down by {@code points}. */
    public void down(float points) {
        y -= points;
    }

    public int pageCount() {
        return pages.size();
    }

    public PDPage page(int index) {
        return pages.get(index);
    }

    /** Shows one line of text (already encodable by the font) with its baseline at (x, atY). */
    public void show(PDType1Font font, float size, float x, float atY, String text) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, atY);
        stream.showText(text);
        stream.endText();
    }

    /** Closes the last page's content and runs {@code work} over every page, appending to each. */
    public void finish(PageWork work) throws IOException {
        stream.close();
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream cs = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                stream = cs;
                work.draw(i, total);
            }
        }
        stream = null;
    }

    /** The content stream of the page being drawn, for lines and colours. */
    public PDPageContentStream stream() {
        return stream;
    }

    /** The width of the text in the font at that size, in points. */
    public static float width(PDType1Font font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }
}
