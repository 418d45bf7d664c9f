package org.casewise.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.casewise.analyse.theme.ThemeClassifier;

/** Scores a classifier on a labelled-passage file ({@code datasets/labelled/*.jsonl}, see its README). */
public final class PassageEvaluation {

    private PassageEvaluation() {
    }

    public static ThemeScores run(ThemeClassifier classifier, Path jsonl) throws IOException {
        return run(classifier, jsonl, id -> true);
    }

    /** The same, on the passages whose id passes the filter (one writing batch, say). */
    public static ThemeScores run(ThemeClassifier classifier, Path jsonl, java.util.function.Predicate<String> ids)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        ThemeScores scores = new ThemeScores(classifier.themeIds());
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            if (!ids.test(n.path("id").asText())) {
                continue;
            }
            Set<String> truth = new HashSet<>();
            n.path("labels").forEach(l -> truth.add(l.asText()));
            scores.add(truth, classifier.labelsOf(n.path("text").asText()));
        }
        return scores;
    }

    /**
     * The test split scored batch by batch (the files directly in raw/, then each folder under it):
     * a later batch was written by other people after the model existed, so its figure says how the
     * model does on words it was not shaped around.
     */
    public static java.util.Map<String, ThemeScores> byBatch(ThemeClassifier classifier, Path labelledDir)
            throws IOException {
        java.util.Map<String, ThemeScores> out = new java.util.LinkedHashMap<>();
        java.util.List<java.util.List<JsonNode>> batches = org.casewise.dataset.LabelledSplitCommand.batches(
                new ObjectMapper(), labelledDir.resolve("raw"));
        if (batches.size() < 2) {
            return out;
        }
        for (int b = 0; b < batches.size(); b++) {
            Set<String> ids = new HashSet<>();
            batches.get(b).forEach(n -> ids.add(n.path("id").asText()));
            out.put("batch " + (b + 1), run(classifier, labelledDir.resolve("test.jsonl"), ids::contains));
        }
        return out;
    }
}
