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
 * ({@code datasets/labelled/raw/*.jsonl}, and each later batch in a folder under raw/) into train,
 * dev and test, 60/20/20, stratified by theme, each batch on its own (see {@link #batches}).
 *
 * <p>Multi-label data cannot be split by one label. This is the iterative stratification of
 * Sechidis et al. (2011): repeatedly take the label with the fewest passages still unplaced and give
 * each of them to the split that still wants most of that label (then most passages overall).
 * Passages are visited in an order fixed by their ids, so the split is deterministic and does not
 * depend on file order.
 */
@Command(name = "split-labelled", mixinStandardHelpOptions = true,
        description = "Split datasets/labelled/raw/ into train/dev/test (60/20/20, stratified by theme, batch by batch).")
public final class LabelledSplitCommand implements Callable<Integer> {

    static final String[] SPLITS = {"train", "dev", "test"};
    static final double[] SHARES = {0.6, 0.2, 0.2};

    @Option(names = "--dir", defaultValue = "datasets/labelled", description = "Labelled data folder (default: ${DEFAULT-VALUE})")
    Path dir;

    @Override
    public Integer call() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<List<String>> out = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Map<String, int[]> counts = new HashMap<>();
        for (List<JsonNode> batch : batches(mapper, dir.resolve("raw"))) {
            split(mapper, batch, out, counts);
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

    /**
     * The passages in batches: the files directly in raw/ are the first batch, each folder under
     * raw/ (raw/batch2/, ...) another. Each batch is split on its own, so passages written later
     * never move an earlier passage to another split: a test split once used for figures stays
     * held out, and grows by its share of each new batch.
     */
    public static List<List<JsonNode>> batches(ObjectMapper mapper, Path raw) throws IOException {
        List<List<JsonNode>> batches = new ArrayList<>();
        batches.add(read(mapper, raw));
        try (Stream<Path> dirs = Files.list(raw)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                batches.add(read(mapper, d));
            }
        }
        return batches;
    }

    private static List<JsonNode> read(ObjectMapper mapper, Path folder) throws IOException {
        List<JsonNode> passages = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        passages.add(mapper.readTree(line));
                    }
                }
            }
        }
        return passages;
    }

    /** Iterative stratification of one batch, adding its lines to {@code out} and its label counts to {@code counts}. */
    private static void split(ObjectMapper mapper, List<JsonNode> batchPassages, List<List<String>> out,
            Map<String, int[]> counts) throws IOException {
        List<JsonNode> passages = new ArrayList<>(batchPassages);
        // Take the label with the fewest passages still unplaced, and give each of its passages to the
        // split that still wants most of that label.
        passages.sort(Comparator.comparingInt((JsonNode p) -> p.path("id").asText().hashCode())
                .thenComparing(p -> p.path("id").asText()));
        Map<String, double[]> wanted = new HashMap<>();
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
