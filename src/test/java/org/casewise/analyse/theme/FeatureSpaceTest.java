package org.casewise.analyse.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scoring path ({@link Features#vector} over the compiled {@link FeatureSpace}) must score
 * exactly what the trainer's named features score: every labelled passage and every sentence of
 * them, through the bundled model, gives the same evidence per theme and the same asserted and
 * denied themes both ways.
 */
class FeatureSpaceTest {

    @Test
    void vectorsScoreLikeNamedFeatures() throws Exception {
        ThemeClassifier classifier = ThemeClassifier.load();
        Features features = classifier.features();
        LinearModel model = classifier.model();
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String split : List.of("train", "dev", "test")) {
            for (String line : Files.readAllLines(Path.of("datasets/labelled", split + ".jsonl"))) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    texts.add(n.path("text").asText());
                    texts.addAll(List.of(n.path("text").asText().split("(?<=\\.) ")));
                }
            }
        }
        texts.addAll(List.of("", "   ", "...", "No.", "Child A's mother's partner - not known to services"));
        int withRules = 0;
        for (String text : texts) {
            Features.Extracted named = features.extract(text);
            Features.Vector vector = features.vector(text, model.space());
            double[] a = model.evidence(named.values());
            double[] b = model.evidence(vector);
            for (int k = 0; k < a.length; k++) {
                assertEquals(a[k], b[k], 1e-5, () -> "evidence differs for: " + text);
            }
            assertEquals(named.asserted(), vector.asserted(), text);
            assertEquals(named.denied(), vector.denied(), text);
            assertEquals(named.values().isEmpty(), vector.words() == 0, text);
            withRules += named.asserted().isEmpty() ? 0 : 1;
        }
        assertTrue(withRules > 1000, "the texts exercise the rules: " + withRules);
    }
}
