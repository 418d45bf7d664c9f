package org.casewise.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casewise.analyse.metadata.Child;
import org.casewise.analyse.metadata.ReportMetadata;
import org.casewise.dataset.model.GroundTruth;

/**
 * Compares extracted metadata with ground truth, field by field, and accumulates the counts. A
 * field is scored only when the ground truth states it; hostile files are skipped except those
 * whose extension lies (they should be analysed like any other). Not thread-safe: one scorer per run.
 */
public class MetadataScorer {

    /** Ground-truth methods that correspond to one of our methodology ids; the rest are not scored. */
    private static final Map<String, String> METHODS = Map.of("imr-overview", "imr-overview", "scie-systems", "scie-systems",
            "hybrid", "hybrid", "rapid-review-then-lcspr", "rapid-review", "rapid-review", "rapid-review", "silp", "silp",
            "appreciative", "appreciative");

    private final Map<String, int[]> fields = new LinkedHashMap<>();
    private int agencyTruePositives;
    private int agencyFound;
    private int agencyExpected;
    private int reports;
    private int skipped;

    /** Scores one report; returns the names of the fields that were wrong (for listing misses). */
    public List<String> add(ReportMetadata got, GroundTruth want) {
        List<String> wrong = new ArrayList<>();
        if (want.hostile() != null && !"extension-lies".equals(want.hostile().kind())) {
            skipped++;
            return wrong;
        }
        reports++;
        if (want.board() != null) {
            score("board", want.board().id(), got.board() == null ? null : got.board().id(), wrong);
        }
        score("nation", want.nation(), got.board() == null ? null : got.board().nation(), wrong);
        if (want.nation() != null && "england".equals(want.nation())) {
            score("region", want.region(), got.board() == null ? null : got.board().region(), wrong);
        }
        score("reviewType", want.reviewType(), got.reviewType(), wrong);
        // A draft has not been published: the year on its cover is the draft's, so no publication year
        // is stated (the generator's year for a draft is the year it was written).
        score("publicationYear", "restricted".equals(want.visibility()) ? null : want.year(), got.publicationYear(), wrong);
        score("incidentYear", want.incidentYear(), got.incidentYear(), wrong);
        // The truth says when a report never states the outcome (briefings): then only null is right,
        // and 'other' or any other answer is a guess.
        score("outcome", stated(want.outcome()), stated(got.outcome()), wrong);
        if (want.children() != null && !want.children().isEmpty()) {
            // The age bands the report states, as a set: what the ageBand facet shows for the review.
            score("ageBands", stated(want.children().stream().map(GroundTruth.Child::ageBand).toList()),
                    stated(got.children().stream().map(Child::ageBand).toList()), wrong);
            score("sexes", sorted(want.children().stream().map(GroundTruth.Child::sex).toList()),
                    sorted(got.children().stream().map(Child::sex).toList()), wrong);
            score("childCount", want.children().size(), got.children().size(), wrong);
        }
        if (want.method() != null && METHODS.containsKey(want.method())) {
            score("methodology", METHODS.get(want.method()), got.methodology(), wrong);
        }
        if (want.visibility() != null) {
            boolean restricted = "draft".equals(got.status()) || "confidential".equals(got.status());
            score("status", want.visibility(), restricted ? "restricted" : "public", wrong);
        }
        if (want.agencies() != null) {
            List<String> expected = want.agencies();
            agencyExpected += expected.size();
            agencyFound += got.agencies().size();
            agencyTruePositives += (int) got.agencies().stream().filter(expected::contains).count();
            if (!(expected.containsAll(got.agencies()) && got.agencies().containsAll(expected))) {
                wrong.add("agencies");
            }
        }
        return wrong;
    }

    private static String stated(String value) {
        return value == null ? "(not stated)" : value;
    }

    private static List<String> stated(List<String> bands) {
        return bands.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    private static List<String> sorted(List<String> values) {
        List<String> out = new ArrayList<>(values.stream().map(v -> v == null ? "?" : v).toList());
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private void score(String field, Object want, Object got, List<String> wrong) {
        if (want == null) {
            return;
        }
        int[] c = fields.computeIfAbsent(field, k -> new int[2]);
        c[1]++;
        if (Objects.equals(want, got)) {
            c[0]++;
        } else {
            wrong.add(field + " want=" + want + " got=" + got);
        }
    }

    /** Accuracy of one field so far, or NaN when it was never scored. */
    public double accuracy(String field) {
        int[] c = fields.get(field);
        return c == null || c[1] == 0 ? Double.NaN : (double) c[0] / c[1];
    }

    public String table() {
        StringBuilder sb = new StringBuilder(String.format("metadata: %d reports scored, %d hostile skipped%n", reports, skipped));
        sb.append(String.format("%-16s %7s %5s%n", "field", "acc", "n"));
        fields.forEach((f, c) -> sb.append(String.format("%-16s %6.1f%% %5d%n", f, 100.0 * c[0] / c[1], c[1])));
        double p = agencyFound == 0 ? Double.NaN : (double) agencyTruePositives / agencyFound;
        double r = agencyExpected == 0 ? Double.NaN : (double) agencyTruePositives / agencyExpected;
        sb.append(String.format("%-16s P %.1f%% R %.1f%% (found %d, expected %d)%n", "agencies", 100 * p, 100 * r,
                agencyFound, agencyExpected));
        return sb.toString();
    }
}
