package org.casewise.dataset.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.casewise.analyse.text.PreparedText;
import org.casewise.analyse.text.Sentence;
import org.casewise.analyse.text.TextCleaner;
import org.casewise.analyse.text.TextPreparer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What each OpenNLP step costs on report texts, so that POS tagging and lemmas are used only where
 * they earn it. Every step runs over the same texts (one warm-up pass, then timed passes); the
 * table gives tokens per second and milliseconds per report for each step on its own.
 */
@Command(name = "bench-nlp", mixinStandardHelpOptions = true,
        description = "Times text cleaning, sentence detection, tokenization, POS tagging and lemmatization over a folder of .txt reports.")
public final class BenchNlpCommand implements Callable<Integer> {

    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    @Option(names = "--texts", required = true, description = "Folder of extracted report texts (*.txt).")
    Path texts;

    @Option(names = "--passes", defaultValue = "2", description = "Timed passes after the warm-up (default 2).")
    int passes;

    @Override
    public Integer call() throws IOException {
        List<String> raws = new ArrayList<>();
        try (Stream<Path> files = Files.list(texts)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                raws.add(Files.readString(f));
            }
        }
        if (raws.isEmpty()) {
            System.err.println("No .txt files in " + texts);
            return 2;
        }
        TextPreparer preparer = TextPreparer.create();
        POSModel posModel = new POSModel(open(POS_MODEL));
        LemmatizerModel lemmaModel = new LemmatizerModel(open(LEMMA_MODEL));
        TextCleaner cleaner = preparer.cleaner();

        List<String> cleaned = raws.stream().map(r -> cleaner.clean(r).text()).toList();
        List<PreparedText> prepared = cleaned.stream().map(preparer::split).toList();
        List<List<String[]>> tokens = prepared.stream()
                .map(p -> p.sentences().stream().map(s -> preparer.tokens(s.text()).toArray(String[]::new)).toList()).toList();
        List<List<String[]>> tags = tokens.stream()
                .map(doc -> doc.stream().map(t -> new POSTaggerME(posModel).tag(t)).toList()).toList();
        long tokenCount = tokens.stream().flatMap(List::stream).mapToLong(t -> t.length).sum();
        long rawChars = raws.stream().mapToLong(String::length).sum();
        long cleanChars = cleaned.stream().mapToLong(String::length).sum();
        long sentences = prepared.stream().mapToLong(p -> p.sentences().size()).sum();

        List<String[]> rows = new ArrayList<>();
        rows.add(time("cleaning", raws.size(), tokenCount, () -> raws.forEach(cleaner::clean)));
        rows.add(time("sentences", raws.size(), tokenCount, () -> cleaned.forEach(preparer::split)));
        rows.add(time("tokens", raws.size(), tokenCount, () -> prepared.forEach(p -> {
            for (Sentence s : p.sentences()) {
                preparer.tokens(s.text());
            }
        })));
        rows.add(time("pos", raws.size(), tokenCount, () -> tokens.forEach(doc -> {
            POSTaggerME tagger = new POSTaggerME(posModel);
            doc.forEach(tagger::tag);
        })));
        rows.add(time("lemmas", raws.size(), tokenCount, () -> {
            for (int d = 0; d < tokens.size(); d++) {
                LemmatizerME lemmatizer = new LemmatizerME(lemmaModel);
                for (int s = 0; s < tokens.get(d).size(); s++) {
                    lemmatizer.lemmatize(tokens.get(d).get(s), tags.get(d).get(s));
                }
            }
        }));
        System.out.printf("%d reports, %d chars raw -> %d cleaned, %d sentences, %d tokens%n",
                raws.size(), rawChars, cleanChars, sentences, tokenCount);
        System.out.printf("%-10s %12s %14s%n", "step", "tokens/s", "ms/report");
        rows.forEach(r -> System.out.printf("%-10s %12s %14s%n", r[0], r[1], r[2]));
        return 0;
    }

    private String[] time(String step, int reports, long tokenCount, Runnable work) {
        work.run(); // warm-up: JIT and model caches
        long start = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            work.run();
        }
        double seconds = (System.nanoTime() - start) / 1e9 / passes;
        return new String[] {step, String.format("%,.0f", tokenCount / seconds), String.format("%.2f", seconds * 1000 / reports)};
    }

    private static InputStream open(String resource) {
        InputStream in = BenchNlpCommand.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException(resource + " is not on the class path"));
        }
        return in;
    }
}
