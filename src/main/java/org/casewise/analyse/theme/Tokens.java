package org.casewise.analyse.theme;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowercase word tokens of a text with the clause each belongs to. Letters and digits make words;
 * an apostrophe inside a word is dropped ("child's" -> "childs") so that possessives match the
 * rule terms however they are typed; hyphens and all other characters separate words. Clause
 * breaks (, ; : ( ) and the words but/however/although/whereas) bound negation scope.
 */
final class Tokens {

    final List<String> words;
    /** clause number of each word: words in one clause share it. */
    final int[] clause;

    private Tokens(List<String> words, int[] clause) {
        this.words = words;
        this.clause = clause;
    }

    int size() {
        return words.size();
    }

    String get(int i) {
        return words.get(i);
    }

    static Tokens of(String text) {
        List<String> words = new ArrayList<>();
        List<Integer> clauses = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        int clause = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
                continue;
            }
            boolean apostropheInWord = (c == '\'' || c == '\u2019') && !w.isEmpty() && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1));
            if (apostropheInWord) {
                continue;
            }
            if (!w.isEmpty()) {
                String word = w.toString();
                w.setLength(0);
                if (isClauseWord(word)) {
                    clause++;
                }
                words.add(word);
                clauses.add(clause);
            }
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.' || c == '?' || c == '!'
                    || c == '\u2013' || c == '\u2014') {
                clause++;
            }
        }
        int[] cl = new int[clauses.size()];
        for (int i = 0; i < cl.length; i++) {
            cl[i] = clauses.get(i);
        }
        return new Tokens(List.copyOf(words), cl);
    }

    private static boolean isClauseWord(String word) {
        return switch (word) {
            case "but", "however", "although", "though", "whereas", "yet", "while", "whilst" -> true;
            default -> false;
        };
    }
}
