package org.casewise.analyse.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Cleans extracted text ({@link TextCleaner}) and splits it into sentences with the OpenNLP
 * English model. After cleaning every line is a unit (heading, bullet item, chronology entry or
 * paragraph), so the detector runs line by line, and table cells (tab-separated) cell by cell: a
 * heading can never be glued to the sentence under it, whatever the model thinks.
 * Thread-safe: the models are shared, the (not thread-safe) detector and tokenizer are made per call.
 */
public final class TextPreparer {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    /** The characters after which the sentence model may split ('.', '?', '!' for English). */
    private final char[] eos;
    private final TokenizerModel tokenizerModel;
    private final TextCleaner cleaner = new TextCleaner();

    private TextPreparer(SentenceModel sentenceModel, TokenizerModel tokenizerModel) {
        this.sentenceModel = sentenceModel;
        char[] modelEos = sentenceModel.getFactory() == null ? null : sentenceModel.getFactory().getEOSCharacters();
        this.eos = modelEos == null || modelEos.length == 0 ? new char[] {'.', '?', '!'} : modelEos.clone();
        this.tokenizerModel = tokenizerModel;
    }

    /** Loads the models from the class path; do this once and share the instance. */
    public static TextPreparer create() {
        try (InputStream sentences = open(SENTENCE_MODEL); InputStream tokens = open(TOKEN_MODEL)) {
            return new TextPreparer(new SentenceModel(sentences), new TokenizerModel(tokens));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the OpenNLP models", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = TextPreparer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the class path");
        }
        return in;
    }

    public PreparedText prepare(String raw) {
        return split(cleaner.clean(raw == null ? "" : raw).text());
    }

    /** Sentence detection alone, on text that is already clean (the benchmark times the two steps apart). */
    public PreparedText split(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(sentenceModel);
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int cellStart = lineStart;
            while (cellStart <= lineEnd) {
                int cellEnd = text.indexOf('\t', cellStart);
                if (cellEnd < 0 || cellEnd > lineEnd) {
                    cellEnd = lineEnd;
                }
                addSentences(detector, eos, text, cellStart, cellEnd, sentences);
                cellStart = cellEnd + 1;
            }
            lineStart = lineEnd + 1;
        }
        return new PreparedText(text, sentences);
    }

    private static void addSentences(SentenceDetectorME detector, char[] eos, String text, int from, int to,
            List<Sentence> out) {
        if (text.substring(from, to).isBlank()) {
            return;
        }
        if (!endsSentenceInside(text, from, to, eos)) {
            // The detector splits only after its end-of-sentence characters ('.', '?', '!'): a heading, table
            // cell or line with none of them before its last character is one sentence, whatever the model
            // would say (most of a report's lines)
            addTrimmed(text, from, to, out);
            return;
        }
        for (Span span : detector.sentPosDetect(text.substring(from, to))) {
            addTrimmed(text, from + span.getStart(), from + span.getEnd(), out);
        }
    }

    private static void addTrimmed(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
        }
    }

    /** Whether one of the end-of-sentence characters comes before the last non-space character of text[from, to). */
    static boolean endsSentenceInside(String text, int from, int to, char[] eos) {
        int last = to - 1;
        while (last >= from && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        for (int i = from; i < last; i++) {
            char c = text.charAt(i);
            for (char e : eos) {
                if (c == e) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Word tokens of a sentence (OpenNLP UD English tokenizer). Punctuation is split off, but
     * possessives and contractions stay whole: "agency's" and "didn't" are one token each.
     */
    public List<String> tokens(String sentence) {
        return List.of(new TokenizerME(tokenizerModel).tokenize(sentence));
    }

    /** The cleaner this preparer uses, for callers that want its counts. */
    public TextCleaner cleaner() {
        return cleaner;
    }
}
