package org.casewise.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./casewise dataset split-labelled}: splits the hand-written labelled passages
 * ({@code datasets/labelled/raw/*.jsonl}) into train, dev and test, 60/20/20, stratified by theme.
 *
 * <p>Multi-label data cannot be split by one label, so passages are placed one at a time, rarest
 * labels first, into the split that is furthest below its share for that passage's labels (the
 * iterative stratification of Sechidis et al., 2011). Ties go by a hash of the id, so the split is
 * deterministic and does not depend on file order.
 */
@Command(name = "split-labelled", mixinStandardHelpOptions = true,
        description = "Split datasets/labelled/raw/*.jsonl into train/dev/test (60/20/20, stratified by theme).")
public final class LabelledSplitCommand implements Callable<Integer> {

    static final String[] SPLITS = {"train", "dev", "test"};
    static final double[] SHARES = {0.6, 0.2, 0.2};

    @Option(names = "--dir", defaultValue = "datasets/labelled", description = "Labelled data folder (default: ${DEFAULT-VALUE})")
    Path dir;

    @Override
    public Integer call() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> passages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("raw"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        passages.add(mapper.readTree(line));
                    }
                }
            }
        }
        Map<String, Integer> labelTotals = new HashMap<>();
        passages.forEach(p -> p.path("labels").forEach(l -> labelTotals.merge(l.asText(), 1, Integer::sum)));
        // Rarest label first; passages without labels (pure negatives) last.
        passages.sort(Comparator.comparingInt((JsonNode p) -> rarest(p, labelTotals))
                .thenComparingInt(p -> p.path("id").asText().hashCode()).thenComparing(p -> p.path("id").asText()));

        Map<String, int[]> counts = new HashMap<>();
        int[] sizes = new int[SPLITS.length];
        List<List<String>> out = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (JsonNode p : passages) {
            int best = -1;
            double bestDeficit = Double.NEGATIVE_INFINITY;
            for (int s = 0; s < SPLITS.length; s++) {
                double deficit = 0;
                for (JsonNode l : p.path("labels")) {
                    int total = labelTotals.get(l.asText());
                    int[] c = counts.computeIfAbsent(l.asText(), k -> new int[SPLITS.length]);
                    deficit += SHARES[s] * total - c[s];
                }
                // Unlabelled passages, and ties, follow the overall sizes.
                deficit += (SHARES[s] * (sizes[0] + sizes[1] + sizes[2] + 1) - sizes[s]) * 0.01;
                if (deficit > bestDeficit) {
                    bestDeficit = deficit;
                    best = s;
                }
            }
            sizes[best]++;
            for (JsonNode l : p.path("labels")) {
                counts.get(l.asText())[best]++;
            }
            out.get(best).add(mapper.writeValueAsString(p));
        }
        for (int s = 0; s < SPLITS.length; s++) {
            List<String> lines = new ArrayList<>(out.get(s));
            lines.sort(Comparator.naturalOrder());
            try (Writer w = Files.newBufferedWriter(dir.resolve(SPLITS[s] + ".jsonl"), StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
            }
            System.err.printf("%-5s %5d passages%n", SPLITS[s], lines.size());
        }
        List<String> themes = new ArrayList<>(counts.keySet());
        themes.sort(Comparator.naturalOrder());
        for (String t : themes) {
            int[] c = counts.get(t);
            System.err.printf("  %-30s train %3d  dev %3d  test %3d%n", t, c[0], c[1], c[2]);
        }
        return 0;
    }

    private static int rarest(JsonNode p, Map<String, Integer> totals) {
        int min = Integer.MAX_VALUE;
        for (JsonNode l : p.path("labels")) {
            min = Math.min(min, totals.get(l.asText()));
        }
        return min;
    }
}
