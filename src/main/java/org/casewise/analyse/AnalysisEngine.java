package org.casewise.analyse;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.casewise.extract.ExtractedText;
import org.jboss.logging.Logger;

/**
 * The service's one {@link ReportAnalyser}: the OpenNLP models and the theme model are loaded once
 * at start (a missing or stale model stops the service with a clear message rather than the first
 * ingest).
 */
@ApplicationScoped
@Startup
public class AnalysisEngine {

    private static final Logger LOG = Logger.getLogger(AnalysisEngine.class);

    @Inject
    BoardRegistry boards;

    private ReportAnalyser analyser;

    @PostConstruct
    void load() {
        long t0 = System.nanoTime();
        analyser = ReportAnalyser.create(boards);
        LOG.infof("Report analyser %s loaded in %d ms", analyser.version(), (System.nanoTime() - t0) / 1_000_000);
    }

    public ReportAnalysis analyse(ExtractedText extracted, String fileName, Optional<Board> sourceBoard) {
        return analyser.analyse(extracted, fileName, sourceBoard);
    }

    public String version() {
        return analyser.version();
    }

    public Taxonomy taxonomy() {
        return analyser.taxonomy();
    }
}
