package org.casewise.analyse.text;

import java.util.List;

/**
 * A report's text after cleaning (repeated page headers and footers, page numbers and contents
 * pages removed), split into sentences. All offsets downstream (sections, evidence) refer to
 * {@link #text()}, never to the raw extraction.
 */
public record PreparedText(String text, List<Sentence> sentences) {

    public PreparedText {
        sentences = List.copyOf(sentences);
    }

    /** The sentence that contains the offset, or the last one before it; null before the first. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        Sentence found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.start() <= offset) {
                found = s;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
