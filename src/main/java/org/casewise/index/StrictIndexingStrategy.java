package org.casewise.index;

import java.util.concurrent.CompletionException;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;

/**
 * Waits for index writes and <em>throws</em> when any of them failed.
 *
 * <p>The stock strategies hand failures to the failure handler, which only logs them. The
 * reconciler must know, so that it records a review as indexed only when the engine accepted it.
 */
final class StrictIndexingStrategy implements IndexingPlanSynchronizationStrategy {

    private final boolean refresh;

    StrictIndexingStrategy(boolean refresh) {
        this.refresh = refresh;
    }

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.FORCE);
        context.documentRefreshStrategy(refresh ? DocumentRefreshStrategy.FORCE : DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(future -> {
            var report = joinUnwrapped(future);
            report.throwable().ifPresent(t -> {
                throw new IndexWriteException("The search engine rejected or missed "
                        + report.failingEntities().size() + " review(s): " + t.getMessage(), t);
            });
        });
    }

    private static <T> T joinUnwrapped(java.util.concurrent.CompletableFuture<? extends T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IndexWriteException("Index write failed: " + cause.getMessage(), cause);
        }
    }
}
