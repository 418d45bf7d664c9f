package org.casewise.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Points the application under test at the shared real OpenSearch node and at a fresh data
 * directory (H2 database and content store). The index is dropped and re-created at each boot, so
 * it always matches the fresh database.
 */
public class OpenSearchTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        int port = TestNode.ensureStarted();
        try {
            return Map.of(
                    "quarkus.hibernate-search-orm.elasticsearch.hosts", "127.0.0.1:" + port,
                    "casewise.engine.port", String.valueOf(port),
                    "casewise.data-dir", TestNode.freshDir("test-data").toString(),
                    "quarkus.hibernate-search-orm.schema-management.strategy", "drop-and-create");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // The node is shared by all test classes and ends with the test JVM.
    }
}
