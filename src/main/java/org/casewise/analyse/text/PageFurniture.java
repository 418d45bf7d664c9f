package org.casewise.analyse.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.casewise.analyse.Regexes;

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
    /** The markings that never belong to a title ('Final report' may): removed wherever they repeat. */
    private static final Pattern STRONG_MARKING = Pattern.compile(
            "official|confidential|sensitive|restricted|protect(ed)?\\b|not for (publication|circulation)|draft"
                    + "|version\\s*\\d|\\bv\\d|©|copyright|all rights reserved|www\\.|https?:|@",
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
     * @param tidied     the same lines, {@link Lines#tidy tidied}
     * @param lineStarts offset of each line in the raw text, to tell which lines sit on the cover
     * @return one flag per line, true for furniture
     */
    static boolean[] find(List<String> lines, List<String> tidied, int[] lineStarts) {
        int n = lines.size();
        boolean[] furniture = new boolean[n];
        boolean[] pageNumber = new boolean[n];
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String t = tidied.get(i);
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
        int coverEnd = coverEnd(lineStarts, pageNumber);
        for (List<Integer> occurrences : byKey.values()) {
            String sample = tidied.get(occurrences.get(0));
            // Most lines occur once and have no 'page' in them: answer those without a regex.
            if (occurrences.size() < 2 && !(sample.length() <= 100 && mayHavePageWord(sample)
                    && PAGE_WORD.matcher(sample).find() && !Lines.endsSentence(sample))) {
                continue;
            }
            // 'as set out on page 12 of the IMR.' is prose that happens to repeat, not a counter.
            boolean counter = Lines.hasDigit(sample) && Lines.HAS_PAGE_COUNTER.matcher(sample).find()
                    && !(Lines.endsSentence(sample) && Lines.words(sample) > 6);
            if (!counter && !isRunningLine(lines, sample, occurrences, pageNumber)) {
                continue;
            }
            // A protective marking, copyright or version line says nothing about the report, even on the cover.
            boolean keepOnCover = !counter && !STRONG_MARKING.matcher(sample).find();
            for (int k = 0; k < occurrences.size(); k++) {
                int i = occurrences.get(k);
                boolean firstOnCover = k == 0 && lineStarts[i] < coverEnd && keepOnCover;
                furniture[i] = !firstOnCover;
            }
        }
        return furniture;
    }

    /**
     * Where the cover ends: at the first page number (the cover's own footer or the next page's
     * header), and never after {@link #COVER_CHARS}. A running header met after that is on a later
     * page, so its first showing is furniture too.
     */
    private static int coverEnd(int[] lineStarts, boolean[] pageNumber) {
        for (int i = 0; i < pageNumber.length && lineStarts[i] < COVER_CHARS; i++) {
            if (pageNumber[i]) {
                return lineStarts[i];
            }
        }
        return COVER_CHARS;
    }

    private static boolean isRunningLine(List<String> lines, String sample, List<Integer> occurrences, boolean[] pageNumber) {
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

    /** Necessary for {@link #PAGE_WORD}: 'page' in any case, and a digit. */
    private static boolean mayHavePageWord(String line) {
        return Lines.hasDigit(line) && Regexes.containsIgnoreCase(line, "page");
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
