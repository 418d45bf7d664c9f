package org.casewise.analyse.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.Regexes;
import org.casewise.analyse.recommend.Markers.Marker;
import org.casewise.analyse.recommend.Markers.Type;
import org.casewise.analyse.recommend.TextLines.Line;

/**
 * Cuts one block (the lines under a 'Recommendations' or 'Learning' heading, or from a
 * 'Finding 1:' line on) into items. The first marker decides the list's type; lines without a
 * marker continue the current item while the sentence is unfinished or the layout says so (PDF
 * lines wrap and pages break inside items); a block without markers is a list of paragraphs.
 * Not thread-safe: one instance per block.
 */
final class ItemParser {

    /** An item before its addressee is resolved. */
    record Item(String kind, String number, String label, String text, int start, String defaultAddressee) {
    }

    private static final Pattern TERMINAL = Pattern.compile(".*[.!?:;][\"'”’)]*(?:\\s*[(\\[][^()\\[\\]]{1,80}[)\\]])?\\.?$");
    private static final Pattern LABEL_LINE = Pattern.compile(
            "(?i)^(?:lead agency|agency|agencies|lead|responsible(?: agency| officer)?|owner|addressed to|to)\\s*[:\\-–—]\\s*(.{2,80}?)\\.?$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("\\s*\\|\\s*|\\t+");

    private final TextLines lines;
    private final String blockKind;
    private final List<Item> items = new ArrayList<>();
    private final TableReader table = new TableReader();

    private Type listType;
    private String lastNumber;
    private Builder current;
    private String defaultAddressee;
    private boolean wrapped;

    ItemParser(TextLines lines, String blockKind, String defaultAddressee) {
        this.lines = lines;
        this.blockKind = blockKind;
        this.defaultAddressee = defaultAddressee;
    }

    /** Parses lines [from, to); stops early at a heading that starts another part. Returns the items. */
    List<Item> parse(int from, int to) {
        wrapped = isWrapped(from, to);
        boolean sawBlank = false;
        for (int i = from; i < to; i++) {
            Line l = lines.get(i);
            if (table.active() && table.accept(l, this)) {
                continue;
            }
            if (l.noise()) {
                continue;
            }
            if (l.blank()) {
                sawBlank = true;
                continue;
            }
            if (!step(l, sawBlank, i)) {
                break;
            }
            sawBlank = false;
        }
        if (table.active()) {
            table.end(this);
        }
        finish();
        return items;
    }

    /** Handles one content line; false when the block ends here. */
    private boolean step(Line l, boolean sawBlank, int index) {
        String t = l.text();
        boolean shaped = Headings.headingShaped(t);
        if (shaped && Headings.isStop(t)) {
            return false;
        }
        String kind = Headings.blockKind(t);
        if (kind != null && shaped) {
            if (!kind.equals(blockKind) || !items.isEmpty() && !kind.equals(LearningPoint.RECOMMENDATION)) {
                return false;
            }
            // 'Recommendations for Children's Social Care' inside the recommendations: a group heading.
            finish();
            defaultAddressee = Addressees.of(Headings.words(t)).orElse(defaultAddressee);
            return true;
        }
        Marker m = Markers.of(t);
        if ((!items.isEmpty() || current != null) && (m == null || !groupHeading(l, m))) {
            Integer heading = Headings.numberedHeading(t);
            if (heading != null && !(listType == Type.NUMBER && Markers.follows(lastNumber, heading.toString()))
                    && (listType != Type.LABELLED || !Regexes.matches(t, "(?i)^(finding|learning|lesson|recommendation).*"))) {
                return false;
            }
        }
        if (table.startsAt(l, index, lines)) {
            finish();
            table.begin(l);
            return true;
        }
        if (m != null && m.type() == Type.LABELLED && listType != null && listType != Type.LABELLED && current != null) {
            m = null; // 'Recommendation 2 ...' quoted inside a numbered list is text
        }
        if (m != null) {
            return marked(l, m, shaped);
        }
        plain(l, sawBlank, shaped);
        return true;
    }

    private boolean marked(Line l, Marker m, boolean shaped) {
        if (listType == null && current == null && Meta.isIntro(m.rest())) {
            return true;
        }
        if (listType == null && current != null && current.paragraph
                && (current.subItems || current.lastLine.endsWith(":") && !Meta.isIntro(current.text()))) {
            current.add(l.text()); // 'The Board should ensure that:' and its bullets are one recommendation
            current.subItems = true;
            return true;
        }
        if (listType == null || listType == Type.BULLET && current == null && items.isEmpty() && m.type() != Type.BULLET) {
            listType = m.type();
        }
        if (groupHeading(l, m)) {
            // '1. Neglect' over '1.1 ...', '1.2 ...': a numbered theme heading, not an item
            finish();
            listType = null;
            lastNumber = null;
            defaultAddressee = Addressees.of(m.rest()).orElse(defaultAddressee);
            return true;
        }
        if (m.type() == listType) {
            boolean inSequence = Markers.follows(lastNumber, m.number()) || "1".equals(m.number()) || "a".equals(m.number());
            if (!inSequence && shaped && m.rest().length() < 50 && listType != Type.LABELLED && listType != Type.BULLET) {
                return false; // '9. Conclusion' after item 5
            }
            finish();
            String kind = m.word() != null ? m.word() : blockKind;
            current = new Builder(kind, m.number(), m.label(), l.start(), defaultAddressee);
            current.type = m.type();
            current.add(m.rest());
            lastNumber = m.number();
            return true;
        }
        if (current != null) {
            current.add(l.text());
        }
        return true;
    }

    private boolean groupHeading(Line l, Marker m) {
        if (m.type() != Type.NUMBER || !Headings.headingShaped(m.rest()) || m.rest().length() > 60
                || Meta.isItem(LearningPoint.RECOMMENDATION, m.rest())) {
            return false;
        }
        Line next = lines.nextContent(l.index());
        Marker n = next == null ? null : Markers.of(next.text());
        return n != null && n.type() == Type.DECIMAL && n.number().startsWith(m.number() + ".");
    }

    private void plain(Line l, boolean sawBlank, boolean shaped) {
        String t = l.text();
        if (current != null && continues(t, sawBlank, shaped)) {
            current.add(t);
            return;
        }
        if (shaped && t.length() <= 60 && !TERMINAL.matcher(t).matches()) {
            finish();
            // A group heading inside the list ('Police', 'Children's Social Care'): it names the addressee.
            if (Addressees.names(t) && t.split("\\s+").length <= 6) {
                defaultAddressee = Addressees.of(t).orElse(defaultAddressee);
            }
            return;
        }
        finish();
        if (listType == null) {
            // No markers (yet): each paragraph is an item.
            current = new Builder(blockKind, null, null, l.start(), defaultAddressee);
            current.paragraph = true;
            current.add(t);
        }
    }

    /** Whether an unmarked line continues the current item rather than starting a paragraph of its own. */
    private boolean continues(String t, boolean sawBlank, boolean shaped) {
        if (Character.isLowerCase(t.charAt(0))) {
            return true;
        }
        if (current.labelled()) {
            // A finding or learning point runs on over paragraphs and its 'Questions for the Board',
            // up to a heading of its own.
            return !(sawBlank && shaped && current.bodyStarted && !Regexes.matches(t, "(?i)^questions? (?:for|to) .*"));
        }
        boolean finished = TERMINAL.matcher(current.lastLine).matches();
        if (!finished) {
            return true;
        }
        return !sawBlank && wrapped && !current.paragraph && !shaped;
    }

    /** PDF text wraps at about a hundred characters; DOCX and HTML text has one paragraph a line. */
    private boolean isWrapped(int from, int to) {
        int longest = 0;
        for (int i = from; i < to && i < from + 200; i++) {
            longest = Math.max(longest, lines.get(i).text().length());
        }
        return longest <= 130;
    }

    /** Adds a finished table row as an item. */
    void row(String number, String text, String agency, int start) {
        finish();
        if (text != null && !text.isBlank()) {
            current = new Builder(blockKind, number, agency, start, defaultAddressee);
            current.add(text);
        }
    }

    void appendToRow(String text) {
        if (current != null) {
            current.add(text);
        }
    }

    private void finish() {
        if (current != null) {
            String text = current.text();
            if (!text.isEmpty() && !Meta.isIntro(text) && !Meta.onlyTalksAbout(current.kind, text)
                    && (!current.paragraph || Meta.isItem(current.kind, text))) {
                items.add(new Item(current.kind, current.number, current.label, text, current.start, current.defaultAddressee));
            }
            current = null;
        }
    }

    static String[] cells(String line) {
        return TABLE_SEPARATOR.split(Regexes.replaceAll(line.strip(), "^\\||\\|$", ""));
    }

    /** Collects the lines of one item. */
    private static final class Builder {
        final String kind;
        final String number;
        String label;
        final int start;
        final String defaultAddressee;
        final StringBuilder text = new StringBuilder();
        String lastLine = "";
        boolean bodyStarted;
        boolean paragraph;
        boolean subItems;

        Builder(String kind, String number, String label, int start, String defaultAddressee) {
            this.kind = kind;
            this.number = number;
            this.label = label;
            this.start = start;
            this.defaultAddressee = defaultAddressee;
        }

        Type type;

        /** 'Finding 1: title' or 'Learning point 2: title' followed by paragraphs of its own. */
        boolean labelled() {
            return type == Type.LABELLED && !kind.equals(LearningPoint.RECOMMENDATION);
        }

        void add(String line) {
            String s = line.strip();
            if (s.isEmpty()) {
                return;
            }
            Matcher l = LABEL_LINE.matcher(s);
            if (label == null && l.matches() && Addressees.names(l.group(1))) {
                label = l.group(1); // 'Agency: Police' on a line of its own labels the item
                return;
            }
            if (text.length() > 0) {
                char last = text.charAt(text.length() - 1);
                boolean hyphen = last == '-' && Character.isLowerCase(s.charAt(0)) && text.length() > 1
                        && Character.isLetter(text.charAt(text.length() - 2));
                boolean upper = Character.isUpperCase(s.charAt(0));
                if (hyphen) {
                    // 'multi-' + 'agency': keep the hyphen, no space
                } else if (!bodyStarted && upper && labelled() && !TERMINAL.matcher(lastLine).matches()) {
                    text.append(". "); // 'Finding 1: <title>' then its paragraph: keep the title a sentence of its own
                } else {
                    text.append(' ');
                }
                bodyStarted |= upper;
            }
            text.append(s);
            lastLine = s;
        }

        String text() {
            return Regexes.collapseSpaces(text.toString()).strip();
        }
    }
}
