package org.casewise.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.casewise.analyse.recommend.LearningPoint;
import org.casewise.dataset.model.GroundTruth;

/**
 * Compares extracted recommendations with a ground truth's. An extracted item matches a true one
 * when its text, whitespace and quotes normalised, contains or equals the truth's (an extractor may
 * keep a sub-list or a trailing label the truth leaves out; it may not lose words). Each found item
 * matches at most one true item. Learning points and findings are counted, not scored: the ground
 * truth lists recommendations only. Not thread-safe: one scorer per run.
 */
public final class RecommendationScorer {

    private int documents;
    private int truthItems;
    private int foundItems;
    private int matched;
    private int numbersRight;
    private int numbersNull;
    private int addresseesRight;
    private int addresseesNull;
    private int otherKinds;
    private int perfectDocuments;
    private final List<String> misses = new ArrayList<>();

    public void add(List<LearningPoint> found, GroundTruth truth) {
        documents++;
        List<LearningPoint> recs = found.stream().filter(p -> LearningPoint.RECOMMENDATION.equals(p.kind())).toList();
        otherKinds += found.size() - recs.size();
        List<GroundTruth.Recommendation> expected = truth.recommendations() == null ? List.of() : truth.recommendations();
        truthItems += expected.size();
        foundItems += recs.size();
        boolean[] used = new boolean[recs.size()];
        int docMatched = 0;
        int docExact = 0;
        for (GroundTruth.Recommendation r : expected) {
            String want = normalise(r.text());
            int hit = -1;
            for (int i = 0; i < recs.size(); i++) {
                if (!used[i] && normalise(recs.get(i).text()).contains(want)) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                if (misses.size() < 40) {
                    misses.add(truth.id() + " missed #" + r.number() + ": " + abbreviate(r.text()));
                }
                continue;
            }
            used[hit] = true;
            matched++;
            docMatched++;
            LearningPoint p = recs.get(hit);
            boolean numberOk = Objects.equals(number(p.number()), number(r.number()));
            boolean addresseeOk = Objects.equals(p.addressedTo(), r.addressee());
            numbersRight += numberOk ? 1 : 0;
            numbersNull += p.number() == null ? 1 : 0;
            addresseesRight += addresseeOk ? 1 : 0;
            addresseesNull += p.addressedTo() == null ? 1 : 0;
            docExact += numberOk && addresseeOk ? 1 : 0;
            if (!addresseeOk && misses.size() < 40) {
                misses.add(truth.id() + " addressee " + p.addressedTo() + " not " + r.addressee() + ": " + abbreviate(r.text()));
            }
        }
        for (int i = 0; i < recs.size(); i++) {
            if (!used[i] && misses.size() < 40) {
                misses.add(truth.id() + " extra #" + recs.get(i).number() + ": " + abbreviate(recs.get(i).text()));
            }
        }
        if (docMatched == expected.size() && recs.size() == expected.size() && docExact == expected.size()) {
            perfectDocuments++;
        }
    }

    /** Recall, precision, number and addressee accuracy (over matched items), and the first misses. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "recommendations: %d documents, %d true items, %d found%n", documents, truthItems, foundItems));
        sb.append(String.format(Locale.ROOT, "  %-34s %6s%n", "measure", "value"));
        row(sb, "recall (items)", matched, truthItems);
        row(sb, "precision (items)", matched, foundItems);
        row(sb, "number right (of matched)", numbersRight, matched);
        row(sb, "number missing (of matched)", numbersNull, matched);
        row(sb, "addressee right (of matched)", addresseesRight, matched);
        row(sb, "addressee null (of matched)", addresseesNull, matched);
        row(sb, "documents entirely right", perfectDocuments, documents);
        sb.append(String.format(Locale.ROOT, "  learning points and findings found (not scored): %d%n", otherKinds));
        if (!misses.isEmpty()) {
            sb.append("  first misses and extras:\n");
            misses.forEach(m -> sb.append("    ").append(m).append('\n'));
        }
        return sb.toString();
    }

    public double recall() {
        return truthItems == 0 ? 1 : (double) matched / truthItems;
    }

    public double precision() {
        return foundItems == 0 ? 1 : (double) matched / foundItems;
    }

    private static void row(StringBuilder sb, String name, int n, int of) {
        sb.append(String.format(Locale.ROOT, "  %-34s %5.1f%%  (%d/%d)%n", name, of == 0 ? 100.0 : 100.0 * n / of, n, of));
    }

    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('’', '\'').replace('‘', '\'').replace('“', '"')
                .replace('”', '"').replaceAll("\\s+", " ").strip();
    }

    /** '3', '3.' and 'R3' are the same number. */
    private static String number(String n) {
        return n == null ? null : n.strip().replaceFirst("(?i)^r\\s?", "").replaceAll("[.):]+$", "");
    }

    private static String abbreviate(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }
}
