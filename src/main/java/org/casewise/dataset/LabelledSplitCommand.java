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
 * <p>Multi-label data cannot be split by one label. This is the iterative stratification of
 * Sechidis et al. (2011): repeatedly take the label with the fewest passages still unplaced and give
 * each of them to the split that still wants most of that label (then most passages overall).
 * Passages are visited in an order fixed by their ids, so the split is deterministic and does not
 * depend on file order.
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
        // Iterative stratification: take the label with the fewest passages still unplaced, and give
        // each of its passages to the split that still wants most of that label.
        passages.sort(Comparator.comparingInt((JsonNode p) -> p.path("id").asText().hashCode())
                .thenComparing(p -> p.path("id").asText()));
        Map<String, double[]> wanted = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        for (JsonNode p : passages) {
            for (JsonNode l : p.path("labels")) {
                double[] w = wanted.computeIfAbsent(l.asText(), k -> new double[SPLITS.length]);
                counts.computeIfAbsent(l.asText(), k -> new int[SPLITS.length]);
                for (int s = 0; s < SPLITS.length; s++) {
                    w[s] += SHARES[s];
                }
            }
        }
        double[] wantedTotal = new double[SPLITS.length];
        for (int s = 0; s < SPLITS.length; s++) {
            wantedTotal[s] = SHARES[s] * passages.size();
        }
        List<List<String>> out = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<JsonNode> remaining = new ArrayList<>(passages);
        while (!remaining.isEmpty()) {
            Map<String, Integer> unplaced = new HashMap<>();
            remaining.forEach(p -> p.path("labels").forEach(l -> unplaced.merge(l.asText(), 1, Integer::sum)));
            String rarest = unplaced.entrySet().stream()
                    .min(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse(null);
            List<JsonNode> batch = rarest == null ? List.copyOf(remaining)
                    : remaining.stream().filter(p -> hasLabel(p, rarest)).toList();
            for (JsonNode p : batch) {
                int best = 0;
                for (int s = 1; s < SPLITS.length; s++) {
                    double a = rarest == null ? 0 : wanted.get(rarest)[s];
                    double b = rarest == null ? 0 : wanted.get(rarest)[best];
                    if (a > b || (a == b && wantedTotal[s] > wantedTotal[best])) {
                        best = s;
                    }
                }
                for (JsonNode l : p.path("labels")) {
                    wanted.get(l.asText())[best]--;
                    counts.get(l.asText())[best]++;
                }
                wantedTotal[best]--;
                out.get(best).add(mapper.writeValueAsString(p));
            }
            remaining.removeAll(batch);
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

    private static boolean hasLabel(JsonNode p, String label) {
        for (JsonNode l : p.path("labels")) {
            if (l.asText().equals(label)) {
                return true;
            }
        }
        return false;
    }
}
