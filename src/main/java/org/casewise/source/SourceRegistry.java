package org.casewise.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casewise.api.SourceDefinition;
import org.casewise.config.CasewiseConfig;
import org.casewise.store.Source;
import org.jboss.logging.Logger;

/**
 * The registry of crawlable sources: seeded at start from index-config/sources.json (sources the
 * database does not have yet are added; the database is the source of truth after that), and
 * edited over the API.
 */
@ApplicationScoped
public class SourceRegistry {

    private static final Logger LOG = Logger.getLogger(SourceRegistry.class);
    static final String BUNDLED = "/index-config/sources.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    @Inject
    EntityManager em;

    @Inject
    CasewiseConfig config;

    /** The file's shape: {"sources": [ ... ]}. */
    record SourcesFile(List<SourceDefinition> sources) {
    }

    void seedOnStart(@Observes @Priority(10) StartupEvent event) {
        if (!config.sources().seed()) {
            return;
        }
        List<SourceDefinition> definitions = readSeed();
        int added = 0;
        for (SourceDefinition d : definitions) {
            SourceValidator.Checked checked = SourceValidator.check(d);
            boolean known = QuarkusTransaction.requiringNew().call(() -> find(d.code()).isPresent());
            if (!known) {
                register(checked);
                added++;
            }
        }
        LOG.infof("Source registry: %d sources in %s, %d added", definitions.size(),
                config.sources().file().map(Object::toString).orElse("index-config/sources.json"), added);
    }

    private List<SourceDefinition> readSeed() {
        try {
            if (config.sources().file().isPresent()) {
                return JSON.readValue(Files.readAllBytes(config.sources().file().get()), SourcesFile.class).sources();
            }
            try (InputStream in = SourceRegistry.class.getResourceAsStream(BUNDLED)) {
                return in == null ? List.of() : JSON.readValue(in, SourcesFile.class).sources();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sources file: " + e.getMessage(), e);
        }
    }

    /** Registers a new source; its code must be free. */
    public Source register(SourceDefinition definition) {
        return register(SourceValidator.check(definition));
    }

    private Source register(SourceValidator.Checked checked) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (find(checked.definition().code()).isPresent()) {
                throw new SourceConflictException("a source with code '" + checked.definition().code() + "' exists");
            }
            Source s = new Source();
            s.code = checked.definition().code();
            s.createdAt = Instant.now();
            apply(s, checked);
            em.persist(s);
            return s;
        });
    }

    /** Replaces a source's definition (its documents and history stay). */
    public Source replace(String code, SourceDefinition definition) {
        SourceValidator.Checked checked = SourceValidator.check(definition);
        if (!code.equals(definition.code())) {
            throw new InvalidSourceException("code", "the code in the body (" + definition.code()
                    + ") must match the path (" + code + ")");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Source s = find(code).orElseThrow(() -> new SourceNotFoundException(code));
            if (s.kind != checked.kind()) {
                throw new InvalidSourceException("kind", "a source's kind cannot change (" + s.kind.code() + ")");
            }
            apply(s, checked);
            return s;
        });
    }

    private void apply(Source s, SourceValidator.Checked checked) {
        SourceDefinition d = checked.definition();
        s.name = d.name().strip();
        s.kind = checked.kind();
        s.boardId = blankToNull(d.boardId());
        s.location = blankToNull(d.location());
        s.schedule = blankToNull(d.schedule());
        s.enabled = d.enabled() == null || d.enabled();
        s.settings = write(checked.settings());
        s.nextCrawlAt = s.enabled ? SourceValidator.nextRun(s.schedule, Instant.now()).orElse(null) : null;
    }

    /** Must run in a transaction. */
    public Optional<Source> find(String code) {
        return em.createQuery("select s from Source s where s.code = :code", Source.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public Source require(String code) {
        return QuarkusTransaction.requiringNew().call(() -> find(code).orElseThrow(() -> new SourceNotFoundException(code)));
    }

    public List<Source> all() {
        return QuarkusTransaction.requiringNew().call(() ->
                em.createQuery("select s from Source s order by s.code", Source.class).getResultList());
    }

    public static SourceSettings settings(Source s) {
        if (s.settings == null || s.settings.isBlank()) {
            return new SourceSettings(null, null, null, null, null, null, null, null);
        }
        try {
            return JSON.readValue(s.settings, SourceSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("source " + s.code + " has unreadable settings: " + e.getMessage(), e);
        }
    }

    /** The definition a source was registered with, as the API shows it. */
    public static SourceDefinition definition(Source s) {
        SourceSettings st = settings(s);
        return new SourceDefinition(s.code, s.name, s.kind.code(), s.boardId, s.location, s.schedule, s.enabled,
                st.startUrls(), st.allowedHosts(), st.followPatterns(), st.documentPatterns(), st.maxDepth(),
                st.maxPages(), st.perHostDelayMs(), st.allowLoopback());
    }

    private static String write(SourceSettings settings) {
        try {
            return JSON.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
