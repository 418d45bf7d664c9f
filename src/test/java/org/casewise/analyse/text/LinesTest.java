package org.casewise.analyse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The per-line checks answered without a regex must agree with the regexes they stand in front of. */
class LinesTest {

    private static final String[] PIECES = {" ", "\t", "•", "●", "*", "–", "-", "\uF0B7", "o", "O", "(", ")", "a", "i", "v",
        "x", "iv", "viii", "j", "z", "1", "12", "123", "Page", "page", " of ", "/", "A", "Review", ".", ":", "é", "·", "|", "P a g e",
        "L", "—"};

    @Test
    void bulletAndPageNumberAgreeWithThePatterns() {
        Random r = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1 + r.nextInt(6); n > 0; n--) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String line = sb.toString();
            assertEquals(Lines.BULLET.matcher(line).lookingAt(), Lines.isBullet(line), line);
            assertEquals(Lines.PAGE_NUMBER.matcher(line).matches(), Lines.isPageNumber(line), line);
        }
        assertTrue(Lines.isBullet("  • Health visitors"));
        assertTrue(Lines.isBullet("(iv) the GP"));
        assertTrue(Lines.isBullet("12) the GP"));
        assertFalse(Lines.isBullet("The GP (12) said"));
    }

    @Test
    void furnitureKeyFoldsDigitRuns() {
        Random r = new Random(9);
        Pattern digits = Pattern.compile("\\d+");
        for (int i = 0; i < 5_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1 + r.nextInt(6); n > 0; n--) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String line = sb.toString();
            String key = Lines.tidy(line).toLowerCase(java.util.Locale.ROOT);
            assertEquals(digits.matcher(key).replaceAll("#"), Lines.furnitureKey(line), line);
        }
        assertEquals("child b | page # of #", Lines.furnitureKey("Child B | Page 3 of 24"));
    }
}
