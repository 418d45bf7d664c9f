package org.casewise.source;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.casewise.config.CasewiseConfig;
import org.jboss.logging.Logger;

/**
 * On the first start with an empty database, ingests the bundled sample corpus so that a new user
 * has something to search at once. Runs in the background; readiness waits for it. If that first
 * import was interrupted (the service killed half-way), the next start finishes it: files already
 * stored are recognised by their hash and cost only a read.
 */
@ApplicationScoped
public class SampleCorpusLoader {

    private static final Logger LOG = Logger.getLogger(SampleCorpusLoader.class);

    @Inject
    CasewiseConfig config;

    @Inject
    FolderImporter importer;

    @Inject
    EntityManager em;

    static final String SOURCE_CODE = "folder:sample";

    private volatile boolean finished;

    void onStart(@Observes StartupEvent event) {
        if (!config.sample().ingestOnEmpty()) {
            finished = true;
            return;
        }
        long documents = QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select count(d) from Document d", Long.class).getSingleResult());
        long fromSample = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select count(s) from Source s where s.code = :code", Long.class)
                .setParameter("code", SOURCE_CODE).getSingleResult());
        if (documents > 0 && fromSample == 0) {
            finished = true;
            return;
        }
        Path dir = config.sample().dir();
        if (!Files.isDirectory(dir)) {
            LOG.warnf("The sample corpus folder %s does not exist; starting with an empty collection",
                    dir.toAbsolutePath());
            finished = true;
            return;
        }
        Thread loader = new Thread(() -> load(dir), "sample-corpus-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void load(Path dir) {
        try {
            LOG.infof("Ingesting the sample corpus from %s (files already stored are skipped)", dir.toAbsolutePath());
            FolderImporter.FolderReport report = importer.importFolder(dir, SOURCE_CODE, "Bundled sample corpus");
            LOG.infof("Sample corpus ingested: %d analysed, %d failed, %d already stored or duplicates",
                    report.analysed(), report.failed(), report.duplicates());
        } catch (Exception e) {
            LOG.errorf(e, "Could not ingest the sample corpus from %s", dir);
        } finally {
            finished = true;
        }
    }

    /** False while the first-start sample ingestion is still running. */
    public boolean finished() {
        return finished;
    }
}
