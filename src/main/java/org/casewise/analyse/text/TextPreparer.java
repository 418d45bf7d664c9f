package org.casewise.analyse.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Cleans extracted text and splits it into sentences with the OpenNLP English model.
 * Thread-safe: the model is shared, the (not thread-safe) detector is made per call.
 * BASE VERSION: no cleaning yet.
 */
public final class TextPreparer {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;

    private TextPreparer(SentenceModel sentenceModel) {
        this.sentenceModel = sentenceModel;
    }

    /** Loads the models from the class path; do this once and share the instance. */
    public static TextPreparer create() {
        try (InputStream in = TextPreparer.class.getResourceAsStream(SENTENCE_MODEL)) {
            if (in == null) {
                throw new IllegalStateException(SENTENCE_MODEL + " is not on the class path");
            }
            return new TextPreparer(new SentenceModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the OpenNLP sentence model", e);
        }
    }

    public PreparedText prepare(String raw) {
        String text = raw;
        SentenceDetectorME detector = new SentenceDetectorME(sentenceModel);
        List<Sentence> sentences = new ArrayList<>();
        for (Span span : detector.sentPosDetect(text)) {
            String s = text.substring(span.getStart(), span.getEnd()).strip();
            if (!s.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), span.getStart(), span.getEnd(), s));
            }
        }
        return new PreparedText(text, sentences);
    }
}
