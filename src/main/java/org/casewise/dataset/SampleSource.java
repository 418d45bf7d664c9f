package org.casewise.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One source of the bundled sample corpus ({@code datasets/sample-src/NN-slug.txt}): a header block of
 * {@code key: value} lines, a blank line, then a body in a tiny markup ({@code # Heading},
 * {@code ## Subheading}, {@code - bullet}, {@code 1. numbered item}, blank line between paragraphs,
 * {@code ===PAGE===} for a page break). Consecutive plain lines form one paragraph whose line breaks
 * are kept, so cover sheets ({@code Title: ...}, {@code LSCB: ...}) stay one field per line.
 */
public record SampleSource(String baseName, Map<String, String> header, List<Block> blocks) {

    public static final Set<String> FORMATS = Set.of("pdf", "docx", "html");
    public static final Set<String> VISIBILITIES = Set.of("public", "restricted");
    /** PRIMER §5 reviewType vocabulary. */
    public static final Set<String> REVIEW_TYPES = Set.of("scr", "lcspr", "national-review", "rapid-review",
            "child-practice-review", "significant-case-review", "learning-review", "case-management-review",
            "sar", "dhr", "learning-brief", "executive-summary");
    private static final List<String> REQUIRED = List.of("format", "title", "board", "year", "reviewType",
            "visibility", "header", "footer");
    private static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z][A-Za-z0-9]*):\\s?(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s+(.+)$");
    private static final Pattern FILE_NAME = Pattern.compile("^\\d{2}-[a-z0-9-]+$");
    public static final String PAGE_BREAK = "===PAGE===";

    public enum Kind { HEADING1, HEADING2, PARAGRAPH, BULLET, NUMBERED, PAGE_BREAK }

    /** A block of the body. {@code lines} holds one entry except for paragraphs; {@code number} only for NUMBERED. */
    public record Block(Kind kind, List<String> lines, int number) {
        public String text() {
            return String.join(" ", lines);
        }
    }

    public static SampleSource read(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!name.endsWith(".txt")) {
            throw new IllegalArgumentException("not a .txt source: " + file);
        }
        String base = name.substring(0, name.length() - 4);
        if (!FILE_NAME.matcher(base).matches()) {
            throw new IllegalArgumentException("source name must be NN-slug.txt: " + file);
        }
        String content = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        return parse(base, content);
    }

    /** Parses and checks a hand-written sample source against the sample corpus's rules. */
    public static SampleSource parse(String baseName, String content) {
        SampleSource source = markup(baseName, content);
        source.validate();
        return source;
    }

    /** Parses generated markup, whose header is produced by code and needs none of the sample's checks. */
    public static SampleSource markup(String baseName, String content) {
        List<String> lines = List.of(content.split("\n", -1));
        Map<String, String> header = new LinkedHashMap<>();
        int i = 0;
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            Matcher m = HEADER_LINE.matcher(lines.get(i));
            if (!m.matches()) {
                throw new IllegalArgumentException(baseName + ": bad header line " + (i + 1) + ": " + lines.get(i));
            }
            header.put(m.group(1), m.group(2).strip());
        }
        return new SampleSource(baseName, header, parseBody(lines.subList(i, lines.size())));
    }

    private static List<Block> parseBody(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            Matcher numbered = NUMBERED.matcher(line);
            Block block = null;
            if (line.isEmpty()) {
                flush(paragraph, blocks);
                continue;
            } else if (line.equals(PAGE_BREAK)) {
                block = new Block(Kind.PAGE_BREAK, List.of(), 0);
            } else if (line.startsWith("## ")) {
                block = new Block(Kind.HEADING2, List.of(line.substring(3).strip()), 0);
            } else if (line.startsWith("# ")) {
                block = new Block(Kind.HEADING1, List.of(line.substring(2).strip()), 0);
            } else if (line.startsWith("- ")) {
                block = new Block(Kind.BULLET, List.of(line.substring(2).strip()), 0);
            } else if (numbered.matches()) {
                block = new Block(Kind.NUMBERED, List.of(numbered.group(2).strip()), Integer.parseInt(numbered.group(1)));
            }
            if (block == null) {
                paragraph.add(line);
            } else {
                flush(paragraph, blocks);
                blocks.add(block);
            }
        }
        flush(paragraph, blocks);
        return List.copyOf(blocks);
    }

    private static void flush(List<String> paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(Kind.PARAGRAPH, List.copyOf(paragraph), 0));
            paragraph.clear();
        }
    }

    /** Fails loudly on a header or body that would produce a misleading ground truth. */
    void validate() {
        for (String key : REQUIRED) {
            if (!header.containsKey(key)) {
                throw new IllegalArgumentException(baseName + ": missing header key '" + key + "'");
            }
        }
        check(FORMATS.contains(format()), "format must be pdf|docx|html");
        check(VISIBILITIES.contains(get("visibility")), "visibility must be public|restricted");
        check(REVIEW_TYPES.contains(get("reviewType")), "unknown reviewType " + get("reviewType"));
        check(year() >= 2008 && year() <= 2024, "year out of 2008-2024");
        String allText = plainText() + "\n" + get("header") + "\n" + get("footer") + "\n" + get("title")
                + "\n" + get("author") + "\n" + get("subject");
        if (board().isEmpty()) {
            // The trap report: its text must never name its board, so only provenance can supply it.
            String truth = get("boardTruth");
            check(!truth.isEmpty(), "board is empty but boardTruth is missing");
            String place = truth.split(" (Local )?Safeguarding| Child Protection| Regional")[0];
            check(!allText.toLowerCase(Locale.ROOT).contains(place.toLowerCase(Locale.ROOT)),
                    "board is meant to be unnamed but the text names '" + place + "'");
        } else {
            check(plainText().contains(board()), "the board name must appear in the text: " + board());
        }
    }

    private void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(baseName + ": " + message);
        }
    }

    public String get(String key) {
        return header.getOrDefault(key, "");
    }

    public String format() {
        return get("format");
    }

    public String title() {
        return get("title");
    }

    /** The board name printed in the report; empty for the report that never names its board. */
    public String board() {
        return get("board");
    }

    public int year() {
        return Integer.parseInt(get("year"));
    }

    /** Optional {@code author} header key; falls back to the board name (or nothing). */
    public String author() {
        String author = get("author");
        return author.isEmpty() ? board() : author;
    }

    /** Header or footer text for one page: {@code {page}} and {@code {pages}} are substituted. */
    public String pageText(String key, int page, int pages) {
        return get(key).replace("{page}", Integer.toString(page)).replace("{pages}", Integer.toString(pages));
    }

    /** Fixed creation date (1 June of the source year, noon UTC) so renders are reproducible. */
    public ZonedDateTime creationDate() {
        return LocalDate.of(year(), 6, 1).atTime(12, 0).atZone(ZoneOffset.UTC);
    }

    /** The body as plain text, one block per line (used for validation and word counts). */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            sb.append(String.join("\n", b.lines())).append('\n');
        }
        return sb.toString();
    }

    public int wordCount() {
        String text = plainText().strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }
}
