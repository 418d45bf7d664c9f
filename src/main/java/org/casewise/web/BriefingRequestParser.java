package org.casewise.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casewise.analyse.Taxonomy;
import org.casewise.api.BriefingRequest;

/**
 * Reads a briefing request body field by field. Parsed here rather than by the JSON binding so that
 * every mistake (a wrong type, an unknown field, an over-long text) is a 400 naming the field, as for
 * query parameters, instead of a generic "cannot deserialize" message.
 */
final class BriefingRequestParser {

    static final int MAX_TITLE = 200;
    static final int MAX_REVIEWS = 20;
    static final int MAX_LEARNING_POINTS = 30;
    static final int MAX_AUDIENCE = 200;
    static final int MAX_EXTRAS = 10;
    static final int MAX_EXTRA_LENGTH = 500;
    private static final Set<String> FIELDS =
            Set.of("title", "theme", "reviews", "learningPoints", "audience", "questions", "actions");

    private BriefingRequestParser() {
    }

    static BriefingRequest parse(ObjectMapper mapper, String body, Taxonomy taxonomy) {
        if (body == null || body.isBlank()) {
            throw new BadParameterException("body", "The request body must be a JSON object with title and reviews");
        }
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadParameterException("body", "The request body is not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadParameterException("body", "The request body must be a JSON object with title and reviews");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new BadParameterException(name, "Unknown field '" + name + "'; expected one of " + FIELDS);
            }
        }
        String title = text(root, "title", MAX_TITLE, true);
        String theme = text(root, "theme", 60, false);
        if (theme != null && !taxonomy.contains(theme)) {
            throw new BadParameterException("theme", "theme must be a theme id of the taxonomy (e.g. neglect),"
                    + " got '" + theme + "'");
        }
        List<Long> reviews = ids(root, "reviews", 1, MAX_REVIEWS);
        List<Long> points = ids(root, "learningPoints", 0, MAX_LEARNING_POINTS);
        String audience = text(root, "audience", MAX_AUDIENCE, false);
        List<String> questions = texts(root, "questions");
        List<String> actions = texts(root, "actions");
        return new BriefingRequest(title, theme, reviews, points, audience, questions, actions);
    }

    private static String text(JsonNode root, String field, int max, boolean required) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new BadParameterException(field, field + " is required");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw new BadParameterException(field, field + " must be a string");
        }
        String value = node.asText().strip();
        if (value.isEmpty()) {
            if (required) {
                throw new BadParameterException(field, field + " must not be blank");
            }
            return null;
        }
        if (value.length() > max) {
            throw new BadParameterException(field, field + " must be at most " + max + " characters, got "
                    + value.length());
        }
        return value;
    }

    private static List<Long> ids(JsonNode root, String field, int min, int max) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (min > 0) {
                throw new BadParameterException(field, field + " is required: a list of " + min + " to " + max + " ids");
            }
            return List.of();
        }
        if (!node.isArray()) {
            throw new BadParameterException(field, field + " must be a list of ids");
        }
        if (node.size() < min || node.size() > max) {
            throw new BadParameterException(field, field + " must list " + min + " to " + max + " ids, got "
                    + node.size());
        }
        Set<Long> seen = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode id = node.get(i);
            if (!id.canConvertToExactIntegral() || id.asLong() < 1 || id.asLong() > Integer.MAX_VALUE) {
                throw new BadParameterException(field, field + "[" + i + "] must be a positive whole number, got "
                        + id);
            }
            if (!seen.add(id.asLong())) {
                throw new BadParameterException(field, field + " lists " + id.asLong() + " more than once");
            }
        }
        return List.copyOf(seen);
    }

    private static List<String> texts(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new BadParameterException(field, field + " must be a list of strings");
        }
        if (node.size() > MAX_EXTRAS) {
            throw new BadParameterException(field, field + " may have at most " + MAX_EXTRAS + " entries, got "
                    + node.size());
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String value = item.isTextual() ? item.asText().strip() : "";
            if (value.isEmpty() || value.length() > MAX_EXTRA_LENGTH) {
                throw new BadParameterException(field, field + "[" + i + "] must be a non-blank string of at most "
                        + MAX_EXTRA_LENGTH + " characters");
            }
            values.add(value);
        }
        return List.copyOf(values);
    }
}
