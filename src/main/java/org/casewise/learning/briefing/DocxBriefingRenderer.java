package org.casewise.learning.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.casewise.learning.briefing.BriefingOutline.Block;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The briefing as a Word document with POI XWPF, for trainers who adapt it before handing it out:
 * real Title / Heading 1 / Heading 2 styles (Word's navigation pane and outline work), bullets and
 * numbered questions as indented paragraphs, reference links as hyperlinks.
 */
@ApplicationScoped
public class DocxBriefingRenderer {

    private static final String FONT = "Arial";

    public byte[] render(List<Block> blocks, String title, String baseUri) {
        try (XWPFDocument doc = new XWPFDocument()) {
            addStyles(doc);
            int number = 0;
            for (Block b : blocks) {
                number = b.kind() == BriefingOutline.Kind.NUMBERED ? number + 1 : 0;
                XWPFParagraph p = doc.createParagraph();
                switch (b.kind()) {
                    case TITLE -> styled(p, "Title", b.text());
                    case SUBTITLE -> run(p, b.text(), 10).setItalic(true);
                    case HEADING -> styled(p, "Heading1", b.text());
                    case SUBHEADING -> styled(p, "Heading2", b.text());
                    case PARAGRAPH -> {
                        p.setSpacingAfter(120);
                        run(p, b.text(), 11);
                        if (b.link() != null) {
                            run(p, " ", 11);
                            String url = baseUri + b.link();
                            XWPFHyperlinkRun link = p.createHyperlinkRun(url);
                            link.setText(url);
                            link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                            link.setColor("1F4E79");
                            link.setFontFamily(FONT);
                        }
                    }
                    case QUOTE -> {
                        indented(p, 360);
                        run(p, b.text(), 11).setItalic(true);
                    }
                    case BULLET -> {
                        indented(p, 360);
                        run(p, "\u2022\t" + b.text(), 11);
                    }
                    case NUMBERED -> {
                        indented(p, 360);
                        run(p, number + ".\t" + b.text(), 11);
                    }
                }
            }
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("Casewise");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the briefing as DOCX", e);
        }
    }

    private static void styled(XWPFParagraph p, String style, String text) {
        p.setStyle(style);
        p.setSpacingBefore("Title".equals(style) ? 0 : 240);
        p.setSpacingAfter(120);
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setText(xmlSafe(text));
    }

    private static void indented(XWPFParagraph p, int twips) {
        p.setIndentationLeft(twips);
        p.setIndentationHanging(280);
        p.setSpacingAfter(60);
    }

    private static XWPFRun run(XWPFParagraph p, String text, int points) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(points);
        r.setText(xmlSafe(text));
        return r;
    }

    /** XML 1.0 forbids most control characters; report text occasionally carries them. */
    static String xmlSafe(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", " ");
    }

    /** Declares the styles used: a style id without a definition in styles.xml is ignored by Word. */
    private static void addStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        String[][] defs = {{"Title", "Title", "40", ""}, {"Heading1", "heading 1", "30", "0"},
            {"Heading2", "heading 2", "24", "1"}};
        for (String[] d : defs) {
            CTStyle ct = CTStyle.Factory.newInstance();
            ct.setStyleId(d[0]);
            ct.setType(STStyleType.PARAGRAPH);
            ct.addNewName().setVal(d[1]);
            ct.addNewNext().setVal("Normal");
            ct.addNewQFormat();
            CTPPrGeneral ppr = ct.addNewPPr();
            ppr.addNewKeepNext();
            if (!d[3].isEmpty()) {
                ppr.addNewOutlineLvl().setVal(new BigInteger(d[3]));
            }
            CTRPr rpr = ct.addNewRPr();
            rpr.addNewB();
            rpr.addNewSz().setVal(new BigInteger(d[2]));
            styles.addStyle(new XWPFStyle(ct, styles));
        }
    }
}
