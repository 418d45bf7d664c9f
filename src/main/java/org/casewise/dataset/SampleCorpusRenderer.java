package org.casewise.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Renders the bundled sample corpus: every {@code NN-slug.txt} in the source directory becomes
 * {@code NN-slug.pdf|docx|html} in the output directory, the format chosen by the source's
 * {@code format:} header. The reports are fictional and written by the team; see
 * {@code datasets/sample/written/README.md}.
 *
 * <pre>java org.casewise.dataset.SampleCorpusRenderer datasets/sample-src datasets/sample/written</pre>
 *
 * Renders are reproducible: creation dates come from the source year and the PDF document ID from the
 * source text, so re-running over unchanged sources gives unchanged files.
 */
public final class SampleCorpusRenderer {

    private SampleCorpusRenderer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SampleCorpusRenderer <source-dir> <output-dir>");
            System.exit(2);
        }
        Path sourceDir = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        Files.createDirectories(outDir);
        List<Path> sources;
        try (Stream<Path> files = Files.list(sourceDir)) {
            sources = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList());
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no .txt sources in " + sourceDir);
        }
        // Parse and validate everything first, so one bad source renders nothing rather than half a corpus.
        List<SampleSource> parsed = new ArrayList<>();
        for (Path p : sources) {
            parsed.add(SampleSource.read(p));
        }
        PdfSampleRenderer pdf = new PdfSampleRenderer();
        DocxSampleRenderer docx = new DocxSampleRenderer();
        HtmlSampleRenderer html = new HtmlSampleRenderer();
        for (SampleSource s : parsed) {
            Path out = outDir.resolve(s.baseName() + "." + s.format());
            switch (s.format()) {
                case "pdf" -> pdf.render(s, out);
                case "docx" -> docx.render(s, out);
                case "html" -> html.render(s, out);
                default -> throw new IllegalStateException("unknown format " + s.format());
            }
            String board = s.board().isEmpty() ? "(unnamed; truth: " + s.get("boardTruth") + ")" : s.board();
            System.out.printf("%-40s %5d words %6d bytes  %s %d %s%n", out.getFileName(), s.wordCount(),
                    Files.size(out), s.get("reviewType"), s.year(), board);
        }
    }
}
