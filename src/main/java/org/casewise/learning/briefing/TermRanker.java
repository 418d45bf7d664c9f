package org.casewise.learning.briefing;

import java.util.List;
import java.util.Locale;

/**
 * Scores a text by how many of a theme's indicative terms ({@code Taxonomy.terms}) it contains, to put
 * the learning that speaks to the focus theme first. Same term syntax as themes.json: a final '*'
 * matches any ending of the last word; spaces, hyphens and apostrophes are word breaks.
 */
final class TermRanker {

    private final List<String> wholeWords;
    private final List<String> prefixes;

    TermRanker(List<String> terms) {
        this.wholeWords = terms.stream().filter(t -> !t.endsWith("*")).map(t -> " " + normalise(t) + " ").toList();
        this.prefixes = terms.stream().filter(t -> t.endsWith("*"))
                .map(t -> " " + normalise(t.substring(0, t.length() - 1))).filter(p -> p.length() > 1).toList();
    }

    /** The number of distinct terms the text contains; 0 for a ranker without terms. */
    int score(String text) {
        if (text == null || (wholeWords.isEmpty() && prefixes.isEmpty())) {
            return 0;
        }
        String padded = " " + normalise(text) + " ";
        int hits = 0;
        for (String w : wholeWords) {
            if (padded.contains(w)) {
                hits++;
            }
        }
        for (String p : prefixes) {
            if (padded.contains(p)) {
                hits++;
            }
        }
        return hits;
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
