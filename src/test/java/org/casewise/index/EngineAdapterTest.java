package org.casewise.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.junit.jupiter.api.Test;

/** The engine-specific JSON, read from the real node. */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class EngineAdapterTest {

    @Inject
    EngineAdapter engine;

    @Inject
    SampleCorpus sample;

    @Inject
    IndexReconciler reconciler;

    @Test
    void healthReportsAUsableCluster() {
        EngineAdapter.EngineHealth health = engine.health();
        assertTrue(health.reachable());
        assertTrue(health.usable(), health.status());
        assertEquals("casewise", health.clusterName());
        assertNull(health.error());
    }

    @Test
    void countsDocumentsBehindTheReadAliasAndZeroForAMissingIndex() {
        sample.awaitIndexed();
        assertEquals(reconciler.status().reviews(), engine.countDocuments(IndexReconciler.READ_ALIAS),
                "every review in the database is in the index");
        assertEquals(0, engine.countDocuments("no-such-index-" + System.nanoTime()));
    }
}
