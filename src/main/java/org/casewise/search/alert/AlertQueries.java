package org.casewise.search.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casewise.analyse.BoardRegistry;
import org.casewise.index.EngineQueries;
import org.casewise.search.FacetLabels;
import org.casewise.search.ReviewFilter;
import org.casewise.search.Viewer;
import org.casewise.web.BadParameterException;
import org.casewise.web.FilterParameters;

/**
 * An alert's query in JSON, read through {@link FilterParameters} so that a saved search accepts
 * and rejects exactly what GET /api/v1/reviews does, with the same messages (the parameter is
 * named {@code query.<name>}). The normalised JSON is what the database keeps; the engine query is
 * always derived from it again, so a stored alert follows later changes to query building.
 */
@ApplicationScoped
public class AlertQueries {

    static final Set<String> LISTS = Set.of("theme", "board", "nation", "region", "reviewType", "outcome", "ageBand",
            "agency", "methodology", "year");
    static final Set<String> SCALARS = Set.of("q", "yearFrom", "yearTo");
    /** For messages, in the order the search endpoint documents them. */
    private static final List<String> NAMES = List.of("q", "theme", "board", "nation", "region", "reviewType",
            "outcome", "ageBand", "agency", "methodology", "year", "yearFrom", "yearTo");

    @Inject
    FacetLabels labels;

    @Inject
    BoardRegistry boards;

    /**
     * Checks a request's query object and returns it normalised: known names only, lists as arrays
     * of strings, empty values left out.
     */
    public ObjectNode normalise(JsonNode query) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (query == null || query.isNull() || query.isMissingNode()) {
            return out;
        }
        if (!query.isObject()) {
            throw new BadParameterException("query", "query must be a JSON object of filter parameters such as"
                    + " {\"q\": \"neglect\", \"theme\": [\"neglect\"]}");
        }
        var fields = query.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            String param = "query." + name;
            if (value.isNull()) {
                continue;
            }
            if (SCALARS.contains(name)) {
                if (!value.isTextual() && !value.isIntegralNumber()) {
                    throw new BadParameterException(param, param + " must be a string");
                }
                if (!value.asText().isBlank()) {
                    out.put(name, value.asText());
                }
            } else if (LISTS.contains(name)) {
                List<JsonNode> items = new ArrayList<>();
                if (value.isArray()) {
                    value.forEach(items::add);
                } else {
                    items.add(value);
                }
                var array = out.putArray(name);
                for (JsonNode item : items) {
                    if (!item.isTextual() && !item.isIntegralNumber()) {
                        throw new BadParameterException(param, param + " must be a string or an array of strings");
                    }
                    array.add(item.asText());
                }
                if (array.isEmpty()) {
                    out.remove(name);
                }
            } else {
                throw new BadParameterException(param, "query has no parameter '" + abbreviate(name)
                        + "'; use the GET /api/v1/reviews filter names: " + String.join(", ", NAMES));
            }
        }
        filter(out); // validates through the shared rules
        return out;
    }

    /** The filter a normalised query stands for; a bad value is a 400 naming {@code query.<name>}. */
    public ReviewFilter filter(JsonNode normalised) {
        FilterParameters p = new FilterParameters();
        p.q = text(normalised, "q");
        p.theme = list(normalised, "theme");
        p.board = list(normalised, "board");
        p.nation = list(normalised, "nation");
        p.region = list(normalised, "region");
        p.reviewType = list(normalised, "reviewType");
        p.outcome = list(normalised, "outcome");
        p.ageBand = list(normalised, "ageBand");
        p.agency = list(normalised, "agency");
        p.methodology = list(normalised, "methodology");
        p.year = list(normalised, "year");
        p.yearFrom = text(normalised, "yearFrom");
        p.yearTo = text(normalised, "yearTo");
        try {
            return p.toFilter(labels.taxonomy(), boards);
        } catch (BadParameterException e) {
            throw new BadParameterException("query." + e.parameter(), e.getMessage());
        }
    }

    /** The engine query an alert percolates with: the same query search runs, for the creator's entitlement. */
    public ObjectNode engineQuery(JsonNode normalised, Viewer creator) {
        return EngineQueries.reviews(filter(normalised), creator);
    }

    private static String text(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).asText() : null;
    }

    private static List<String> list(JsonNode node, String name) {
        if (!node.has(name)) {
            return null;
        }
        List<String> values = new ArrayList<>();
        node.get(name).forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
