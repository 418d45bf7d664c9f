package org.casewise.analyse.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds running page headers and footers and page numbers in extracted text. PDF extraction
 * keeps them inline, so 'OFFICIAL SENSITIVE' or 'Child B | Final report' lands between the halves
 * of a sentence and, worse, looks like a heading. A line is furniture when it is a page number, or
 * when its shape (digits folded) repeats and something says it belongs to the page rather than
 * the prose: a varying counter, a page number beside it, a marking word, or, for a bare repeated
 * name such as 'Hertfordshire SCP', frequency plus an organisation word.
 */
final class PageFurniture {

    /** The cover names the title and board; a header repeating them must keep its first showing there. */
    static final int COVER_CHARS = 1500;
    private static final int MAX_LEN = 140;
    private static final Pattern MARKING = Pattern.compile(
            "official|confidential|sensitive|restricted|protect(ed)?\\b|not for (publication|circulation)|draft|final (version|report|draft)"
                    + "|version\\s*\\d|\\bv\\d|©|copyright|all rights reserved|www\\.|https?:|@|\\bfinal\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_WORD = Pattern.compile("(?:^|[\\s|–—-])page\\s*\\d{1,3}\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORGANISATION = Pattern.compile(
            "safeguarding|partnership|board|\\blscb\\b|\\blscp\\b|\\bscp\\b|\\bcpc\\b|committee|council|review|report|\\b[A-Z]{3,6}\\b");

    private PageFurniture() {
    }

    /**
     * Marks the furniture lines.
     *
     * @param lines      the raw lines
     * @param lineStarts offset of each line in the raw text, to tell which lines sit on the cover
     * @return one flag per line, true for furniture
     */
    static boolean[] find(List<String> lines, int[] lineStarts) {
        int n = lines.size();
        boolean[] furniture = new boolean[n];
        boolean[] pageNumber = new boolean[n];
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String t = Lines.tidy(lines.get(i));
            if (t.isEmpty()) {
                continue;
            }
            if (Lines.isPageNumber(t)) {
                pageNumber[i] = true;
                furniture[i] = true;
            } else if (t.length() <= MAX_LEN && !Lines.isBullet(t)) {
                byKey.computeIfAbsent(Lines.furnitureKey(t), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> occurrences : byKey.values()) {
            String sample = Lines.tidy(lines.get(occurrences.get(0)));
            boolean counter = Lines.HAS_PAGE_COUNTER.matcher(sample).find();
            if (occurrences.size() < 2 && !(PAGE_WORD.matcher(sample).find() && sample.length() <= 100
                    && !Lines.endsSentence(sample))) {
                continue;
            }
            if (!counter && !isRunningLine(lines, occurrences, pageNumber)) {
                continue;
            }
            for (int k = 0; k < occurrences.size(); k++) {
                int i = occurrences.get(k);
                boolean firstOnCover = k == 0 && lineStarts[i] < COVER_CHARS && !counter;
                furniture[i] = !firstOnCover;
            }
        }
        return furniture;
    }

    private static boolean isRunningLine(List<String> lines, List<Integer> occurrences, boolean[] pageNumber) {
        String sample = Lines.tidy(lines.get(occurrences.get(0)));
        int count = occurrences.size();
        // A numbered line ('1. Introduction') that repeats is a contents entry and its heading, not a header.
        if (Lines.words(sample) > 16 || sample.endsWith("?") || Lines.NUMBERED.matcher(sample).find()) {
            return false;
        }
        int besidePageNumber = 0;
        int beforeList = 0;
        for (int i : occurrences) {
            if (nearPageNumber(lines, pageNumber, i)) {
                besidePageNumber++;
            }
            String next = nextNonBlank(lines, i);
            if (next != null && Lines.isBullet(next)) {
                beforeList++;
            }
        }
        // Varying digits alone would also catch 'Key practice episode 3: June 2022'; only with a page beside them.
        if (count == 2 ? besidePageNumber == 2 : besidePageNumber * 3 >= count * 2) {
            return true;
        }
        if (beforeList * 2 >= count) {
            // A repeated label that introduces a list ('Questions for the Board') is part of the text.
            return false;
        }
        if (count >= 3 && MARKING.matcher(sample).find()) {
            return true;
        }
        return count >= 4 && ORGANISATION.matcher(sample).find() && !Lines.endsSentence(sample);
    }

    private static boolean nearPageNumber(List<String> lines, boolean[] pageNumber, int at) {
        int seen = 0;
        for (int i = at - 1; i >= 0 && seen < 2; i--) {
            if (!lines.get(i).isBlank()) {
                if (pageNumber[i]) {
                    return true;
                }
                seen++;
            }
        }
        seen = 0;
        for (int i = at + 1; i < lines.size() && seen < 2; i++) {
            if (!lines.get(i).isBlank()) {
                if (pageNumber[i]) {
                    return true;
                }
                seen++;
            }
        }
        return false;
    }

    private static String nextNonBlank(List<String> lines, int at) {
        for (int i = at + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return null;
    }
}
