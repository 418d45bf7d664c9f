package org.casewise.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.casewise.search.EngineUnavailableException;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * The one place that speaks the engine's own JSON (OpenSearch or Elasticsearch) rather than the
 * Hibernate Search DSL: cluster health, document counts and the search requests built by
 * {@link EngineQueries} (drill-sideways facets, aggregations for trends, nested inner hits,
 * search_after) whose answers {@link SearchResponse} reads.
 */
@ApplicationScoped
public class EngineAdapter {

    /** Probes must answer fast: readiness and the 503 decision call them on the request path. */
    private static final RequestOptions PROBE = RequestOptions.DEFAULT.toBuilder()
            .setRequestConfig(RequestConfig.custom().setConnectTimeout(1000).setSocketTimeout(3000).build())
            .build();

    /** Searches get longer than probes, but a stuck engine must still fail a request, not hang it. */
    private static final RequestOptions QUERY = RequestOptions.DEFAULT.toBuilder()
            .setRequestConfig(RequestConfig.custom().setConnectTimeout(2000).setSocketTimeout(30000).build())
            .build();

    /** The alias Hibernate Search reads the reviews index through. */
    public static final String REVIEWS = "reviews-read";

    @Inject
    SearchMapping searchMapping;

    @Inject
    ObjectMapper mapper;

    /** Cluster status and name, or unreachable with the reason. Never throws. */
    public EngineHealth health() {
        try {
            Request request = new Request("GET", "/_cluster/health");
            request.setOptions(PROBE);
            Response response = client().performRequest(request);
            try (InputStream body = response.getEntity().getContent()) {
                JsonNode json = mapper.readTree(body);
                return new EngineHealth(true, json.path("status").asText("unknown"),
                        json.path("cluster_name").asText(null), null);
            }
        } catch (IOException | RuntimeException e) {
            return new EngineHealth(false, "unreachable", null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Number of documents behind an index or alias; 0 when it does not exist. */
    public long countDocuments(String indexOrAlias) {
        try {
            Request request = new Request("GET", "/" + indexOrAlias + "/_count");
            request.setOptions(PROBE);
            Response response = client().performRequest(request);
            try (InputStream body = response.getEntity().getContent()) {
                return mapper.readTree(body).path("count").asLong(0);
            }
        } catch (org.elasticsearch.client.ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return 0;
            }
            throw new IndexWriteException("Could not count documents in " + indexOrAlias, e);
        } catch (IOException e) {
            throw new IndexWriteException("Could not count documents in " + indexOrAlias, e);
        }
    }

    /**
     * Runs a search request body against an index or alias. Engine down or index missing is
     * {@link EngineUnavailableException} (503, retry); a query the engine rejects is
     * {@link EngineQueryException} (the caller's fault, 400).
     */
    public SearchResponse search(String indexOrAlias, JsonNode body) {
        try {
            Request request = new Request("POST", "/" + indexOrAlias + "/_search");
            request.setOptions(QUERY);
            request.setJsonEntity(mapper.writeValueAsString(body));
            Response response = client().performRequest(request);
            try (InputStream in = response.getEntity().getContent()) {
                return new SearchResponse(mapper.readTree(in));
            }
        } catch (org.elasticsearch.client.ResponseException e) {
            int status = e.getResponse().getStatusLine().getStatusCode();
            String reason = reason(e);
            if (status == 404 || reason.contains("index_not_found")) {
                throw new EngineUnavailableException("The search index is being created; try again shortly", e);
            }
            if (status == 400) {
                throw new EngineQueryException(reason, e);
            }
            throw new EngineUnavailableException("The search engine failed (" + status + "): " + reason, e);
        } catch (IOException e) {
            throw new EngineUnavailableException("The search engine is unreachable: " + e.getMessage(), e);
        }
    }

    /** The root cause the engine gave, without its stack of wrappers. */
    private String reason(org.elasticsearch.client.ResponseException e) {
        try (InputStream in = e.getResponse().getEntity().getContent()) {
            JsonNode error = mapper.readTree(in).path("error");
            JsonNode root = error.path("root_cause").path(0);
            JsonNode deepest = error.path("caused_by").isMissingNode() ? root : error.path("caused_by");
            while (deepest.has("caused_by")) {
                deepest = deepest.path("caused_by");
            }
            String type = deepest.path("type").asText(root.path("type").asText("error"));
            String text = deepest.path("reason").asText(root.path("reason").asText(""));
            return type + ": " + text;
        } catch (IOException | RuntimeException ignored) {
            return String.valueOf(e.getMessage());
        }
    }

    /** The engine's low-level client, for the adapter's own requests (percolation, raw baselines). */
    public RestClient restClient() {
        return client();
    }

    private RestClient client() {
        return searchMapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
    }

    /** What the engine said about itself. */
    public record EngineHealth(boolean reachable, String status, String clusterName, String error) {
        public boolean usable() {
            return reachable && ("green".equals(status) || "yellow".equals(status));
        }
    }
}
