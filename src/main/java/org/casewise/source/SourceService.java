package org.casewise.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.casewise.store.Source;
import org.casewise.store.SourceKind;

/** The registry of sources reports come from. */
@ApplicationScoped
public class SourceService {

    public static final String UPLOAD_CODE = "upload";

    @Inject
    EntityManager em;

    /** The source with this code, created on first use. */
    @Transactional
    public Source ensure(String code, String name, SourceKind kind, String location) {
        return em.createQuery("select s from Source s where s.code = :code", Source.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Source s = new Source();
                    s.code = code;
                    s.name = name;
                    s.kind = kind;
                    s.location = location;
                    s.createdAt = Instant.now();
                    em.persist(s);
                    return s;
                });
    }

    public Source singleUrls() {
        return ensure("url", "Single URLs submitted by users", SourceKind.URL, null);
    }

    public Source uploads() {
        return ensure(UPLOAD_CODE, "Uploaded by users", SourceKind.UPLOAD, null);
    }
}
