package org.casewise.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.casewise.index.EngineAdapter;
import org.casewise.index.engine.EmbeddedEngine;
import org.casewise.search.ReviewSearchService;
import org.casewise.source.SampleCorpusLoader;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means users can search: the engine answers and the index is not empty. (The database
 * check is Quarkus's own datasource readiness check.) An empty index is not ready because a
 * search service that finds nothing looks broken; this is the signal that the first start's
 * sample ingestion or a rebuild has finished.
 */
@Readiness
@ApplicationScoped
public class SearchReadinessCheck implements HealthCheck {

    @Inject
    EngineAdapter engine;

    @Inject
    ReviewSearchService search;

    @Inject
    EmbeddedEngine embedded;

    @Inject
    SampleCorpusLoader sample;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("search-index");
        EngineAdapter.EngineHealth health = engine.health();
        builder.withData("engine", health.status());
        embedded.startFailure().ifPresent(f -> builder.withData("embeddedEngineFailure", f));
        if (!health.usable()) {
            return builder.withData("reason", "search engine not usable: " + health.error()).down().build();
        }
        long searchable;
        try {
            searchable = search.countSearchable();
        } catch (RuntimeException e) {
            return builder.withData("reason", "index not available: " + e.getMessage()).down().build();
        }
        builder.withData("reviewsSearchable", searchable);
        if (searchable == 0) {
            return builder.withData("reason", sample.finished() ? "index is empty" : "sample corpus still loading")
                    .down().build();
        }
        return builder.up().build();
    }
}
