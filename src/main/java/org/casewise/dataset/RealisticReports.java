package org.casewise.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One folder of {@code datasets/realistic}: each report X.md or X.txt with its label file X.json
 * ({@code file}, {@code metadata}, {@code themes}, {@code mentionedNotThemes}). Read by the theme
 * trainer (the report stage learns from the labels) and by the evaluation (which scores against them).
 */
public final class RealisticReports {

    /** A labelled report: its label file, the report it names, and the parsed label. */
    public record Labelled(Path labelFile, Path report, JsonNode label) {

        /** The themes the report substantively evidences. */
        public Set<String> themes() {
            Set<String> out = new TreeSet<>();
            label.path("themes").forEach(t -> out.add(t.asText()));
            return out;
        }
    }

    private RealisticReports() {
    }

    /** The folder's labelled reports in label-file name order (the named report may be missing: callers decide). */
    public static List<Labelled> in(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> labels;
        try (Stream<Path> files = Files.list(dir)) {
            labels = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Labelled> out = new ArrayList<>(labels.size());
        for (Path l : labels) {
            JsonNode label = json.readTree(l.toFile());
            out.add(new Labelled(l, dir.resolve(label.path("file").asText()), label));
        }
        return out;
    }
}
