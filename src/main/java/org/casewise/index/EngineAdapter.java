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
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * The one place that speaks the engine's own JSON (OpenSearch or Elasticsearch) rather than the
 * Hibernate Search DSL: cluster health and document counts. (Native aggregation results will be
 * converted here too, when trends need them.)
 */
@ApplicationScoped
public class EngineAdapter {

    /** Probes must answer fast: readiness and the 503 decision call them on the request path. */
    private static final RequestOptions PROBE = RequestOptions.DEFAULT.toBuilder()
            .setRequestConfig(RequestConfig.custom().setConnectTimeout(1000).setSocketTimeout(3000).build())
            .build();

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
