package org.casewise.search.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.casewise.analyse.BoardRegistry;
import org.casewise.api.AlertMatchView;
import org.casewise.api.AlertMatches;
import org.casewise.api.AlertQuery;
import org.casewise.api.AlertView;
import org.casewise.api.BoardRef;
import org.casewise.index.Percolator;
import org.casewise.search.Facet;
import org.casewise.search.FacetLabels;
import org.casewise.search.Viewer;
import org.casewise.search.VisibilityPolicy;
import org.casewise.store.AlertMatch;
import org.casewise.store.Review;
import org.casewise.store.SavedSearch;
import org.casewise.store.Visibility;
import org.casewise.web.BadParameterException;

/**
 * Saved searches: create, read, delete, and the matches the {@link AlertMatcher} found.
 *
 * <p>Who may read an alert: until Casewise has user accounts, an alert is a capability. An alert
 * made by an anonymous caller only ever holds public reviews, so anyone with its id may read it; an
 * alert made with the restricted-access token may hold restricted reviews, so it is read with that
 * token or with the alert's own feed token, and is otherwise a 404 (its existence is not revealed).
 * Every read also re-checks each review's visibility in the database for the alert's entitlement,
 * so a review made restricted after it matched disappears from an anonymous alert's feed.
 */
@ApplicationScoped
public class AlertService {

    static final int MAX_NAME = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    AlertQueries queries;

    @Inject
    AlertMatcher matcher;

    @Inject
    Percolator percolator;

    @Inject
    BoardRegistry boards;

    @Inject
    VisibilityPolicy visibility;

    @Inject
    FacetLabels labels;

    /** A matched review with when it matched, for the JSON list and the feed. */
    public record Matched(AlertMatch match, Review review) {
    }

    /** Validates and stores a saved search; the engine gets its query now if it is up, else later. */
    public AlertView create(JsonNode body, Viewer creator) {
        if (body == null || !body.isObject()) {
            throw new BadParameterException("body", "the body must be a JSON object such as"
                    + " {\"name\": \"Unsafe sleep\", \"query\": {\"q\": \"unsafe sleep\"}}");
        }
        var names = body.fieldNames();
        while (names.hasNext()) {
            String field = names.next();
            if (!field.equals("name") && !field.equals("query")) {
                throw new BadParameterException(field, "an alert has only 'name' and 'query', not '"
                        + (field.length() > 40 ? field.substring(0, 40) + "..." : field) + "'");
            }
        }
        JsonNode nameNode = body.path("name");
        if (!nameNode.isTextual() || nameNode.asText().isBlank()) {
            throw new BadParameterException("name", "name is required: a short text naming the alert");
        }
        String name = nameNode.asText().strip();
        if (name.length() > MAX_NAME) {
            throw new BadParameterException("name", "name must be at most " + MAX_NAME + " characters");
        }
        ObjectNode query = queries.normalise(body.get("query"));
        long id = store(name, query, creator.entitledToRestricted());
        // Register at once so that a review ingested right after this call is matched; if the engine is
        // down the alert stays unregistered and the matcher's scheduled run registers it when it returns.
        matcher.registerNow();
        return view(id, creator, null).orElseThrow();
    }

    @Transactional
    long store(String name, ObjectNode query, boolean entitled) {
        SavedSearch alert = new SavedSearch();
        alert.name = name;
        try {
            alert.queryJson = mapper.writeValueAsString(query);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        alert.entitled = entitled;
        alert.feedToken = newToken();
        // Whole microseconds, as both databases store them, so "saved at or after creation" compares exactly.
        alert.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        em.persist(alert);
        em.flush();
        return alert.id;
    }

    /** The alert if it exists and this caller (or this feed token) may read it. */
    @Transactional
    public Optional<AlertView> view(long id, Viewer caller, String token) {
        return find(id, caller, token).map(this::toView);
    }

    /** Deletes the alert, its matches and (best effort now, else never matched again) its engine query. */
    public void delete(long id, Viewer caller, String token) {
        if (!deleteRow(id, caller, token)) {
            throw notFound(id);
        }
        try {
            percolator.unregister(id);
        } catch (RuntimeException e) {
            // The engine may keep the query for now: a match it reports for an alert the database no
            // longer has is dropped by the matcher, so the leftover is harmless.
        }
    }

    @Transactional
    boolean deleteRow(long id, Viewer caller, String token) {
        if (find(id, caller, token).isEmpty()) {
            return false;
        }
        em.createQuery("delete from AlertMatch m where m.alertId = :id").setParameter("id", id).executeUpdate();
        em.createQuery("delete from SavedSearch a where a.id = :id").setParameter("id", id).executeUpdate();
        return true;
    }

    /** The newest {@code limit} matches the alert's entitlement may show. */
    @Transactional
    public AlertMatches matches(long id, Viewer caller, String token, int limit) {
        SavedSearch alert = find(id, caller, token).orElseThrow(() -> notFound(id));
        List<AlertMatchView> views = matched(alert, limit).stream().map(this::toMatchView).toList();
        return new AlertMatches(alert.id, count(alert), matcher.pendingCount(), views);
    }

    /** The alert and its newest matches, for the feed; 404 unless this caller or token may read it. */
    @Transactional
    public FeedData feed(long id, Viewer caller, String token, int limit) {
        SavedSearch alert = find(id, caller, token).orElseThrow(() -> notFound(id));
        List<Matched> matched = matched(alert, limit);
        // Themes and board names are read here, inside the transaction.
        List<FeedData.Entry> entries = matched.stream().map(m -> new FeedData.Entry(m.review().id, m.review().title,
                boardName(m.review()), m.review().publicationYear,
                themes(m.review()).stream().map(t -> labels.label(Facet.THEME, t)).toList(), m.match().matchedAt,
                m.review().updatedAt)).toList();
        return new FeedData(alert.id, alert.name, alert.createdAt, entries);
    }

    /** What the Atom feed shows, read from the database in one transaction. */
    public record FeedData(long alertId, String name, Instant created, List<Entry> entries) {
        public record Entry(long reviewId, String title, String board, Integer year, List<String> themes,
                            Instant matchedAt, Instant reviewUpdated) {
        }
    }

    private Optional<SavedSearch> find(long id, Viewer caller, String token) {
        SavedSearch alert = em.find(SavedSearch.class, id);
        if (alert == null) {
            return Optional.empty();
        }
        boolean tokenMatches = token != null && MessageDigest.isEqual(
                alert.feedToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
        if (alert.entitled && !caller.entitledToRestricted() && !tokenMatches) {
            return Optional.empty();
        }
        return Optional.of(alert);
    }

    private List<Matched> matched(SavedSearch alert, int limit) {
        List<Object[]> rows = em.createQuery("""
                select m, r from AlertMatch m, Review r
                where r.id = m.reviewId and m.alertId = :id and (r.visibility = :public or :entitled = true)
                order by m.matchedAt desc, m.id desc""", Object[].class)
                .setParameter("id", alert.id).setParameter("public", Visibility.PUBLIC)
                .setParameter("entitled", alert.entitled)
                .setMaxResults(limit).getResultList();
        Viewer viewer = AlertMatcher.viewer(alert);
        return rows.stream().map(r -> new Matched((AlertMatch) r[0], (Review) r[1]))
                .filter(m -> visibility.canRead(m.review(), viewer)).toList();
    }

    private long count(SavedSearch alert) {
        return em.createQuery("""
                select count(m) from AlertMatch m, Review r
                where r.id = m.reviewId and m.alertId = :id and (r.visibility = :public or :entitled = true)""", Long.class)
                .setParameter("id", alert.id).setParameter("public", Visibility.PUBLIC)
                .setParameter("entitled", alert.entitled).getSingleResult();
    }

    private AlertView toView(SavedSearch alert) {
        AlertQuery query;
        try {
            query = mapper.readValue(alert.queryJson, AlertQuery.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored query of alert " + alert.id + " is not valid JSON", e);
        }
        String href = "/api/v1/alerts/" + alert.id;
        return new AlertView(alert.id, alert.name, query, alert.createdAt, alert.entitled, count(alert),
                alert.registered, href + "/feed?token=" + alert.feedToken, href + "/matches", href);
    }

    private AlertMatchView toMatchView(Matched m) {
        Review r = m.review();
        BoardRef board = r.boardId == null ? null : boards.byId(r.boardId).map(BoardRef::of)
                .orElse(new BoardRef(r.boardId, r.boardName, r.nation, r.region));
        return new AlertMatchView(r.id, r.title, board, r.publicationYear, r.reviewType, themes(r),
                m.match().matchedAt, "/api/v1/reviews/" + r.id);
    }

    private String boardName(Review r) {
        if (r.boardId == null) {
            return r.boardName;
        }
        return boards.byId(r.boardId).map(b -> b.name()).orElse(r.boardName);
    }

    private static List<String> themes(Review r) {
        return r.themes.stream().map(t -> t.themeId).toList();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No alert with id " + id);
    }

    /** 24 random bytes (192 bits), URL-safe: the feed's only credential. */
    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
