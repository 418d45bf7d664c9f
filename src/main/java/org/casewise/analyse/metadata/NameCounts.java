package org.casewise.analyse.metadata;

import java.util.List;
import java.util.Map;
import org.casewise.analyse.Regexes;

/**
 * How often a text uses a name: as a word standing alone, after its label ('Child B'), or as a bare
 * letter ('L died', "L's mother"). Counted with indexOf and character tests rather than a regex per
 * candidate over the whole text, which was the costliest step of finding the children. Kept apart from
 * {@link ChildCandidates}, which finds the names and decides from these counts which are the review's
 * subjects.
 */
final class NameCounts {

    /** Uses of a bare letter as a name needed before the letter is taken for a child's pseudonym. */
    static final int BARE_LETTER_USES = 3;
    /** What may follow a letter used as a name: a possessive, or a verb or 'and' as in 'L was two', 'L and her sister'. */
    private static final List<String> AFTER_BARE_LETTER = List.of("'s ", "’s ", " was ", " is ", " had ", " has ", " died ",
            " lived ", " and ", " said ", " told ", " were ", " would ", " did ", " attended ", " became ", " went ",
            " moved ", " started ", " spent ", " returned ", " was,", " died.");
    /** Adults are called by a title and a letter ('Ms E said', "Mr S's violence"): not a child's name. */
    private static final List<String> TITLES = List.of("Mr ", "Mrs ", "Ms ", "Miss ", "Mx ", "Dr ", "Mr. ", "Mrs. ", "Ms. ",
            "Dr. ", "Adult ", "Mother ", "Father ", "Partner ");

    private NameCounts() {
    }

    /**
     * Letters a report uses as a child's name, with how often ('the child is referred to as L', then
     * 'L was born in March 2007', "L's father"), when at least {@link #BARE_LETTER_USES} times. 'A' and
     * 'I' are words, so never taken; other capitals standing alone ('Plan B') rarely start a clause this often.
     */
    static Map<String, Integer> bareLetters(String text) {
        Map<Character, Integer> uses = new java.util.HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'B' || c > 'Z' || c == 'I' || i + 1 >= text.length() || i > 0 && Regexes.isWordChar(text.charAt(i - 1))) {
                continue;
            }
            char next = text.charAt(i + 1);
            if (next != ' ' && next != '\'' && next != '’' || afterTitle(text, i)) {
                continue;
            }
            for (String after : AFTER_BARE_LETTER) {
                if (text.startsWith(after, i + 1)) {
                    uses.merge(c, 1, Integer::sum);
                    break;
                }
            }
        }
        Map<String, Integer> out = new java.util.TreeMap<>();
        uses.forEach((c, n) -> {
            if (n >= BARE_LETTER_USES) {
                out.put(String.valueOf(c), n);
            }
        });
        return out;
    }

    private static boolean afterTitle(String text, int at) {
        for (String t : TITLES) {
            if (at >= t.length() && text.startsWith(t, at - t.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * How often a word standing alone occurs ('\\bword\\b' for a word that starts and ends with a word
     * character): counted with indexOf, as a regex per candidate over the whole text was the costliest
     * step of finding the children.
     */
    static int countWord(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            if (boundaryBefore(text, i) && boundaryAfter(text, i + word.length())) {
                n++;
            }
        }
        return n;
    }

    /** How often '\\b(?i:label)\\s+code\\b' occurs (label ASCII letters and spaces, code a word). */
    static int countLabelled(String text, String label, String code) {
        int n = 0;
        for (int i = text.indexOf(code); i >= 0; i = text.indexOf(code, i + code.length())) {
            if (!boundaryAfter(text, i + code.length())) {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && Regexes.isSpace(text.charAt(j))) {
                j--;
            }
            int labelStart = j + 1 - label.length();
            if (j < i - 1 && labelStart >= 0 && asciiEqualsIgnoreCase(text, labelStart, label)
                    && boundaryBefore(text, labelStart)) {
                n++;
            }
        }
        return n;
    }

    private static boolean asciiEqualsIgnoreCase(String text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            char a = text.charAt(at + k);
            char b = word.charAt(k);
            if (a != b && lower(a) != lower(b)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean boundaryBefore(String text, int i) {
        return i == 0 || !Regexes.isWordChar(text.charAt(i - 1));
    }

    private static boolean boundaryAfter(String text, int end) {
        return end >= text.length() || !Regexes.isWordChar(text.charAt(end));
    }
}
