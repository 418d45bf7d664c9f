package org.casewise.dataset.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.casewise.dataset.model.GroundTruth;

/**
 * A twelve-report corpus whose shape the tests rely on. Boards by report count: leeds 4 (3 public +
 * a restricted draft: LIST site, changes in epoch 2), birmingham, cornwall, kent 2 each (TABLE,
 * YEARS, FEED by id), norfolk and wolverhampton 1 each (norfolk wins the tie: REDIRECT; wolverhampton
 * gets no site). Newest year 2024, so 2015 and 2016 records lose their file link.
 */
final class TinyCorpus {

    static final String LEEDS_NEW = "01-leeds-child-a-lcspr";       // 2024, held back until epoch 2
    static final String LEEDS_CHANGED = "02-leeds-family-b-lcspr";  // 2021 pdf, revised in epoch 2
    static final String LEEDS_REMOVED = "03-leeds-child-c-scr";     // 2015 html, removed in epoch 2, no repository link
    static final String LEEDS_DRAFT = "04-leeds-child-d-draft";     // restricted
    static final String BIRMINGHAM_ESCAPED = "06-birmingham-child-f-scr"; // title with markup characters
    static final String CORNWALL_2023 = "07-cornwall-baby-g-lcspr";
    static final String CORNWALL_2019 = "08-cornwall-child-h-scr";
    static final String KENT_NEW = "09-kent-child-i-lcspr";
    static final String KENT_OLD = "10-kent-child-j-scr";           // 2016: linked by the feed's old URL form
    static final String NORFOLK_HOSTILE = "11-norfolk-child-k-scr";  // truncated pdf behind the redirect site
    static final String WOLVERHAMPTON = "12-wolverhampton-child-l-scr";
    static final String ESCAPED_TITLE = "Child \"F\" & <the> review";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TinyCorpus() {
    }

    static void write(Path dir) throws IOException {
        report(dir, LEEDS_NEW, "pdf", "Child A: LCSPR", "leeds", "Leeds Safeguarding Children Partnership", 2024, "lcspr", "public", null);
        report(dir, LEEDS_CHANGED, "pdf", "Family B: LCSPR", "leeds", "Leeds Safeguarding Children Partnership", 2021, "lcspr", "public", null);
        report(dir, LEEDS_REMOVED, "html", "Child C: Serious Case Review", "leeds", "Leeds Safeguarding Children Board", 2015, "scr", "public", null);
        report(dir, LEEDS_DRAFT, "docx", "Child D: draft LCSPR", "leeds", "Leeds Safeguarding Children Partnership", 2024, "lcspr", "restricted", null);
        report(dir, "05-birmingham-child-e-lcspr", "docx", "Child E: LCSPR", "birmingham", "Birmingham Safeguarding Children Partnership", 2023, "lcspr", "public", null);
        report(dir, BIRMINGHAM_ESCAPED, "html", ESCAPED_TITLE, "birmingham", "Birmingham Safeguarding Children Board", 2020, "scr", "public", null);
        report(dir, CORNWALL_2023, "pdf", "Baby G: LCSPR", "cornwall", "Cornwall and Isles of Scilly Safeguarding Children Partnership", 2023, "lcspr", "public", null);
        report(dir, CORNWALL_2019, "pdf", "Child H: SCR", "cornwall", "Cornwall and Isles of Scilly Safeguarding Children Partnership", 2019, "scr", "public", null);
        report(dir, KENT_NEW, "html", "Child I: LCSPR", "kent", "Kent Safeguarding Children Multi-Agency Partnership", 2022, "lcspr", "public", null);
        report(dir, KENT_OLD, "docx", "Child J: SCR", "kent", "Kent Safeguarding Children Board", 2016, "scr", "public", null);
        report(dir, NORFOLK_HOSTILE, "pdf", "Child K: SCR", "norfolk", "Norfolk Safeguarding Children Board", 2018, "scr", "public",
                new GroundTruth.Hostile("truncated-pdf", "fail"));
        report(dir, WOLVERHAMPTON, "pdf", "Child L: SCR", "wolverhampton", "Wolverhampton Safeguarding Children Board", 2017, "scr", "public", null);
    }

    /** {@code count} tiny HTML reports of one board, for pagination. */
    static void writeMany(Path dir, int count) throws IOException {
        for (int i = 1; i <= count; i++) {
            report(dir, String.format("r%03d-child-%d", i, i), "html", "Review " + i, "board-" + (i % 7),
                    "Board " + (i % 7), 2000 + i % 25, "scr", "public", null);
        }
    }

    static GroundTruth truth(String id, String format, String title, String boardId, String boardName, int year,
            String reviewType, String visibility, GroundTruth.Hostile hostile) {
        return new GroundTruth(id, id + "." + format, format, title, new GroundTruth.BoardRef(boardId, boardName), true,
                "england", "yorkshire-humber", reviewType, "imr-overview", "classic", year, year + "-06-01", year - 1,
                visibility, "death",
                List.of(new GroundTruth.Child("Child " + id.substring(0, 2), "seven months", "under-1", "female")),
                List.of("police", "health-visiting"),
                List.of(new GroundTruth.Theme("neglect", List.of("The home was cold.")),
                        new GroundTruth.Theme("domestic-abuse", List.of("Police attended an argument.")),
                        new GroundTruth.Theme("professional-curiosity", List.of("Explanations were accepted."))),
                List.of(), List.of(new GroundTruth.Recommendation("1", "The board should audit <pre-birth> assessments.", "board")),
                List.of(), hostile, 1);
    }

    private static void report(Path dir, String id, String format, String title, String boardId, String boardName,
            int year, String reviewType, String visibility, GroundTruth.Hostile hostile) throws IOException {
        GroundTruth truth = truth(id, format, title, boardId, boardName, year, reviewType, visibility, hostile);
        byte[] bytes = switch (format) {
            case "pdf" -> pdf(title);
            case "docx" -> docx(title);
            default -> ("<!DOCTYPE html><html><body><h1>" + Html.escape(title) + "</h1><p>Report text.</p></body></html>\n")
                    .getBytes(StandardCharsets.UTF_8);
        };
        if (hostile != null) {
            bytes = Arrays.copyOf(bytes, bytes.length / 2);
        }
        Files.write(dir.resolve(truth.file()), bytes);
        JSON.writeValue(dir.resolve(id + ".json").toFile(), truth);
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text.replaceAll("[^\\x20-\\x7e]", " "));
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }
}
