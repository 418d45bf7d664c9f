package org.casewise.dataset.generate;

import org.casewise.dataset.SampleSource;

/** Builds the small markup the report renderers read (see {@link SampleSource}). */
final class Doc {

    private final StringBuilder body = new StringBuilder(16 * 1024);
    private int words;

    Doc h1(String text) {
        body.append("# ").append(flat(text)).append("\n\n");
        return this;
    }

    Doc h2(String text) {
        body.append("## ").append(flat(text)).append("\n\n");
        return this;
    }

    Doc para(String text) {
        body.append(oneLine(text)).append("\n\n");
        words += text.split("\\s+").length;
        return this;
    }

    Doc bullet(String text) {
        body.append("- ").append(oneLine(text)).append("\n");
        words += text.split("\\s+").length;
        return this;
    }

    Doc numbered(int n, String text) {
        body.append(n).append(". ").append(oneLine(text)).append("\n");
        words += text.split("\\s+").length;
        return this;
    }

    /** Ends a list: lists are separated from what follows by a blank line. */
    Doc end() {
        body.append("\n");
        return this;
    }

    Doc pageBreak() {
        body.append(SampleSource.PAGE_BREAK).append("\n\n");
        return this;
    }

    int words() {
        return words;
    }

    String body() {
        return body.toString();
    }

    private static String flat(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').strip();
    }

    /**
     * The markup is line-based: a paragraph that starts like markup ('1. ', '- ', '#') would change
     * the structure, so such a start is rewritten ('1) ') rather than escaped.
     */
    private static String oneLine(String s) {
        String t = flat(s);
        t = t.replaceFirst("^(\\d{1,3})\\.\\s", "$1) ");
        while (t.startsWith("#") || t.startsWith("- ") || t.startsWith("===")) {
            t = t.substring(1).strip();
        }
        return t;
    }
}
