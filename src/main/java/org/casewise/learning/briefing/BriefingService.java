package org.casewise.learning.briefing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casewise.api.BriefingLearningPoint;
import org.casewise.api.BriefingRequest;
import org.casewise.api.BriefingView;
import org.casewise.search.Viewer;
import org.casewise.search.VisibilityPolicy;
import org.casewise.store.Briefing;
import org.casewise.store.Recommendation;
import org.casewise.store.Review;
import org.casewise.store.Visibility;
import org.casewise.web.BadParameterException;

/**
 * Creates and reads briefings. Every review a briefing names goes through the visibility policy: a
 * review the caller may not see is refused exactly like one that does not exist (same message), so a
 * briefing request can neither include restricted material nor probe for it.
 */
@ApplicationScoped
public class BriefingService {

    @Inject
    EntityManager em;

    @Inject
    VisibilityPolicy visibility;

    @Inject
    BriefingAssembler assembler;

    @Inject
    ObjectMapper mapper;

    @Transactional
    public BriefingView create(BriefingRequest request, Viewer viewer) {
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < request.reviews().size(); i++) {
            reviews.add(readable(request.reviews().get(i), viewer).orElseThrow(notFound("reviews", i,
                    "no review with id " + request.reviews().get(i))));
        }
        Set<Long> chosen = new HashSet<>(request.reviews());
        List<Recommendation> points = new ArrayList<>();
        for (int i = 0; i < request.learningPoints().size(); i++) {
            long id = request.learningPoints().get(i);
            Recommendation p = em.find(Recommendation.class, id);
            if (p == null || !chosen.contains(p.review.id)) {
                throw notFound("learningPoints", i, id + " is not a learning point, finding or recommendation"
                        + " of the chosen reviews").get();
            }
            points.add(p);
        }
        BriefingView content = assembler.assemble(request, reviews, points);

        Briefing b = new Briefing();
        b.title = request.title();
        b.restricted = reviews.stream().anyMatch(r -> r.visibility != Visibility.PUBLIC);
        b.createdAt = content.createdAt();
        b.requestJson = json(request);
        b.contentJson = json(content);
        em.persist(b);
        em.flush();
        return content.withId(b.id, BriefingView.Downloads.of(b.id));
    }

    /**
     * A stored briefing, if the viewer may read it: not when it was made from a restricted review,
     * nor when a review it cites has since been withdrawn or restricted.
     */
    @Transactional
    public Optional<BriefingView> get(long id, Viewer viewer) {
        Briefing b = em.find(Briefing.class, id);
        if (b == null || (b.restricted && !viewer.entitledToRestricted())) {
            return Optional.empty();
        }
        BriefingView content = read(b.contentJson);
        boolean allReadable = content.references().stream()
                .allMatch(r -> readable(r.reviewId(), viewer).isPresent());
        return allReadable ? Optional.of(content.withId(b.id, BriefingView.Downloads.of(b.id))) : Optional.empty();
    }

    /** The learning points, findings and recommendations of reviews, with the ids a request names. */
    @Transactional
    public List<BriefingLearningPoint> learningPoints(List<Long> reviewIds, Viewer viewer) {
        List<BriefingLearningPoint> result = new ArrayList<>();
        for (int i = 0; i < reviewIds.size(); i++) {
            Review r = readable(reviewIds.get(i), viewer).orElseThrow(notFound("review", i,
                    "no review with id " + reviewIds.get(i)));
            r.recommendations.forEach(p -> result.add(new BriefingLearningPoint(p.id, r.id, p.kind, p.label, p.text,
                    p.addressee)));
        }
        return result;
    }

    private Optional<Review> readable(long id, Viewer viewer) {
        Review r = em.find(Review.class, id);
        return r != null && visibility.canRead(r, viewer) ? Optional.of(r) : Optional.empty();
    }

    private static java.util.function.Supplier<BadParameterException> notFound(String field, int index, String what) {
        return () -> new BadParameterException(field, field + "[" + index + "]: " + what);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a briefing as JSON", e);
        }
    }

    private BriefingView read(String json) {
        try {
            return mapper.readValue(json, BriefingView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored briefing cannot be read", e);
        }
    }
}
