package org.casewise.learning.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reflective questions for practitioners per theme, from {@code index-config/briefing-questions.json}:
 * written by people, kept as data so trainers can improve them without touching code. The key
 * {@code _general} holds questions for a briefing whose reviews share no theme.
 */
@ApplicationScoped
public class QuestionBank {

    static final String RESOURCE = "/index-config/briefing-questions.json";
    static final String GENERAL = "_general";

    private final Map<String, List<String>> questions;

    public QuestionBank() {
        this.questions = load();
    }

    /** The questions for a theme id, or none. */
    public List<String> forTheme(String themeId) {
        return questions.getOrDefault(themeId, List.of());
    }

    public List<String> general() {
        return forTheme(GENERAL);
    }

    /** Theme ids (and {@code _general}) the bank has questions for. */
    public java.util.Set<String> themes() {
        return questions.keySet();
    }

    private static Map<String, List<String>> load() {
        try (InputStream in = QuestionBank.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            JsonNode root = new ObjectMapper().readTree(in).path("questions");
            Map<String, List<String>> result = new LinkedHashMap<>();
            root.fields().forEachRemaining(e -> {
                List<String> list = new ArrayList<>();
                e.getValue().forEach(q -> list.add(q.asText()));
                result.put(e.getKey(), List.copyOf(list));
            });
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the briefing question bank", e);
        }
    }
}
