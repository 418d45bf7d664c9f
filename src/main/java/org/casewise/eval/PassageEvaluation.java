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
        ObjectMapper json = new ObjectMapper();
        ThemeScores scores = new ThemeScores(classifier.themeIds());
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            Set<String> truth = new HashSet<>();
            n.path("labels").forEach(l -> truth.add(l.asText()));
            scores.add(truth, classifier.labelsOf(n.path("text").asText()));
        }
        return scores;
    }
}
