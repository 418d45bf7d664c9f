package org.casewise.analyse.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.Regexes;

/**
 * Finds the entries of contents pages. A contents page lists every heading of the report, so left
 * in place it would open (and immediately close) every section. Two cases: a 'Contents' heading
 * followed by heading-like lines (with or without page numbers, sometimes flattened to one number
 * per line), ending where the prose starts or where the first listed heading comes round again;
 * and, with no such heading, a run of lines ending in page numbers that do not go backwards.
 * The 'Contents' heading itself is kept so that the report can still be seen to have one.
 */
final class ContentsPages {

    static final Pattern HEADING = Pattern.compile("^\\s*(?:table of )?contents(?: page)?\\s*:?\\s*$|^\\s*index\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** 'Introduction ........ 3', '2.1 Terms of reference 4', 'Appendix A – Glossary\t21'. */
    private static final Pattern ENTRY = Pattern.compile("^\\s*(.{2,110}?\\p{L}.*?)(?:\\s*[.·…_]{2,}\\s*|\\s+|\\t+)(\\d{1,3})\\s*$");
    private static final Pattern DOT_LEADER = Pattern.compile("[.·…_]{4,}\\s*\\d{1,3}\\s*$");
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:(?:section|part|chapter|appendix|annex)\\s+\\w{1,5}\\s*[:.–—-]?|\\d{1,2}(?:\\.\\d{1,2})*\\.?|[A-Z]\\.)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_ENTRY = 110;

    private ContentsPages() {
    }

    /** Marks contents entries (not the 'Contents' heading) of the tidied lines in {@code remove}; furniture flags are honoured. */
    static void mark(List<String> lines, boolean[] furniture, boolean[] remove) {
        for (int i = 0; i < lines.size(); i++) {
            if (remove[i] || furniture[i]) {
                continue;
            }
            String t = lines.get(i);
            if (HEADING.matcher(t).matches()) {
                i = markAfterHeading(lines, furniture, remove, i);
            } else if (isEntryWithPage(t)) {
                i = markBareRun(lines, furniture, remove, i);
            }
        }
    }

    private static int markAfterHeading(List<String> lines, boolean[] furniture, boolean[] remove, int heading) {
        Set<String> titles = new HashSet<>();
        int lastEntry = heading;
        int lastWithoutPage = -1;
        int i = heading + 1;
        for (; i < lines.size(); i++) {
            String t = lines.get(i);
            if (t.isEmpty() || furniture[i]) {
                continue;
            }
            boolean withPage = isEntryWithPage(t);
            if (!withPage && !isHeadingLike(t)) {
                break;
            }
            String key = titleKey(t);
            if (!key.isEmpty() && !titles.add(key)) {
                // The first heading of the body repeats one the contents listed.
                lastWithoutPage = -1;
                break;
            }
            lastEntry = i;
            lastWithoutPage = withPage ? -1 : i;
        }
        if (i >= lines.size() || lastEntry == heading) {
            return heading;
        }
        // A heading-like line right before the prose is that prose's heading, not an entry.
        int end = lastWithoutPage == lastEntry ? lastEntry - 1 : lastEntry;
        for (int k = heading + 1; k <= end; k++) {
            remove[k] = true;
        }
        return end;
    }

    private static int markBareRun(List<String> lines, boolean[] furniture, boolean[] remove, int first) {
        int count = 0;
        int dotted = 0;
        int lastPage = -1;
        int last = first;
        for (int i = first; i < lines.size(); i++) {
            String t = lines.get(i);
            if (t.isEmpty() || furniture[i]) {
                continue;
            }
            Matcher m = ENTRY.matcher(t);
            if (!isEntryWithPage(t) || !m.matches()) {
                break;
            }
            int page = Integer.parseInt(m.group(2));
            if (page < lastPage) {
                break;
            }
            lastPage = page;
            count++;
            dotted += DOT_LEADER.matcher(t).find() ? 1 : 0;
            last = i;
        }
        if (count >= 3 || (count >= 2 && dotted >= 2)) {
            for (int k = first; k <= last; k++) {
                remove[k] = true;
            }
            return last;
        }
        return first;
    }

    static boolean isEntryWithPage(String t) {
        if (t.length() > MAX_ENTRY || !endsInPageNumber(t) || Lines.isBullet(t) || Lines.DATE_START.matcher(t).find()) {
            return false;
        }
        if (DOT_LEADER.matcher(t).find()) {
            return true;
        }
        Matcher m = ENTRY.matcher(t);
        if (!m.matches()) {
            return false;
        }
        String title = m.group(1).strip();
        return !Lines.endsSentence(title) && Lines.words(title) <= 14 && !title.endsWith(",")
                && Character.isUpperCase(firstLetter(NUMBERING.matcher(title).replaceFirst("")));
    }

    /**
     * The cheap necessary condition for {@link #ENTRY} and {@link #DOT_LEADER}: the line ends in one
     * to three digits (then maybe spaces) set off by a space, tab or leader. ENTRY's two lazy groups
     * backtrack through every split of a line that cannot match, which made it most of the cleaning
     * time; prose lines almost never end this way, so the regex now runs only on likely entries.
     */
    private static boolean endsInPageNumber(String t) {
        int end = t.length();
        while (end > 0 && Regexes.isSpace(t.charAt(end - 1))) {
            end--;
        }
        int digits = end;
        while (digits > 0 && t.charAt(digits - 1) >= '0' && t.charAt(digits - 1) <= '9') {
            digits--;
        }
        if (end - digits < 1 || end - digits > 3 || digits == 0) {
            return false;
        }
        char before = t.charAt(digits - 1);
        return Regexes.isSpace(before) || before == '.' || before == '·' || before == '…' || before == '_';
    }

    /** Short, no closing full stop, starting with a capital or a number: how entries and headings look. */
    static boolean isHeadingLike(String t) {
        if (t.length() > MAX_ENTRY || Lines.words(t) > 14 || Lines.isBullet(t)) {
            return false;
        }
        String s = t.strip();
        char last = s.charAt(s.length() - 1);
        if (last == '.' || last == ',' || last == ';') {
            return false;
        }
        return Character.isUpperCase(firstLetter(NUMBERING.matcher(s).replaceFirst("")));
    }

    static String titleKey(String t) {
        String s = NUMBERING.matcher(t).replaceFirst("");
        s = Regexes.replaceAll(Regexes.replaceAll(s, "[.·…_]{2,}\\s*\\d{1,3}\\s*$", ""), "\\s\\d{1,3}\\s*$", "");
        return Regexes.replaceAll(s.toLowerCase(Locale.ROOT), "[^\\p{L}]+", "");
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 'a';
    }
}
