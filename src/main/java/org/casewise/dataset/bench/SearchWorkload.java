package org.casewise.dataset.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.casewise.analyse.Taxonomy;
import org.casewise.search.Facet;
import org.casewise.web.FilterParameters;

/**
 * The benchmark's fixed set of searches, from a seed: what people type into a case-review search
 * (a word, a quoted phrase, two terms with AND or OR, a phrase narrowed by a word, now and then a
 * NOT or a prefix) with zero to three facet selections. Half the words are practice vocabulary
 * and theme names every collection uses, half the taxonomy's more specific indicative terms.
 * Facet values are drawn in proportion to the collection's own facet counts, as people pick the
 * values a search page shows them (so a selection rarely empties the result on its own); the same
 * collection and seed give the same searches. About one request in ten carries the
 * restricted-reviews token.
 */
final class SearchWorkload {

    /** Practice words found in almost every report: broad queries with many hits and highlights. */
    private static final List<String> COMMON = List.of("assessment", "health visitor", "school", "police", "referral",
            "chronology", "information sharing", "escalation", "professional curiosity", "child protection plan",
            "mother", "father", "bruising", "injury", "hospital", "strategy meeting", "social worker", "gp",
            "midwife", "supervision", "thresholds", "voice of the child", "multi-agency", "learning");

    /** One search: the query string the service gets and the same filter as the service parses it. */
    record Search(String queryString, FilterParameters filter, boolean entitled) {
    }

    private final List<String> common = new ArrayList<>();
    private final List<String> commonPhrases = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<String> phrases = new ArrayList<>();
    private final Map<Facet, List<Map.Entry<String, Long>>> counts;

    /**
     * @param counts each facet's values and how many reviews have them (the service's facet counts
     *               of the whole collection); values with no review are never drawn
     */
    SearchWorkload(Taxonomy taxonomy, Map<Facet, List<Map.Entry<String, Long>>> counts) {
        this.counts = counts;
        for (String c : COMMON) {
            add(c, common, commonPhrases);
        }
        for (Taxonomy.Theme theme : taxonomy.all()) {
            add(theme.label().toLowerCase(java.util.Locale.ROOT), common, commonPhrases);
            for (String term : taxonomy.terms(theme.id())) {
                add(term.toLowerCase(java.util.Locale.ROOT), words, phrases);
            }
        }
    }

    private static void add(String term, List<String> words, List<String> phrases) {
        if (!term.matches("[a-z][a-z' -]*[a-z*]")) {
            return; // punctuation the query language would read as syntax
        }
        if (term.contains(" ")) {
            if (!term.contains("*") && !phrases.contains(term)) {
                phrases.add(term);
            }
        } else if (!words.contains(term)) {
            words.add(term);
        }
    }

    List<Search> searches(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Search> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(search(r));
        }
        return out;
    }

    private Search search(SplittableRandom r) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("q", List.of(text(r)));
        int facets = pick(r, new int[] {30, 30, 25, 15});
        List<Facet> chosen = new ArrayList<>(List.of(Facet.THEME, Facet.NATION, Facet.REVIEW_TYPE, Facet.YEAR,
                Facet.AGE_BAND, Facet.AGENCY, Facet.BOARD, Facet.OUTCOME));
        for (int f = 0; f < facets; f++) {
            Facet facet = chosen.remove(r.nextInt(chosen.size()));
            switch (facet) {
                case YEAR -> {
                    int from = 2008 + r.nextInt(14);
                    params.put("yearFrom", List.of(String.valueOf(from)));
                    params.put("yearTo", List.of(String.valueOf(from + 2 + r.nextInt(6))));
                }
                default -> {
                    List<String> values = values(r, counts.getOrDefault(facet, List.of()), 1 + r.nextInt(2));
                    if (!values.isEmpty()) {
                        params.put(facet.param(), values);
                    }
                }
            }
        }
        // The service's defaults, spelled out: the engine body below is built with the same values.
        params.put("size", List.of("20"));
        params.put("snippets", List.of("3"));
        params.put("snippetLength", List.of("160"));
        params.put("sort", List.of("relevance"));
        return new Search(queryString(params), filterOf(params), r.nextInt(10) == 0);
    }

    private String text(SplittableRandom r) {
        return switch (pick(r, new int[] {30, 25, 20, 15, 6, 4})) {
            case 0 -> word(r);
            case 1 -> quoted(r);
            case 2 -> term(r) + " AND " + term(r);
            case 3 -> term(r) + " OR " + term(r);
            case 4 -> quoted(r) + " AND (" + word(r) + " OR " + word(r) + ")";
            default -> term(r) + " NOT " + word(r).replace("*", "");
        };
    }

    private String term(SplittableRandom r) {
        return r.nextBoolean() ? word(r) : quoted(r);
    }

    private String word(SplittableRandom r) {
        List<String> from = r.nextBoolean() ? common : words;
        return from.get(r.nextInt(from.size()));
    }

    private String quoted(SplittableRandom r) {
        List<String> from = r.nextBoolean() ? commonPhrases : phrases;
        return "\"" + from.get(r.nextInt(from.size())) + "\"";
    }

    /** Up to n distinct values, each drawn in proportion to its count. */
    static List<String> values(SplittableRandom r, List<Map.Entry<String, Long>> weighted, int n) {
        List<Map.Entry<String, Long>> pool = new ArrayList<>(weighted.stream().filter(e -> e.getValue() > 0).toList());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n && !pool.isEmpty(); i++) {
            long total = pool.stream().mapToLong(Map.Entry::getValue).sum();
            long x = r.nextLong(total);
            int k = 0;
            while (x >= pool.get(k).getValue()) {
                x -= pool.get(k).getValue();
                k++;
            }
            out.add(pool.remove(k).getKey());
        }
        return out;
    }

    /** An index drawn with the given weights. */
    private static int pick(SplittableRandom r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Facet values repeat the parameter, as a browser's multi-select form sends them. */
    static String queryString(Map<String, List<String>> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((name, values) -> values.forEach(v -> sb.append(sb.isEmpty() ? "" : "&").append(name)
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return sb.toString();
    }

    /** The filter exactly as the web layer binds it (then {@code toFilter} validates and parses it). */
    static FilterParameters filterOf(Map<String, List<String>> params) {
        FilterParameters f = new FilterParameters();
        f.q = first(params, "q");
        f.theme = params.get("theme");
        f.board = params.get("board");
        f.nation = params.get("nation");
        f.region = params.get("region");
        f.reviewType = params.get("reviewType");
        f.outcome = params.get("outcome");
        f.ageBand = params.get("ageBand");
        f.agency = params.get("agency");
        f.methodology = params.get("methodology");
        f.year = params.get("year");
        f.yearFrom = first(params, "yearFrom");
        f.yearTo = first(params, "yearTo");
        return f;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The filter part alone (no paging or snippet parameters), for the trend requests. */
    static String filterQuery(String queryString, boolean withText) {
        StringBuilder sb = new StringBuilder();
        for (String pair : queryString.split("&")) {
            String name = pair.substring(0, pair.indexOf('='));
            if (List.of("size", "snippets", "snippetLength", "sort").contains(name) || (!withText && name.equals("q"))) {
                continue;
            }
            sb.append(sb.isEmpty() ? "" : "&").append(pair);
        }
        return sb.toString();
    }
}
