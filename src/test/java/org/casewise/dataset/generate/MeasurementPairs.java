package org.casewise.dataset.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.Fingerprint;
import org.casewise.analyse.NearDuplicates;
import org.casewise.analyse.Taxonomy;
import org.casewise.dataset.ReportRenderer;
import org.casewise.dataset.SampleSource;

/**
 * The labelled text pairs {@link NearDuplicateMeasurement} measures: every ordered pair of a
 * generated corpus, and pairs composed here because the corpus lacks them. Its duplicates are
 * byte-identical and its executive summaries are written afresh from the case facts, so this
 * renders one report as PDF, DOCX and HTML, edits copies, and builds summaries that lift a given
 * share of their text from the overview. Package-private generator classes make that possible.
 */
final class MeasurementPairs {

    record Text(String id, String board, String type, List<String> relations, String text) {
    }

    record Pair(String label, String x, String y) {
    }

    private static final AutoDetectParser PARSER = new AutoDetectParser();

    private MeasurementPairs() {
    }

    /** Every ordered pair of the corpus, labelled by ground truth, board, review type and length. */
    static List<Pair> corpusPairs(List<Text> corpus) {
        List<Pair> pairs = new ArrayList<>();
        int[] sizes = corpus.stream().mapToInt(t -> NearDuplicateMeasurement.shingles(t.text(), Fingerprint.SHINGLE_WORDS).length).toArray();
        for (int a = 0; a < corpus.size(); a++) {
            for (int b = 0; b < corpus.size(); b++) {
                if (a == b) {
                    continue;
                }
                Text x = corpus.get(a);
                Text y = corpus.get(b);
                String rel = relation(x, y);
                String shape = sizes[a] <= NearDuplicates.MAX_SUMMARY_LENGTH_RATIO * sizes[b] ? "x short" : "x not short";
                if (!rel.isEmpty()) {
                    pairs.add(new Pair("corpus " + rel + ", " + shape, x.text(), y.text()));
                } else {
                    String kin = x.board().equals(y.board()) ? "same board" : x.type().equals(y.type()) ? "same type" : "other";
                    pairs.add(new Pair("corpus unrelated, " + kin + ", " + shape, x.text(), y.text()));
                }
            }
        }
        return pairs;
    }

    static List<Text> load(Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Text> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gt = json.readTree(file.toFile());
                if (gt.has("hostile") && gt.get("hostile").get("expected").asText().equals("fail")) {
                    continue; // encrypted, zip bombs, scans: the pipeline never gets text from them
                }
                List<String> relations = new ArrayList<>();
                gt.path("relations").forEach(r -> relations.add(r.get("type").asText() + ">" + r.get("target").asText()));
                texts.add(new Text(gt.get("id").asText(), gt.path("board").path("id").asText(""),
                        gt.path("reviewType").asText(""), relations, extract(dir.resolve(gt.get("file").asText()))));
            }
        }
        System.out.printf("%d texts from %s%n", texts.size(), dir);
        return texts;
    }

    static String extract(Path file) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = Files.newInputStream(file)) {
            PARSER.parse(in, handler, new Metadata(), new ParseContext());
        }
        return handler.toString();
    }

    /** The ground-truth relation between x and y, "" for unrelated. */
    static String relation(Text x, Text y) {
        for (String r : x.relations()) {
            if (r.endsWith(">" + y.id())) {
                return r.substring(0, r.indexOf('>'));
            }
        }
        for (String r : y.relations()) {
            if (r.endsWith(">" + x.id())) {
                return "reverse of " + r.substring(0, r.indexOf('>'));
            }
        }
        return "";
    }

    /** Pairs the corpus does not have: cross-format republication, edits, and summaries that copy text. */
    static List<Pair> composedPairs(int cases, long seed) throws Exception {
        Taxonomy taxonomy = Taxonomy.bundled();
        PhraseBank phrases = PhraseBank.load(taxonomy);
        CasePlanner planner = new CasePlanner(seed, BoardRegistry.bundled(), phrases, List.of("pdf", "docx", "html"));
        ReportComposer composer = new ReportComposer(phrases, taxonomy);
        Path dir = Files.createTempDirectory("nd-measure");
        List<Pair> pairs = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        List<String> overviews = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            CaseFacts f = planner.plan(i, null);
            ReportComposer.Composed c = composer.compose(f, planner.random(i + 7_000_000));
            String pdf = render(dir, f.id(), c, "pdf");
            String docx = render(dir, f.id(), c, "docx");
            String html = render(dir, f.id(), c, "html");
            SplittableRandom r = new SplittableRandom(i);
            pairs.add(new Pair("same, pdf vs docx", pdf, docx));
            pairs.add(new Pair("same, pdf vs html", pdf, html));
            pairs.add(new Pair("same, docx vs html", docx, html));
            pairs.add(new Pair("same, 60 words rewritten", rewrite(pdf, 60, r), docx));
            pairs.add(new Pair("same, 2 x 60 words rewritten", rewrite(rewrite(pdf, 60, r), 60, r), html));
            pairs.add(new Pair("same, last tenth missing", truncate(pdf, 0.9), docx));

            int o = 100_000 + 2 * i; // away from the reports above, so the random streams differ
            CaseFacts overview = planner.plan(o, ReviewKind.ENGLAND_SCR)
                    .withKind(CorpusGenerator.id(o), ReviewKind.ENGLAND_SCR, "imr-overview");
            CaseFacts summary = overview.withKind(CorpusGenerator.id(o + 1), ReviewKind.EXECUTIVE_SUMMARY, "executive-summary");
            String ov = render(dir, overview.id(), composer.compose(overview, planner.random(o + 7_000_000)), "pdf");
            String su = render(dir, summary.id(), composer.compose(summary, planner.random(o + 1 + 7_000_000)), "docx");
            pairs.add(new Pair("summary as generated, in its overview", su, ov));
            pairs.add(new Pair("overview, in its summary as generated", ov, su));
            for (int percent : new int[] {25, 50, 75, 100}) {
                String extractive = withCopied(su, ov, percent, r);
                pairs.add(new Pair("summary " + percent + "% copied, in its overview", extractive, ov));
            }
            summaries.add(su);
            overviews.add(ov);
        }
        // Different cases written in the same style from the same phrase banks.
        for (int a = 0; a < cases; a++) {
            for (int b = 0; b < cases; b++) {
                if (a != b) {
                    pairs.add(new Pair("summary in another case's overview", summaries.get(a), overviews.get(b)));
                    pairs.add(new Pair("summary vs another case's summary", summaries.get(a), summaries.get(b)));
                    pairs.add(new Pair("overview vs another case's overview", overviews.get(a), overviews.get(b)));
                }
            }
        }
        return pairs;
    }

    static String render(Path dir, String id, ReportComposer.Composed c, String format) throws Exception {
        StringBuilder header = new StringBuilder();
        Map<String, String> h = new TreeMap<>(c.header());
        h.put("format", format);
        h.forEach((k, v) -> header.append(k).append(": ").append(v).append('\n'));
        Path out = dir.resolve(id + "." + format);
        ReportRenderer.render(SampleSource.markup(id, header + "\n" + c.body()), out);
        String text = extract(out);
        Files.delete(out);
        return text;
    }

    /** Replaces a run of words somewhere in the middle (a corrected or redacted paragraph). */
    static String rewrite(String text, int words, SplittableRandom r) {
        List<String> w = new ArrayList<>(Arrays.asList(text.split("\\s+")));
        int start = w.size() <= words ? 0 : r.nextInt(w.size() - words);
        for (int i = start; i < Math.min(w.size(), start + words); i++) {
            w.set(i, "z" + Integer.toString(r.nextInt(1 << 24), 36));
        }
        return String.join(" ", w);
    }

    static String truncate(String text, double keep) {
        List<String> w = Arrays.asList(text.split("\\s+"));
        return String.join(" ", w.subList(0, (int) (w.size() * keep)));
    }

    /**
     * The summary at its own length, with {@code percent} of its words replaced by consecutive
     * overview lines: real summaries are short and lift findings and recommendations verbatim.
     */
    static String withCopied(String summary, String overview, int percent, SplittableRandom r) {
        int total = summary.split("\\s+").length;
        StringBuilder sb = new StringBuilder();
        int own = 0;
        for (String line : summary.split("\n")) {
            if (own >= total * (100 - percent) / 100) {
                break;
            }
            sb.append(line).append('\n');
            own += line.split("\\s+").length;
        }
        List<String> lines = Arrays.stream(overview.split("\n")).filter(l -> l.split("\\s+").length >= 8).toList();
        int at = r.nextInt(Math.max(1, lines.size()));
        for (int copied = 0; own + copied < total && !lines.isEmpty(); at++) {
            String line = lines.get(at % lines.size());
            sb.append(line).append('\n');
            copied += line.split("\\s+").length;
        }
        return sb.toString();
    }
}
