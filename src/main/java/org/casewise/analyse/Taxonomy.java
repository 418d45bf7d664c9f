package org.casewise.analyse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The theme taxonomy (PRIMER §4), read from {@code index-config/themes.json} (which also holds
 * the detection rules used by {@code org.casewise.analyse.theme}): stable ids in four
 * layers. Plain Java so that the dataset tools can use it outside the service.
 */
public final class Taxonomy {

    static final String RESOURCE = "/index-config/themes.json";

    /** One theme: its id, layer (harm, family, child, practice), label and a short definition. */
    public record Theme(String id, String layer, String label, String definition) {

        /** The definition, under its former name. */
        public String description() {
            return definition;
        }
    }

    private final Map<String, Theme> themes;
    private final Map<String, List<String>> terms;

    private Taxonomy(Map<String, Theme> themes, Map<String, List<String>> terms) {
        this.themes = Collections.unmodifiableMap(themes);
        this.terms = Collections.unmodifiableMap(terms);
    }

    public static Taxonomy bundled() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Theme> themes = new LinkedHashMap<>();
            Map<String, List<String>> terms = new LinkedHashMap<>();
            for (JsonNode t : root.path("themes")) {
                Theme theme = new Theme(t.path("id").asText(), t.path("layer").asText(), t.path("label").asText(),
                        t.path("definition").asText());
                themes.put(theme.id(), theme);
                List<String> list = new ArrayList<>();
                t.path("terms").forEach(x -> list.add(x.asText()));
                terms.put(theme.id(), List.copyOf(list));
            }
            return new Taxonomy(themes, terms);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the theme taxonomy", e);
        }
    }

    public List<Theme> all() {
        return List.copyOf(themes.values());
    }

    public List<Theme> layer(String layer) {
        List<Theme> result = new ArrayList<>();
        themes.values().stream().filter(t -> t.layer().equals(layer)).forEach(result::add);
        return result;
    }

    public Optional<Theme> get(String id) {
        return Optional.ofNullable(themes.get(id));
    }

    /** The theme's indicative terms as written in themes.json ('*' marks a prefix). */
    public List<String> terms(String id) {
        return terms.getOrDefault(id, List.of());
    }

    public boolean contains(String id) {
        return themes.containsKey(id);
    }
}
