package org.casewise.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written replacements must give exactly what the regexes they replace give. */
class RegexesTest {

    private static final String ALPHABET = "ab Z9_ \t\n\r\u000B\f.,-'\u00a0\u2028é\uD83D\uDE00";

    @Test
    void handWrittenStandInsMatchTheRegexes() {
        Random r = new Random(3);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(30); n > 0; n--) {
                sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            String s = sb.toString();
            assertEquals(s.replaceAll("\\s+", " "), Regexes.collapseSpaces(s), s);
            assertEquals(s.replaceAll("\\W+", " "), Regexes.collapseNonWord(s), s);
            assertEquals(s.split("\\s+").length, Regexes.splitCount(s), s);
        }
        assertEquals("a b", Regexes.collapseSpaces("a \t\n b"));
        assertEquals(0, Regexes.splitCount("  "));
        assertEquals(2, Regexes.splitCount(" a "));
        assertEquals(1, Regexes.splitCount(""));
        assertTrue(Regexes.containsIgnoreCase("Serious Case Review  PAGE 4", "page"));
        assertFalse(Regexes.containsIgnoreCase("Serious Case Review  PAG", "page"));
        assertTrue(Regexes.consistsOf(" 12 of 24 ", "-/of"));
        assertTrue(Regexes.consistsOf("- 3 -", "-/of"));
        assertFalse(Regexes.consistsOf("12 of 24 pages", "-/of"));
        assertFalse(Regexes.consistsOf("12\u2003of", "-/of"), "only what \\s matches counts as space");
        assertEquals("child a s mother ", Regexes.collapseNonWord("child a's mother."));
    }

    /** The first-character shortcut must not change what regionMatches ignoring case finds ('ſ' is 's', 'K' is 'k'). */
    @Test
    void containsIgnoreCaseAsRegionMatches() {
        String alphabet = "pPaAgGeEhHsSkK ſ\u212A\u0131iI@`{[-1";
        List<String> words = List.of("page", "he", "boy", "ski", "is", "-1", "@a", "k");
        Random r = new Random(4);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(12); n > 0; n--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            for (String w : words) {
                boolean expected = false;
                for (int k = 0; k + w.length() <= s.length(); k++) {
                    expected |= s.regionMatches(true, k, w, 0, w.length());
                }
                assertEquals(expected, Regexes.containsIgnoreCase(s, w), s + " / " + w);
            }
        }
    }
}
