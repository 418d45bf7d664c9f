package org.casewise.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.casewise.index.EngineAdapter;
import org.casewise.index.IndexReconciler;
import org.casewise.index.engine.EmbeddedEngine;
import org.casewise.search.ReviewSearchService;
import org.casewise.source.SampleCorpusLoader;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means users can search: the engine answers, the index is not empty and the first start's
 * sample ingestion has finished. (The database check is Quarkus's own datasource readiness
 * check.) An empty or half-loaded index is not ready because a search service that finds nothing,
 * or only part of its collection, looks broken.
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

    @Inject
    IndexReconciler reconciler;

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
        if (!sample.finished()) {
            // A half-loaded first start would answer searches with a partial collection.
            return builder.withData("reason", "sample corpus still loading").down().build();
        }
        // An empty index is fine for an empty collection (a new installation without the sample); an empty
        // index while the database holds reviews means it is still being built.
        if (searchable == 0 && reconciler.pendingCount() > 0) {
            return builder.withData("reason", "index is empty while reviews wait to be indexed").down().build();
        }
        return builder.up().build();
    }
}
