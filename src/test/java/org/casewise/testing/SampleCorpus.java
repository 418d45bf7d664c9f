package org.casewise.testing;

import static org.awaitility.Awaitility.await;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.casewise.index.IndexReconciler;
import org.casewise.source.SampleCorpusLoader;

/** Waits until the first-start sample ingestion has finished and the index has caught up. */
@ApplicationScoped
public class SampleCorpus {

    @Inject
    SampleCorpusLoader loader;

    @Inject
    IndexReconciler reconciler;

    public void awaitIndexed() {
        await("sample corpus ingested and indexed").atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> loader.finished() && reconciler.pendingCount() == 0 && reconciler.status().engineReachable());
    }
}
