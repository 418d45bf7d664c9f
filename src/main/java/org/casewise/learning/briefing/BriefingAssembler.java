package org.casewise.learning.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casewise.analyse.Board;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.ReviewTypes;
import org.casewise.analyse.Taxonomy;
import org.casewise.api.BriefingRequest;
import org.casewise.api.BriefingView;
import org.casewise.api.BriefingView.Action;
import org.casewise.api.BriefingView.Happened;
import org.casewise.api.BriefingView.Point;
import org.casewise.api.BriefingView.Question;
import org.casewise.api.BriefingView.Reference;
import org.casewise.api.BriefingView.SharedTheme;
import org.casewise.api.BriefingView.ThemeRef;
import org.casewise.search.Facet;
import org.casewise.search.FacetLabels;
import org.casewise.store.Recommendation;
import org.casewise.store.Review;
import org.casewise.store.ReviewChild;
import org.casewise.store.ReviewTheme;
import org.casewise.store.ThemeEvidence;

/**
 * Builds the five sections of a 7-minute briefing from reviews already read (and checked visible) by
 * {@link BriefingService}. Everything comes from the database: metadata and evidence for what happened,
 * theme counts for why it matters, learning points for what was learned, recommendations for actions.
 * Runs inside the service's transaction (it walks lazy collections).
 */
@ApplicationScoped
class BriefingAssembler {

    static final int MAX_SHARED_THEMES = 8;
    static final int MAX_AUTO_LEARNING = 10;
    static final int MAX_AUTO_ACTIONS = 6;
    static final int MAX_QUESTION_THEMES = 3;
    static final int MAX_BANK_QUESTIONS = 6;
    static final int MAX_EVIDENCE = 2;
    static final int MAX_SENTENCE = 400;

    @Inject
    FacetLabels labels;

    @Inject
    BoardRegistry boards;

    @Inject
    QuestionBank questionBank;

    /** A chosen review and its reference number (its 1-based place in the request). */
    record Cited(int ref, Review review, String citation) {
    }

    BriefingView assemble(BriefingRequest request, List<Review> reviews, List<Recommendation> chosenPoints) {
        Taxonomy taxonomy = labels.taxonomy();
        List<Cited> cited = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            cited.add(new Cited(i + 1, reviews.get(i), citation(i + 1, reviews.get(i))));
        }
        ThemeRef focus = request.theme() == null ? null : taxonomy.get(request.theme())
                .map(t -> new ThemeRef(t.id(), t.label(), t.definition())).orElse(null);
        List<SharedTheme> shared = sharedThemes(cited, request.theme(), taxonomy);
        // Learning is ranked by the focus theme or, without one, by the theme the reviews share most.
        String rankTheme = request.theme() != null ? request.theme() : shared.isEmpty() ? null : shared.get(0).id();
        TermRanker ranker = new TermRanker(rankTheme == null ? List.of() : taxonomy.terms(rankTheme));

        List<Recommendation> chosenLearning = chosenPoints.stream().filter(p -> !"recommendation".equals(p.kind)).toList();
        List<Recommendation> chosenActions = chosenPoints.stream().filter(p -> "recommendation".equals(p.kind)).toList();
        List<Recommendation> learning = chosenLearning.isEmpty()
                ? ranked(cited, p -> !"recommendation".equals(p.kind), ranker, MAX_AUTO_LEARNING, 3) : chosenLearning;
        List<Recommendation> actions = chosenActions.isEmpty()
                ? ranked(cited, p -> "recommendation".equals(p.kind), ranker, MAX_AUTO_ACTIONS, 2) : chosenActions;

        Map<Long, Cited> byReview = new LinkedHashMap<>();
        cited.forEach(c -> byReview.put(c.review().id, c));
        List<Point> points = learning.stream().map(p -> {
            Cited c = byReview.get(p.review.id);
            return new Point(p.id, p.kind, p.label, p.text, c.ref(), c.citation());
        }).toList();
        List<Action> actionList = new ArrayList<>();
        for (Recommendation p : actions) {
            Cited c = byReview.get(p.review.id);
            actionList.add(new Action(p.text, p.addressee, addresseeLabel(p.addressee), p.id, c.ref(), c.citation()));
        }
        request.actions().forEach(a -> actionList.add(new Action(a, null, null, null, null, null)));

        return new BriefingView(null, request.title(), focus, request.audience(), Instant.now(),
                cited.stream().map(c -> happened(c, request.theme())).toList(), shared, points,
                questions(request, shared), List.copyOf(actionList),
                cited.stream().map(this::reference).toList(), null);
    }

    /** "[2] Kent SCP, Child D (2019)": board, the first child's pseudonym (or the title), year. */
    String citation(int ref, Review r) {
        String who = r.children.stream().map(ch -> ch.pseudonym).filter(p -> p != null && !p.isBlank())
                .findFirst().orElse(r.title);
        return "[" + ref + "] " + boardName(r) + ", " + who + " (" + (r.publicationYear == null ? "n.d."
                : r.publicationYear) + ")";
    }

    private String boardName(Review r) {
        if (r.boardId != null) {
            String registered = boards.byId(r.boardId).map(Board::name).orElse(null);
            if (registered != null) {
                return registered;
            }
        }
        return r.boardName != null && !r.boardName.isBlank() ? r.boardName : "Board not named";
    }

    private Happened happened(Cited c, String focusTheme) {
        Review r = c.review();
        StringBuilder s = new StringBuilder();
        s.append(r.reviewType == null ? "Review" : ReviewTypes.label(r.reviewType));
        s.append(r.publicationYear == null ? "" : ", published " + r.publicationYear);
        s.append(" by ").append(boardName(r)).append('.');
        List<String> children = r.children.stream().map(this::child).filter(x -> !x.isEmpty()).toList();
        if (!children.isEmpty()) {
            s.append(" About ").append(String.join("; ", children)).append('.');
        }
        if ("death".equals(r.outcome)) {
            s.append(" The review followed the death of a child.");
        } else if ("serious-harm".equals(r.outcome)) {
            s.append(" The review followed serious harm to a child.");
        }
        if (r.incidentYear != null) {
            s.append(" Incident in ").append(r.incidentYear).append('.');
        }
        if (!r.agencies.isEmpty()) {
            s.append(" Agencies involved: ").append(String.join(", ",
                    r.agencies.stream().map(a -> labels.label(Facet.AGENCY, a)).toList())).append('.');
        }
        List<ReviewTheme> themes = byConfidence(r);
        if (!themes.isEmpty()) {
            s.append(" Themes: ").append(String.join(", ", themes.stream().limit(6)
                    .map(t -> labels.label(Facet.THEME, t.themeId)).toList())).append('.');
        }
        return new Happened(c.ref(), c.citation(), s.toString(), evidence(themes, focusTheme));
    }

    private String child(ReviewChild ch) {
        String who = ch.pseudonym == null || ch.pseudonym.isBlank() ? "a child" : ch.pseudonym;
        String age = ch.ageBand == null ? null : switch (ch.ageBand) {
            case "unborn" -> "unborn";
            case "under-1" -> "under one year old";
            case "18-plus" -> "18 or over";
            default -> "aged " + ch.ageBand;
        };
        return age == null ? who : who + ", " + age;
    }

    private static List<ReviewTheme> byConfidence(Review r) {
        return r.themes.stream().sorted(Comparator.comparingDouble((ReviewTheme t) -> -t.confidence)).toList();
    }

    /** The focus theme's best sentences first, then the best sentence of each theme by confidence. */
    private static List<String> evidence(List<ReviewTheme> themes, String focusTheme) {
        Set<String> sentences = new LinkedHashSet<>();
        themes.stream().filter(t -> t.themeId.equals(focusTheme))
                .forEach(t -> t.evidence.stream().limit(MAX_EVIDENCE).forEach(e -> sentences.add(shorten(e.sentence))));
        for (ReviewTheme t : themes) {
            if (sentences.size() >= MAX_EVIDENCE) {
                break;
            }
            t.evidence.stream().map((ThemeEvidence e) -> shorten(e.sentence)).findFirst().ifPresent(sentences::add);
        }
        return sentences.stream().limit(MAX_EVIDENCE).toList();
    }

    static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= MAX_SENTENCE ? t : t.substring(0, t.lastIndexOf(' ', MAX_SENTENCE - 1)) + " ...";
    }

    /**
     * Themes evidenced by at least two of the chosen reviews (by any, when only one is chosen), most
     * shared first; the focus theme leads, with its count even when no review evidences it.
     */
    private List<SharedTheme> sharedThemes(List<Cited> cited, String focus, Taxonomy taxonomy) {
        Map<String, List<Integer>> refs = new LinkedHashMap<>();
        taxonomy.all().forEach(t -> refs.put(t.id(), new ArrayList<>()));
        for (Cited c : cited) {
            c.review().themes.stream().map(t -> t.themeId).distinct()
                    .forEach(id -> refs.computeIfAbsent(id, k -> new ArrayList<>()).add(c.ref()));
        }
        int minimum = cited.size() > 1 ? 2 : 1;
        List<String> order = new ArrayList<>(refs.keySet());
        List<SharedTheme> result = new ArrayList<>();
        refs.entrySet().stream()
                .filter(e -> e.getKey().equals(focus) || e.getValue().size() >= minimum)
                .sorted(Comparator.comparing((Map.Entry<String, List<Integer>> e) -> !e.getKey().equals(focus))
                        .thenComparing(e -> -e.getValue().size())
                        .thenComparing(e -> order.indexOf(e.getKey())))
                .limit(MAX_SHARED_THEMES)
                .forEach(e -> {
                    Taxonomy.Theme t = taxonomy.get(e.getKey()).orElse(null);
                    result.add(new SharedTheme(e.getKey(), t == null ? e.getKey() : t.label(),
                            t == null ? null : t.definition(), e.getValue().size(), List.copyOf(e.getValue()),
                            e.getKey().equals(focus)));
                });
        return result;
    }

    /**
     * The reviews' own points of a kind, best match to the ranking theme first; at most {@code perReview}
     * from each review so one long report does not crowd out the others.
     */
    private static List<Recommendation> ranked(List<Cited> cited, java.util.function.Predicate<Recommendation> kind,
                                               TermRanker ranker, int limit, int perReview) {
        record Scored(Recommendation p, int score, int ref) {
        }
        List<Scored> all = new ArrayList<>();
        for (Cited c : cited) {
            c.review().recommendations.stream().filter(kind)
                    .map(p -> new Scored(p, ranker.score(p.text), c.ref()))
                    .sorted(Comparator.comparingInt((Scored s) -> -s.score()).thenComparingInt(s -> s.p().position))
                    .limit(perReview).forEach(all::add);
        }
        return all.stream()
                .sorted(Comparator.comparingInt((Scored s) -> -s.score()).thenComparingInt(Scored::ref)
                        .thenComparingInt(s -> s.p().position))
                .limit(limit).map(Scored::p).toList();
    }

    /**
     * Bank questions for the focus theme and the most shared themes, taken in turns (each theme's first
     * question, then each theme's second...) so every theme is asked about within a 7-minute budget;
     * then the trainer's own.
     */
    private List<Question> questions(BriefingRequest request, List<SharedTheme> shared) {
        List<Question> result = new ArrayList<>();
        List<String> themes = shared.stream().map(SharedTheme::id).filter(id -> !questionBank.forTheme(id).isEmpty())
                .limit(MAX_QUESTION_THEMES).toList();
        for (int turn = 0; result.size() < MAX_BANK_QUESTIONS && turn < 3; turn++) {
            for (String id : themes) {
                List<String> bank = questionBank.forTheme(id);
                if (turn < bank.size() && result.size() < MAX_BANK_QUESTIONS) {
                    result.add(new Question(bank.get(turn), id));
                }
            }
        }
        if (result.isEmpty()) {
            questionBank.general().forEach(q -> result.add(new Question(q, null)));
        }
        request.questions().forEach(q -> result.add(new Question(q, null)));
        return List.copyOf(result);
    }

    private String addresseeLabel(String addressee) {
        if (addressee == null) {
            return null;
        }
        return switch (addressee) {
            case "board" -> "Safeguarding board / partnership";
            case "national" -> "National (government and national bodies)";
            default -> labels.label(Facet.AGENCY, addressee);
        };
    }

    private Reference reference(Cited c) {
        Review r = c.review();
        return new Reference(c.ref(), r.id, r.title, boardName(r), r.publicationYear, "/api/v1/reviews/" + r.id);
    }
}
