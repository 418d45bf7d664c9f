package org.casewise.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.casewise.analyse.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The labelled theme passages (datasets/labelled): well-formed, enough per theme in every split,
 * negatives present, the split consistent with the raw files, and independent of the generator's
 * phrase bank (they exist to test generalisation, so they must not share its sentences).
 */
class LabelledDataTest {

    static final Path DIR = Path.of("datasets/labelled");
    static final Set<String> REGISTERS = Set.of("chronology", "analysis", "learning", "recommendation", "quote",
            "summary", "method", "executive-summary");
    /** The stated minimum per theme and split (datasets/labelled/README.md). */
    static final Map<String, Integer> MINIMUM = Map.of("train", 24, "dev", 8, "test", 8);
    static final int MINIMUM_TOTAL = 40;
    static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, List<JsonNode>> splits = new HashMap<>();
    static Taxonomy taxonomy;

    @BeforeAll
    static void load() throws IOException {
        taxonomy = Taxonomy.bundled();
        for (String split : MINIMUM.keySet()) {
            splits.put(split, read(DIR.resolve(split + ".jsonl")));
        }
    }

    static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    @Test
    void passagesAreWellFormed() {
        Set<String> ids = new HashSet<>();
        for (List<JsonNode> passages : splits.values()) {
            for (JsonNode p : passages) {
                String id = p.path("id").asText();
                assertTrue(ids.add(id), "duplicate id " + id);
                String text = p.path("text").asText();
                int words = text.split("\\s+").length;
                assertTrue(words >= 15 && words <= 160, id + " has " + words + " words");
                assertTrue(REGISTERS.contains(p.path("register").asText()), id + " register");
                Set<String> labels = new HashSet<>();
                p.path("labels").forEach(l -> labels.add(l.asText()));
                for (String l : labels) {
                    assertTrue(taxonomy.contains(l), id + " unknown label " + l);
                }
                p.path("negatives").forEach(n -> {
                    assertTrue(taxonomy.contains(n.asText()), id + " unknown negative " + n.asText());
                    assertFalse(labels.contains(n.asText()), id + " labels and rules out " + n.asText());
                });
            }
        }
    }

    @Test
    void everyThemeMeetsTheMinimumInEverySplit() {
        List<String> shortfalls = new ArrayList<>();
        for (Taxonomy.Theme theme : taxonomy.all()) {
            int total = 0;
            for (var split : MINIMUM.entrySet()) {
                long n = splits.get(split.getKey()).stream().filter(p -> has(p.path("labels"), theme.id())).count();
                total += (int) n;
                if (n < split.getValue()) {
                    shortfalls.add(theme.id() + " has " + n + " in " + split.getKey());
                }
            }
            if (total < MINIMUM_TOTAL) {
                shortfalls.add(theme.id() + " has " + total + " in all");
            }
        }
        assertEquals(List.of(), shortfalls);
    }

    @Test
    void negativesArePresentForEveryLayer() {
        List<JsonNode> all = splits.values().stream().flatMap(List::stream).toList();
        long negatives = all.stream().filter(p -> p.path("negatives").size() > 0).count();
        assertTrue(negatives >= all.size() / 10, negatives + " negatives among " + all.size());
        for (String layer : List.of("harm", "family", "child", "practice")) {
            assertTrue(all.stream().anyMatch(p -> {
                for (JsonNode n : p.path("negatives")) {
                    if (taxonomy.get(n.asText()).map(t -> t.layer().equals(layer)).orElse(false)) {
                        return true;
                    }
                }
                return false;
            }), "negatives for layer " + layer);
        }
    }

    @Test
    void splitsHoldExactlyTheRawPassages() throws IOException {
        Set<String> raw = new HashSet<>();
        try (Stream<Path> files = Files.walk(DIR.resolve("raw"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                read(f).forEach(p -> raw.add(p.path("id").asText()));
            }
        }
        Set<String> split = new HashSet<>();
        splits.values().forEach(ps -> ps.forEach(p -> split.add(p.path("id").asText())));
        assertEquals(raw, split, "run ./casewise dataset split-labelled after editing raw/");
    }

    /** The independent second reading of the test split (README, "A second reading"). */
    @Test
    void theSecondReadingCoversTheTestSplitWithTaxonomyIds() throws IOException {
        List<JsonNode> second = read(DIR.resolve("second-reading/test.jsonl"));
        Set<String> test = new HashSet<>();
        splits.get("test").forEach(p -> test.add(p.path("id").asText()));
        Set<String> read = new HashSet<>();
        for (JsonNode p : second) {
            String id = p.path("id").asText();
            assertTrue(test.contains(id), id + " is not a test passage");
            assertTrue(read.add(id), id + " read twice in the second reading");
            assertTrue(p.path("labels").isArray(), id);
            p.path("labels").forEach(l -> assertTrue(taxonomy.contains(l.asText()), id + ": " + l));
        }
        assertEquals(test, read, "every test passage has its second reading");
    }

    /** Generated reports read by people (README, "Generated reports read by people"): text and labels together. */
    @Test
    void theGeneratedReadingHasEachReportsTextAndTaxonomyIds() throws IOException {
        List<JsonNode> rows = read(DIR.resolve("generated-reading/labels.jsonl"));
        assertTrue(rows.size() >= 30, "reports read: " + rows.size());
        for (JsonNode r : rows) {
            String id = r.path("id").asText();
            assertTrue(Files.size(DIR.resolve("generated-reading/" + id + ".txt")) > 1000, id + " text");
            for (String field : List.of("generator", "reader")) {
                assertTrue(r.path(field).size() > 0, id + " " + field);
                r.path(field).forEach(t -> assertTrue(taxonomy.contains(t.asText()), id + ": " + t));
            }
        }
    }

    @Test
    void passagesShareNoSentencesWithTheGeneratorsPhraseBank() throws IOException {
        List<String> fragments = new ArrayList<>();
        for (Taxonomy.Theme theme : taxonomy.all()) {
            try (InputStream in = getClass().getResourceAsStream("/generator/themes/" + theme.id() + ".json")) {
                if (in == null) {
                    continue;
                }
                collect(JSON.readTree(in), fragments);
            }
        }
        List<String> overlaps = new ArrayList<>();
        for (List<JsonNode> passages : splits.values()) {
            for (JsonNode p : passages) {
                String text = p.path("text").asText().toLowerCase(Locale.ROOT);
                for (String fragment : fragments) {
                    if (text.contains(fragment)) {
                        overlaps.add(p.path("id").asText() + ": " + fragment);
                    }
                }
            }
        }
        assertEquals(List.of(), overlaps);
    }

    /** Text between slots, 40 characters or longer: long enough that a match is a copy, not a cliché. */
    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            for (String part : node.asText().split("\\{[a-zA-Z]+\\}")) {
                String t = part.strip().toLowerCase(Locale.ROOT);
                if (t.length() >= 40) {
                    out.add(t);
                }
            }
        } else {
            node.forEach(child -> collect(child, out));
        }
    }

    private static boolean has(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (n.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
