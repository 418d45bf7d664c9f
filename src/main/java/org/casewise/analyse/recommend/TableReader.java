package org.casewise.analyse.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.casewise.analyse.Regexes;
import org.casewise.analyse.recommend.TextLines.Line;

/**
 * Recommendation tables flattened by text extraction, in the two shapes Tika produces: one row a
 * line with cells separated by '|' or tabs ('No. | Recommendation | Lead agency | Timescale'), or
 * one cell a line after a header of one column name a line. The recommendation column gives the
 * text, the number column the number, an agency column the addressee.
 */
final class TableReader {

    private static final Pattern COLUMN = Pattern.compile("(?i)^(?:no\\.?|number|#|ref(?:erence)?\\.?|rec(?:ommendation)?s?\\.?"
            + "(?: no\\.?| number| text)?|recommendations?|lead(?: agency| officer| organisation| partner)?|agenc(?:y|ies)"
            + "|responsible(?: agency| officer| person| organisation)?|owner|addressed to|organisation|partner|to|timescales?"
            + "|by when|target date|deadline|date|outcomes?(?: measures?| sought| expected)?|expected outcomes?|progress|status"
            + "|rag(?: rating)?|actions?(?: required| to be taken)?|evidence(?: of impact)?|success measures?|measures? of success"
            + "|learning(?: point)?|finding)$");
    private static final Pattern RECOMMENDATION = Pattern.compile("(?i)^(?:recommendations?|recommendation text|actions?(?: required)?)$");
    private static final Pattern NUMBER = Pattern.compile("(?i)^(?:no\\.?|number|#|ref(?:erence)?\\.?|rec(?:ommendation)?\\.? (?:no\\.?|number))$");
    private static final Pattern AGENCY = Pattern.compile("(?i)^(?:lead(?: agency| organisation| partner)?|agenc(?:y|ies)|responsible.*|owner"
            + "|addressed to|organisation|partner|to)$");
    private static final Pattern NUMBER_CELL = Pattern.compile("^(?:R\\s?)?\\d{1,2}(?:\\.\\d{1,2})?\\.?$");

    private boolean active;
    private boolean perLine;
    private int columns;
    private int numberColumn;
    private int textColumn;
    private int agencyColumn;
    private int headerLinesLeft;
    private final List<String> pending = new ArrayList<>();
    private int pendingStart;
    private String pendingNumber;

    /** A table's column name ('No.', 'Recommendation', 'Lead agency', 'Timescale'). */
    static boolean isColumnName(String line) {
        return COLUMN.matcher(line.strip()).matches();
    }

    boolean active() {
        return active;
    }

    /** Whether a table header starts at this line. */
    boolean startsAt(Line l, int index, TextLines lines) {
        String t = l.text();
        if (t.contains("|") || t.contains("\t")) {
            String[] cells = ItemParser.cells(t);
            return cells.length >= 2 && hasRecommendationColumn(List.of(cells));
        }
        return !header(index, lines).isEmpty();
    }

    void begin(Line l) {
        active = true;
        pending.clear();
        pendingNumber = null;
        String t = l.text();
        List<String> names;
        if (t.contains("|") || t.contains("\t")) {
            perLine = false;
            names = List.of(ItemParser.cells(t));
            headerLinesLeft = 0;
        } else {
            perLine = true;
            names = headerNames;
            headerLinesLeft = names.size() - 1;
        }
        columns = names.size();
        numberColumn = textColumn = agencyColumn = -1;
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).strip();
            if (numberColumn < 0 && NUMBER.matcher(n).matches()) {
                numberColumn = i;
            } else if (textColumn < 0 && RECOMMENDATION.matcher(n).matches()) {
                textColumn = i;
            } else if (agencyColumn < 0 && AGENCY.matcher(n).matches()) {
                agencyColumn = i;
            }
        }
    }

    private List<String> headerNames = List.of();

    /** Column names one a line (at least two, one of them the recommendation), or empty. */
    private List<String> header(int index, TextLines lines) {
        List<String> names = new ArrayList<>();
        for (int i = index; i < lines.size() && names.size() < 8; i++) {
            Line l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            if (!COLUMN.matcher(l.text()).matches()) {
                break;
            }
            names.add(l.text());
        }
        headerNames = names.size() >= 2 && hasRecommendationColumn(names) ? List.copyOf(names) : List.of();
        return headerNames;
    }

    private static boolean hasRecommendationColumn(List<String> cells) {
        return cells.stream().anyMatch(c -> RECOMMENDATION.matcher(c.strip()).matches());
    }

    /** Consumes a line of the table; false when the table has ended (the parser takes the line). */
    boolean accept(Line l, ItemParser parser) {
        String t = l.text();
        if (l.blank()) {
            return true;
        }
        if (headerLinesLeft > 0) {
            headerLinesLeft--;
            return true;
        }
        boolean shaped = Headings.headingShaped(t);
        if (shaped && (Headings.isStop(t) || Headings.blockKind(t) != null)) {
            end(parser);
            return false;
        }
        if (!perLine) {
            if (t.contains("|") || t.contains("\t")) {
                String[] cells = ItemParser.cells(t);
                parser.row(cell(cells, numberColumn, true), cell(cells, textColumn, false), cell(cells, agencyColumn, false), l.start());
            } else if (!l.noise()) {
                parser.appendToRow(t);
            }
            return true;
        }
        if (numberColumn >= 0 && NUMBER_CELL.matcher(t).matches()) {
            flush(parser);
            pendingNumber = Regexes.replaceAll(t, "\\.$", "");
            pendingStart = l.start();
            return true;
        }
        if (l.noise()) {
            return true;
        }
        if (pending.isEmpty() && pendingNumber == null) {
            pendingStart = l.start();
        }
        pending.add(t);
        if (numberColumn < 0 && pending.size() == columns) {
            flush(parser);
        }
        return true;
    }

    void end(ItemParser parser) {
        flush(parser);
        active = false;
    }

    private void flush(ItemParser parser) {
        if (pending.isEmpty()) {
            pendingNumber = null;
            return;
        }
        int expected = numberColumn >= 0 ? columns - 1 : columns;
        String text;
        String agency = null;
        if (pending.size() == expected && textColumn >= 0) {
            text = pending.get(shift(textColumn));
            agency = agencyColumn >= 0 ? pending.get(shift(agencyColumn)) : null;
        } else {
            // Wrapped cells: the longest is the recommendation, a short one naming an agency its addressee.
            text = pending.stream().reduce("", (a, b) -> b.length() > a.length() ? b : a);
            for (String c : pending) {
                if (c != text && Regexes.splitCount(c) <= 8 && Addressees.names(c)) {
                    agency = c;
                    break;
                }
            }
        }
        parser.row(pendingNumber, text, agency, pendingStart);
        pending.clear();
        pendingNumber = null;
    }

    private int shift(int column) {
        return numberColumn >= 0 && column > numberColumn ? column - 1 : column;
    }

    private static String cell(String[] cells, int column, boolean number) {
        if (column < 0 || column >= cells.length) {
            return null;
        }
        String c = cells[column].strip();
        return number ? Regexes.replaceAll(c, "\\.$", "") : c;
    }
}
