package org.casewise.analyse.recommend;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.Regexes;

/**
 * The marker that opens a list item at the start of a line: 'Recommendation 1:', 'R1.', '1.',
 * '1)', '(1)', '4.2', 'a)', '(a)', '(iv)', or a bullet. Items of one list share a marker type;
 * a marker of another type inside an item is a sub-item and stays part of that item's text.
 */
final class Markers {

    enum Type { LABELLED, R_NUMBER, DECIMAL, NUMBER, PAREN_NUMBER, LETTER, ROMAN, BULLET }

    /**
     * @param word  for a labelled item, the kind it names (recommendation, learning, finding)
     * @param label an addressee in brackets after the number ('Recommendation 3 (Police):')
     * @param rest  the line after the marker
     */
    record Marker(Type type, String number, String word, String label, String rest) {
        boolean sameListAs(Type other) {
            return type == other;
        }
    }

    private static final Pattern R_NUMBER = Pattern.compile("^R\\s?(\\d{1,2})\\s*[.:)\\-–—]?\\s+(?=\\S)");
    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?)\\.?\\s+(?=\\S)");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})\\s*[.)]\\s*(?=\\S)(?!\\d)|^(\\d{1,2})\\s+(?=[A-Z])");
    private static final Pattern PAREN_NUMBER = Pattern.compile("^\\((\\d{1,2})\\)\\s*(?=\\S)");
    private static final Pattern ROMAN = Pattern.compile("^\\(?((?:ii|iii|iv|vi|vii|viii|ix|xi|xii))[.)]\\s+(?=\\S)");
    private static final Pattern LETTER = Pattern.compile("^\\(([a-z])\\)\\s*(?=\\S)|^([a-z])[).]\\s+(?=\\S)");
    private static final Pattern BULLET = Pattern.compile("^(?:[•▪●◦■·➢►✓\\-*–—]|o(?=\\s+[A-Z]))\\s*(?=\\S)");

    private Markers() {
    }

    static Marker of(String line) {
        char first = line.isEmpty() ? ' ' : line.charAt(0);
        if (first >= 'A' && first <= 'Z' && "FKLR".indexOf(first) < 0) {
            // most lines are prose starting with a capital: only the labelled forms ('Finding', 'Key
            // learning point', 'Learning', 'Recommendation', 'R1') start with one, so no pattern need run
            return null;
        }
        Matcher m = Headings.LABELLED_ITEM.matcher(line);
        if (m.lookingAt()) {
            String word = m.group("word").toLowerCase();
            String kind = word.startsWith("finding") ? LearningPoint.FINDING
                    : word.startsWith("rec") ? LearningPoint.RECOMMENDATION : LearningPoint.LEARNING;
            return new Marker(Type.LABELLED, m.group("num"), kind, m.group("label"), line.substring(m.end()).strip());
        }
        if ((m = R_NUMBER.matcher(line)).lookingAt()) {
            return new Marker(Type.R_NUMBER, "R" + m.group(1), null, null, line.substring(m.end()));
        }
        if ((m = DECIMAL.matcher(line)).lookingAt()) {
            return new Marker(Type.DECIMAL, m.group(1), null, null, line.substring(m.end()));
        }
        if ((m = NUMBER.matcher(line)).lookingAt()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            return new Marker(Type.NUMBER, n, null, null, line.substring(m.end()));
        }
        if ((m = PAREN_NUMBER.matcher(line)).lookingAt()) {
            return new Marker(Type.PAREN_NUMBER, m.group(1), null, null, line.substring(m.end()));
        }
        if ((m = ROMAN.matcher(line)).lookingAt()) {
            return new Marker(Type.ROMAN, m.group(1), null, null, line.substring(m.end()));
        }
        if ((m = LETTER.matcher(line)).lookingAt()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            return new Marker(Type.LETTER, n, null, null, line.substring(m.end()));
        }
        if ((m = BULLET.matcher(line)).lookingAt()) {
            return new Marker(Type.BULLET, null, null, null, line.substring(m.end()));
        }
        return null;
    }

    /** The number that follows {@code n} in the same list ('3' after '2', '4.3' after '4.2', 'c' after 'b'). */
    static boolean follows(String previous, String next) {
        if (previous == null || next == null) {
            return true;
        }
        String p = Regexes.replaceFirst(previous, "^R", "");
        String q = Regexes.replaceFirst(next, "^R", "");
        int dot = p.lastIndexOf('.');
        if (dot > 0 && q.lastIndexOf('.') > 0) {
            String head = p.substring(0, dot);
            try {
                return q.equals(head + "." + (Integer.parseInt(p.substring(dot + 1)) + 1))
                        || q.equals((Integer.parseInt(Regexes.replaceAll(head, "\\..*", "")) + 1) + ".1");
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (Regexes.matches(p, "\\d+") && Regexes.matches(q, "\\d+")) {
            return Integer.parseInt(q) == Integer.parseInt(p) + 1;
        }
        if (p.length() == 1 && q.length() == 1) {
            return q.charAt(0) == p.charAt(0) + 1;
        }
        return true;
    }
}
