package org.casewise.dataset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Renders a {@link SampleSource} as a Word document the way boards' drafts and reports usually are:
 * real "heading 1/2" paragraph styles (so extractors can find sections), bullets and numbered
 * recommendations as plain text, the running header and a footer with a PAGE field.
 */
final class DocxSampleRenderer {

    private static final String FONT = "Arial";
    private static final Pattern PAGE_TOKEN = Pattern.compile("\\{pages?\\}");

    void render(SampleSource source, Path out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            addHeadingStyles(doc);
            addHeaderAndFooter(doc, source);
            boolean pageBreakPending = false;
            for (SampleSource.Block block : source.blocks()) {
                if (block.kind() == SampleSource.Kind.PAGE_BREAK) {
                    pageBreakPending = true;
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                if (pageBreakPending) {
                    p.setPageBreak(true);
                    pageBreakPending = false;
                }
                renderBlock(p, block);
            }
            setProperties(doc, source);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            Files.write(out, withFixedEntryTimes(bytes.toByteArray(), source.creationDate().toLocalDateTime()));
        }
    }

    /**
     * POI stamps every zip entry with the current time; rewriting the package with the source's date
     * (same entries, same order, same content) makes re-renders byte-identical.
     */
    private static byte[] withFixedEntryTimes(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zos = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                zos.putNextEntry(copy);
                in.transferTo(zos);
                zos.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private void renderBlock(XWPFParagraph p, SampleSource.Block block) {
        switch (block.kind()) {
            case HEADING1 -> heading(p, "Heading1", block.text(), 32);
            case HEADING2 -> heading(p, "Heading2", block.text(), 26);
            case PARAGRAPH -> {
                p.setSpacingAfter(160);
                List<String> lines = block.lines();
                for (int i = 0; i < lines.size(); i++) {
                    XWPFRun run = run(p, lines.get(i), 22);
                    if (i < lines.size() - 1) {
                        run.addBreak();
                    }
                }
            }
            case BULLET -> listItem(p, "\u2022\t" + block.text());
            case NUMBERED -> listItem(p, block.number() + ".\t" + block.text());
            case PAGE_BREAK -> throw new IllegalStateException("handled by caller");
        }
    }

    private void heading(XWPFParagraph p, String style, String text, int halfPoints) {
        p.setStyle(style);
        p.setSpacingBefore(240);
        p.setSpacingAfter(120);
        XWPFRun run = run(p, text, halfPoints);
        run.setBold(true);
    }

    private void listItem(XWPFParagraph p, String text) {
        p.setIndentationLeft(567);
        p.setIndentationHanging(283);
        p.setSpacingAfter(80);
        run(p, text, 22);
    }

    private static XWPFRun run(XWPFParagraph p, String text, int halfPoints) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(halfPoints / 2.0);
        run.setText(text);
        return run;
    }

    /** Declares "heading 1" and "heading 2" in styles.xml; a style id with no definition is ignored by Word. */
    private static void addHeadingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        for (int level = 1; level <= 2; level++) {
            CTStyle ct = CTStyle.Factory.newInstance();
            ct.setStyleId("Heading" + level);
            ct.setType(STStyleType.PARAGRAPH);
            ct.addNewName().setVal("heading " + level);
            ct.addNewNext().setVal("Normal");
            ct.addNewUiPriority().setVal(BigInteger.valueOf(9));
            ct.addNewQFormat();
            CTPPrGeneral ppr = ct.addNewPPr();
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            CTRPr rpr = ct.addNewRPr();
            rpr.addNewB();
            rpr.addNewSz().setVal(BigInteger.valueOf(level == 1 ? 32 : 26));
            styles.addStyle(new XWPFStyle(ct, styles));
        }
    }

    private static void addHeaderAndFooter(XWPFDocument doc, SampleSource source) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFRun h = header.createParagraph().createRun();
        h.setFontFamily(FONT);
        h.setFontSize(8);
        h.setItalic(true);
        h.setText(source.get("header").replace("{page}", "").replace("{pages}", "").strip());

        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = footer.createParagraph();
        // {page} and {pages} become PAGE and NUMPAGES fields with cached result "1": Word updates them,
        // text extractors read the cached value.
        Matcher m = PAGE_TOKEN.matcher(source.get("footer"));
        int from = 0;
        while (m.find()) {
            footerRun(fp, source.get("footer").substring(from, m.start()));
            CTSimpleField field = fp.getCTP().addNewFldSimple();
            field.setInstr(m.group().equals("{page}") ? " PAGE " : " NUMPAGES ");
            field.addNewR().addNewT().setStringValue("1");
            from = m.end();
        }
        footerRun(fp, source.get("footer").substring(from));
    }

    private static void footerRun(XWPFParagraph p, String text) {
        if (!text.isEmpty()) {
            XWPFRun r = p.createRun();
            r.setFontFamily(FONT);
            r.setFontSize(8);
            r.setText(text);
        }
    }

    private static void setProperties(XWPFDocument doc, SampleSource source) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        Date created = Date.from(source.creationDate().toInstant());
        core.setTitle(source.title());
        core.setCreator(source.author());
        core.setLastModifiedByUser(source.author());
        String subject = source.get("subject");
        core.setSubjectProperty(subject.isEmpty() ? source.title() : subject);
        core.setCreated(Optional.of(created));
        core.setModified(Optional.of(created));
        doc.getProperties().getExtendedProperties().setApplication("Casewise sample corpus renderer");
    }
}
