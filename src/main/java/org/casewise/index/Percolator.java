package org.casewise.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;

/**
 * The engine side of alerts: an index of saved queries (OpenSearch's percolator) that each newly
 * indexed review is run against, so matching costs one request per batch of reviews however many
 * alerts exist.
 *
 * <p>Why the mapping is copied from the live reviews index: a percolator query is parsed against the
 * percolator index's own mapping and the candidate review is analysed with it. Unless both indexes
 * map {@code title}, {@code body} and the nested {@code recommendations} with the same types and
 * analyzers (and the same analysis settings, synonyms included), an alert would match differently
 * from the same search. The index name carries the reviews mapping version, so a changed reviews
 * mapping gives a fresh alerts index that the alert matcher refills from the database.
 */
@ApplicationScoped
public class Percolator {

    /** The percolator field holding each alert's query, and the alert id (for paging and debugging). */
    static final String QUERY_FIELD = "query";
    static final String ALERT_ID = "alert_id";
    private static final int PAGE = 500;

    private static final RequestOptions OPTIONS = RequestOptions.DEFAULT.toBuilder()
            .setRequestConfig(RequestConfig.custom().setConnectTimeout(2000).setSocketTimeout(30000).build())
            .build();

    @Inject
    EngineAdapter engine;

    @Inject
    ObjectMapper mapper;

    /** The alerts index for the current reviews mapping version. */
    public String indexName() {
        return "casewise-alerts-m" + IndexReconciler.MAPPING_VERSION;
    }

    /**
     * Creates the alerts index from the reviews index's mapping and analysis settings if it is missing.
     *
     * @return true when it was created now (so every alert's query must be registered again)
     * @throws IndexWriteException when the engine cannot be asked or refuses
     */
    public boolean ensureIndex() {
        if (exists(indexName())) {
            return false;
        }
        JsonNode mapping = firstIndex(call("GET", "/" + EngineAdapter.REVIEWS + "/_mapping", null)).path("mappings");
        JsonNode settings = firstIndex(call("GET", "/" + EngineAdapter.REVIEWS + "/_settings", null))
                .path("settings").path("index");
        ObjectNode body = EngineQueries.JSON.objectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", 1);
        index.put("auto_expand_replicas", "0-1");
        if (settings.has("analysis")) {
            index.set("analysis", settings.get("analysis"));
        }
        ObjectNode mappings = body.putObject("mappings");
        if (mapping.has("dynamic")) {
            mappings.set("dynamic", mapping.get("dynamic"));
        }
        ObjectNode properties = mappings.putObject("properties");
        mapping.path("properties").fields().forEachRemaining(f -> properties.set(f.getKey(), f.getValue()));
        if (properties.has(QUERY_FIELD) || properties.has(ALERT_ID)) {
            throw new IndexWriteException("The reviews index has a field named " + QUERY_FIELD + " or " + ALERT_ID
                    + "; the alerts index needs these names for itself", null);
        }
        properties.putObject(QUERY_FIELD).put("type", "percolator");
        properties.putObject(ALERT_ID).put("type", "long");
        try {
            call("PUT", "/" + indexName(), body);
        } catch (IndexWriteException e) {
            // Another instance may have created it between our check and our request.
            if (!exists(indexName())) {
                throw e;
            }
            return false;
        }
        call("GET", "/_cluster/health/" + indexName() + "?wait_for_status=yellow&timeout=30s", null);
        return true;
    }

    /** Stores (or replaces) an alert's query; the engine checks it against the mapping now. */
    public void register(long alertId, ObjectNode query) {
        ObjectNode doc = EngineQueries.JSON.objectNode();
        doc.set(QUERY_FIELD, query);
        doc.put(ALERT_ID, alertId);
        call("PUT", "/" + indexName() + "/_doc/" + alertId + "?refresh=true", doc);
    }

    /** Removes an alert's query; an alert the engine does not hold is fine. */
    public void unregister(long alertId) {
        try {
            call("DELETE", "/" + indexName() + "/_doc/" + alertId + "?refresh=true", null);
        } catch (IndexWriteException e) {
            if (!(e.getCause() instanceof ResponseException re && re.getResponse().getStatusLine().getStatusCode() == 404)) {
                throw e;
            }
        }
    }

    /**
     * Runs indexed reviews against every registered alert. The reviews are read back from the reviews
     * index (not rebuilt from the database), so they are analysed exactly as search sees them.
     *
     * @return for each review id that the index holds, the ids of the alerts it matches (possibly none);
     *     a review missing from the index is left out, so the caller can retry it later
     */
    public Map<Long, List<Long>> percolate(List<Long> reviewIds) {
        Map<Long, List<Long>> matches = new LinkedHashMap<>();
        if (reviewIds.isEmpty()) {
            return matches;
        }
        ObjectNode mget = EngineQueries.JSON.objectNode();
        ArrayNode ids = mget.putArray("ids");
        reviewIds.forEach(id -> ids.add(String.valueOf(id)));
        JsonNode docs = call("POST", "/" + EngineAdapter.REVIEWS + "/_mget", mget).path("docs");
        List<Long> slots = new ArrayList<>();
        ArrayNode documents = EngineQueries.JSON.arrayNode();
        for (JsonNode d : docs) {
            if (d.path("found").asBoolean(false)) {
                long id = Long.parseLong(d.path("_id").asText());
                slots.add(id);
                documents.add(d.path("_source"));
                matches.put(id, new ArrayList<>());
            }
        }
        if (slots.isEmpty()) {
            return matches;
        }
        JsonNode after = null;
        while (true) {
            ObjectNode search = EngineQueries.JSON.objectNode();
            search.put("size", PAGE);
            search.put("_source", false);
            search.putArray("sort").addObject().put(ALERT_ID, "asc");
            if (after != null) {
                search.set("search_after", after);
            }
            ObjectNode percolate = search.putObject("query").putObject("percolate");
            percolate.put("field", QUERY_FIELD);
            percolate.set("documents", documents);
            JsonNode hits = call("POST", "/" + indexName() + "/_search", search).path("hits").path("hits");
            for (JsonNode hit : hits) {
                long alertId = Long.parseLong(hit.path("_id").asText());
                // With one document the engine leaves the slot out; it is slot 0.
                JsonNode hitSlots = hit.path("fields").path("_percolator_document_slot");
                if (hitSlots.isMissingNode() || hitSlots.isEmpty()) {
                    matches.get(slots.get(0)).add(alertId);
                } else {
                    hitSlots.forEach(s -> matches.get(slots.get(s.asInt())).add(alertId));
                }
            }
            if (hits.size() < PAGE) {
                return matches;
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    private boolean exists(String index) {
        try {
            Request request = new Request("HEAD", "/" + index);
            request.setOptions(OPTIONS);
            return engine.restClient().performRequest(request).getStatusLine().getStatusCode() == 200;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return false;
            }
            throw new IndexWriteException("Could not check for index " + index, e);
        } catch (IOException | RuntimeException e) {
            throw new IndexWriteException("Could not check for index " + index + ": " + e.getMessage(), e);
        }
    }

    /** GET _mapping and _settings answer under the concrete index name behind the alias. */
    private static JsonNode firstIndex(JsonNode byIndex) {
        var it = byIndex.elements();
        if (!it.hasNext()) {
            throw new IndexWriteException("The reviews index does not exist yet", null);
        }
        return it.next();
    }

    private JsonNode call(String method, String endpoint, JsonNode body) {
        try {
            Request request = new Request(method, endpoint);
            request.setOptions(OPTIONS);
            if (body != null) {
                request.setJsonEntity(mapper.writeValueAsString(body));
            }
            Response response = engine.restClient().performRequest(request);
            if (response.getEntity() == null) {
                return EngineQueries.JSON.objectNode();
            }
            try (InputStream in = response.getEntity().getContent()) {
                return mapper.readTree(in);
            }
        } catch (IOException | RuntimeException e) {
            throw new IndexWriteException(method + " " + endpoint + " failed: " + e.getMessage(), e);
        }
    }
}
