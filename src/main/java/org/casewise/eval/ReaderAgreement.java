package org.casewise.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casewise.analyse.theme.ThemeClassifier;

/**
 * How far two independent human readings of the labelled test split agree, and how the model
 * scores against each and on the decisions both readers made alike (datasets/labelled/README.md,
 * "A second reading"). The readers' agreement is the ceiling a passage-level figure can be read
 * against: a model cannot be shown to be better than the labels it is scored with.
 *
 * @param readers        the second reading scored against the first (F1 is symmetric, so either way)
 * @param modelFirst     the model against the first reading (the split's labels)
 * @param modelSecond    the model against the second reading
 * @param modelAgreed    the model on agreed decisions only: a theme on a passage counts when both
 *                       readers gave it or both left it out; a disputed one is left out of truth and
 *                       prediction alike
 * @param passages       test passages read twice (a passage added to the split later has one reading
 *                       until someone reads it again, and is left out here)
 * @param testPassages   passages in the test split
 * @param disputed       passage-theme decisions the readers made differently
 */
public record ReaderAgreement(ThemeScores readers, ThemeScores modelFirst, ThemeScores modelSecond,
                              ThemeScores modelAgreed, int passages, int testPassages, int disputed) {

    /** Where the second reading of {@code test.jsonl} lives, relative to the labelled directory. */
    static final String SECOND_READING = "second-reading/test.jsonl";

    /** Empty when the labelled directory has no second reading. */
    public static Optional<ReaderAgreement> run(ThemeClassifier classifier, Path labelledDir) throws IOException {
        Path second = labelledDir.resolve(SECOND_READING);
        if (!Files.isRegularFile(second)) {
            return Optional.empty();
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> secondLabels = labels(json, second);
        List<String> themes = classifier.themeIds();
        ThemeScores readers = new ThemeScores(themes);
        ThemeScores modelFirst = new ThemeScores(themes);
        ThemeScores modelSecond = new ThemeScores(themes);
        ThemeScores modelAgreed = new ThemeScores(themes);
        int passages = 0;
        int testPassages = 0;
        int disputed = 0;
        for (String line : Files.readAllLines(labelledDir.resolve("test.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            testPassages++;
            JsonNode n = json.readTree(line);
            Set<String> b = secondLabels.get(n.path("id").asText());
            if (b == null) {
                continue;
            }
            Set<String> a = labelSet(n);
            Set<String> model = classifier.labelsOf(n.path("text").asText());
            readers.add(a, b);
            modelFirst.add(a, model);
            modelSecond.add(b, model);
            Set<String> either = new HashSet<>(a);
            either.addAll(b);
            Set<String> both = new HashSet<>(a);
            both.retainAll(b);
            Set<String> agreedModel = new HashSet<>(model);
            agreedModel.removeIf(t -> either.contains(t) && !both.contains(t));
            modelAgreed.add(both, agreedModel);
            disputed += either.size() - both.size();
            passages++;
        }
        return Optional.of(new ReaderAgreement(readers, modelFirst, modelSecond, modelAgreed, passages, testPassages,
                disputed));
    }

    private static Map<String, Set<String>> labels(ObjectMapper json, Path file) throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                out.put(n.path("id").asText(), labelSet(n));
            }
        }
        return out;
    }

    private static Set<String> labelSet(JsonNode n) {
        return ids(n.path("labels"));
    }

    /** A JSON array of theme ids as a set. */
    static Set<String> ids(JsonNode array) {
        Set<String> s = new HashSet<>();
        array.forEach(l -> s.add(l.asText()));
        return s;
    }

    /** The section of docs/EVALUATION.md. */
    String markdown() {
        StringBuilder b = new StringBuilder("## Agreement between human readers (labelled test split)\n\n");
        b.append(String.format(Locale.ROOT, """
                %d of the %d test passages were read a second time, independently, by other readers given the same \
                taxonomy and labelling rule and nothing else (datasets/labelled/README.md, "A second reading"). \
                The two readings agree at **micro-F1 %.3f** (macro %.3f); they decide differently on %d of the \
                %d passage-theme pairs. Against those readings the model scores %.3f (first reading, the split's labels) and \
                %.3f (second); on the decisions both readers made alike it scores %.3f (P %.3f, R %.3f). The gap \
                between the readers' agreement and the model is the model's, not the labels'.

                | theme | readers F1 | model F1, first reading | model F1, second reading | model F1, agreed decisions |
                |---|---:|---:|---:|---:|
                """, passages, testPassages, readers.microF1(), readers.macroF1(), disputed, passages * modelFirst.themes().size(),
                modelFirst.microF1(), modelSecond.microF1(), modelAgreed.microF1(), modelAgreed.total().precision(),
                modelAgreed.total().recall()));
        for (String t : readers.themes()) {
            b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", t, readers.counts(t).f1(),
                    modelFirst.counts(t).f1(), modelSecond.counts(t).f1(), modelAgreed.counts(t).f1()));
        }
        b.append(String.format(Locale.ROOT, "| **micro** | %.3f | %.3f | %.3f | %.3f |%n", readers.microF1(),
                modelFirst.microF1(), modelSecond.microF1(), modelAgreed.microF1()));
        b.append(String.format(Locale.ROOT, "| **macro** | %.3f | %.3f | %.3f | %.3f |%n%n", readers.macroF1(),
                modelFirst.macroF1(), modelSecond.macroF1(), modelAgreed.macroF1()));
        return b.toString();
    }
}
