package org.casewise.index.engine;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.casewise.config.CasewiseConfig;
import org.jboss.logging.Logger;

/**
 * Owns the embedded OpenSearch node's life when {@code casewise.engine.embedded=true}: starts it
 * in the background at startup (the service answers, and reports not-ready, meanwhile), stops it
 * at shutdown. The child also dies by itself if this JVM is killed (see {@link OpenSearchNodeProcess}).
 */
@ApplicationScoped
public class EmbeddedEngine {

    private static final Logger LOG = Logger.getLogger(EmbeddedEngine.class);

    @Inject
    CasewiseConfig config;

    private volatile OpenSearchNodeProcess node;
    private volatile String startFailure;

    void onStart(@Observes StartupEvent event) {
        if (!config.engine().embedded()) {
            return;
        }
        node = new OpenSearchNodeProcess(config.engine().home(),
                config.dataDir().resolve("opensearch"), config.engine().port(), config.engine().heap());
        Thread starter = new Thread(this::startNode, "embedded-engine-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void startNode() {
        try {
            node.start(config.engine().startTimeout());
            startFailure = null;
        } catch (Exception e) {
            startFailure = e.getMessage();
            LOG.errorf("The embedded search engine did not start: %s", e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        OpenSearchNodeProcess n = node;
        if (n != null) {
            n.close();
        }
    }

    /** Why the embedded node is not running, when it failed to start. */
    public Optional<String> startFailure() {
        return Optional.ofNullable(startFailure);
    }

    public boolean isEmbedded() {
        return config.engine().embedded();
    }
}
