package org.casewise.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.tika.parser.AutoDetectParser;
import org.casewise.analyse.Board;
import org.casewise.analyse.ReportAnalyser;
import org.casewise.analyse.ReportAnalysis;
import org.casewise.analyse.metadata.Child;
import org.casewise.analyse.metadata.ReportMetadata;
import org.casewise.analyse.theme.ThemeClassifier;
import org.casewise.analyse.theme.ThemeFinding;
import org.casewise.analyse.theme.TrainCommand;
import org.casewise.dataset.RealisticReports;
import org.casewise.extract.ExtractedText;
import org.casewise.extract.TextExtractor;

/**
 * Scores the analyser on the realistic report set ({@code datasets/realistic/<split>/}): reviews
 * written by hand in the style of real published ones, each with a labels file in the
 * {@code analyse --json} shape (see the folder's README). Themes are scored as a set per report;
 * metadata field by field, with children compared as the set of their age bands.
 */
public final class RealisticEvaluation {

    /** The fields compared as they are; ageBands is scored apart. */
    static final List<String> FIELDS = List.of("board", "nation", "region", "reviewType", "methodology",
            "publicationYear", "incidentYear", "outcome", "status");

    /** One split's results. */
    public record Result(String split, int reports, ThemeScores themes, Map<String, int[]> fields, List<String> misses) {

        double accuracy(String field) {
            int[] c = fields.get(field);
            return c == null || c[1] == 0 ? Double.NaN : c[0] / (double) c[1];
        }
    }

    private RealisticEvaluation() {
    }

    /** Folders in the order they were written: 'final2' before 'final10'. */
    static final java.util.Comparator<Path> BY_NAME_THEN_NUMBER = java.util.Comparator
            .comparing((Path p) -> p.getFileName().toString().replaceAll("\\d+$", ""))
            .thenComparingInt(p -> {
                String digits = p.getFileName().toString().replaceAll("^.*?(\\d*)$", "$1");
                return digits.isEmpty() ? 0 : Integer.parseInt(digits);
            });

    /** Every split folder under {@code dir} (dev, test), or empty when there is no realistic set. */
    public static List<Result> run(ReportAnalyser analyser, Path dir) throws IOException {
        List<Result> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> splits = Files.list(dir)) {
            for (Path split : splits.filter(Files::isDirectory).sorted(BY_NAME_THEN_NUMBER).toList()) {
                out.add(split(analyser, split));
            }
        }
        return out;
    }

    static Result split(ReportAnalyser analyser, Path dir) throws IOException {
        AutoDetectParser parser = new AutoDetectParser();
        ThemeScores themes = new ThemeScores(analyser.themes().themeIds());
        Map<String, int[]> fields = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        int reports = 0;
        for (RealisticReports.Labelled labelled : RealisticReports.in(dir)) {
            JsonNode label = labelled.label();
            String name = label.path("file").asText();
            Path file = labelled.report();
            ExtractedText text;
            try {
                text = TextExtractor.parseInProcess(parser, file, name, 5_000_000);
            } catch (Exception e) {
                misses.add(name + ": not extracted: " + e.getMessage());
                continue;
            }
            reports++;
            ReportAnalysis a = analyser.analyse(text, name, Optional.empty());
            Set<String> truth = labelled.themes();
            Set<String> predicted = a.themes().stream().map(ThemeFinding::id).collect(Collectors.toCollection(TreeSet::new));
            themes.add(truth, predicted);
            JsonNode want = label.path("metadata");
            Map<String, Object> got = fieldsOf(a.metadata());
            for (String field : FIELDS) {
                Object w = value(want.path(field));
                boolean right = Objects.equals(normalise(got.get(field)), normalise(w));
                score(fields, field, right);
                if (!right) {
                    misses.add(name + ": " + field + " " + got.get(field) + " (labelled " + w + ")");
                }
            }
            Set<String> wantBands = new TreeSet<>();
            want.path("children").forEach(c -> {
                if (!c.path("ageBand").isNull() && !c.path("ageBand").isMissingNode()) {
                    wantBands.add(c.path("ageBand").asText());
                }
            });
            Set<String> gotBands = a.metadata().children().stream().map(Child::ageBand).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(TreeSet::new));
            score(fields, "ageBands", wantBands.equals(gotBands));
            if (!wantBands.equals(gotBands)) {
                misses.add(name + ": ageBands " + gotBands + " (labelled " + wantBands + ")");
            }
            Set<String> wantAuthors = new TreeSet<>();
            want.path("authors").forEach(n -> wantAuthors.add(ReportMetadata.personKey(n.asText())));
            Set<String> gotAuthors = a.metadata().authors().stream().map(ReportMetadata::personKey)
                    .collect(Collectors.toCollection(TreeSet::new));
            score(fields, "authors", wantAuthors.equals(gotAuthors));
            if (!wantAuthors.equals(gotAuthors)) {
                misses.add(name + ": authors " + a.metadata().authors() + " (labelled " + want.path("authors") + ")");
            }
        }
        return new Result(dir.getFileName().toString(), reports, themes, fields, misses);
    }

    private static void score(Map<String, int[]> fields, String field, boolean right) {
        int[] c = fields.computeIfAbsent(field, k -> new int[2]);
        c[0] += right ? 1 : 0;
        c[1]++;
    }

    private static Map<String, Object> fieldsOf(ReportMetadata m) {
        Board b = m.board();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("board", b == null ? null : b.id());
        f.put("nation", b == null ? null : b.nation());
        f.put("region", b == null ? null : b.region());
        f.put("reviewType", m.reviewType());
        f.put("methodology", m.methodology());
        f.put("publicationYear", m.publicationYear());
        f.put("incidentYear", m.incidentYear());
        f.put("outcome", m.outcome());
        f.put("status", m.status());
        return f;
    }

    private static Object value(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? null : n.isNumber() ? (Object) n.asInt() : n.asText();
    }

    private static String normalise(Object o) {
        return o == null ? null : o.toString();
    }

    /**
     * The report stage's leave-one-folder-out figures recorded in the model by {@code train}: the
     * estimate, for themes, of how it does on reviews by writers it has not learnt from.
     */
    private static String crossValidation() {
        JsonNode cv;
        try (java.io.InputStream in = RealisticEvaluation.class.getResourceAsStream(ThemeClassifier.MODEL)) {
            cv = in == null ? null : new ObjectMapper().readTree(in).path("report").path("realisticCv");
        } catch (java.io.IOException e) {
            cv = null;
        }
        if (cv == null || cv.isMissingNode()) {
            return "";
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Themes on reviews by writers the report stage "
                + "has not learnt from: each folder left out of the fit in turn (realistic reports weighted %d against "
                + "one generated report), scored as the analyser decides: **micro-F1 %.3f**, against %.3f for the stage "
                + "fitted on generated reports only.\n\n| folder left out | theme micro-F1 |\n|---|---:|\n",
                cv.path("weight").asInt(), cv.path("micro").asDouble(), cv.path("generatedOnly").asDouble()));
        cv.path("byFolder").fields().forEachRemaining(e -> b.append(String.format(Locale.ROOT, "| %s | %.3f |%n", e.getKey(),
                e.getValue().asDouble())));
        return b.append('\n').toString();
    }

    /** The Markdown section for docs/EVALUATION.md. */
    static String markdown(List<Result> results) {
        if (results.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("## Realistic reports (hand-written reviews)\n\n");
        List<String> heldOut = results.stream().map(Result::split).filter(s -> !TrainCommand.REALISTIC_FOLDERS.contains(s))
                .map(s -> "`" + s + "`").toList();
        b.append("Whole reviews written by hand in the manner of real published ones (`datasets/realistic/`, see its "
                + "README): England, Wales, Scotland and Northern Ireland, 2008 to 2025, several layouts, 1,200 to 4,500 "
                + "words, each folder by its own writers, labelled by them. The theme model's report stage learns from "
                + "the folders " + String.join(", ", TrainCommand.REALISTIC_FOLDERS) + " (`./casewise train`), so their "
                + "theme figures below are in-sample; " + (heldOut.isEmpty() ? "none is" : listed(heldOut)
                + (heldOut.size() == 1 ? " is" : " are")) + " held out (every folder that joined after `final2` was first measured held out, "
                + "see the README). The README records which "
                + "metadata rules each folder prompted.\n\n");
        b.append(crossValidation());
        b.append("| split | reports | theme precision | theme recall | theme micro-F1 |");
        List<String> shown = new ArrayList<>(FIELDS);
        shown.add("ageBands");
        shown.add("authors");
        shown.forEach(f -> b.append(' ').append(f).append(" |"));
        b.append("\n|---|---:|---:|---:|---:|");
        shown.forEach(f -> b.append("---:|"));
        b.append('\n');
        for (Result r : results) {
            ThemeScores.Counts t = r.themes().total();
            b.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |", r.split(), r.reports(), t.precision(),
                    t.recall(), r.themes().microF1()));
            shown.forEach(f -> b.append(String.format(Locale.ROOT, " %.0f%% |", 100 * r.accuracy(f))));
            b.append('\n');
        }
        b.append("\nMisread fields:\n\n```\n");
        for (Result r : results) {
            r.misses().forEach(m -> b.append(r.split()).append('/').append(m).append('\n'));
        }
        b.append("```\n\n");
        for (Result r : results) {
            b.append("Themes on `").append(r.split()).append("`, per theme:\n\n").append(r.themes().markdownTable()).append('\n');
        }
        return b.toString();
    }

    /** 'a', 'a and b', 'a, b and c'. */
    private static String listed(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
