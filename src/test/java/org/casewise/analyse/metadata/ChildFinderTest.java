package org.casewise.analyse.metadata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChildFinderTest {

    private static final Pattern MALE = Pattern.compile("\\b(?:he|him|his|himself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEMALE = Pattern.compile("\\b(?:she|her|hers|herself)\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> PIECES = List.of("he", "He", "HIM", "his", "himself", "she", "Her", "hers", "HERSELF",
            "the", "she's", "he'd", "her_", "_his", "his2", "hisself", "them", "Héř", "ſhe", "Kim", "there", " ", " ", ", ",
            ". ", "-", "'", "é", "\u212Aim", "\n");

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The word-by-word pronoun count gives what the two patterns count, on text mixing every edge case. */
    @Test
    void pronounsCountAsThePatternsDo() {
        Random r = new Random(5);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                b.append(PIECES.get(r.nextInt(PIECES.size())));
            }
            String s = b.toString();
            assertArrayEquals(new int[] {count(MALE, s), count(FEMALE, s)}, ChildFinder.pronouns(s), s);
        }
    }
}
