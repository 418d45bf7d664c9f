package org.casewise.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casewise.analyse.AnalysisEngine;
import org.casewise.analyse.Taxonomy;
import org.casewise.index.EngineQueries;
import org.casewise.search.query.QueryNode;

/**
 * Relevance tuning: when the words searched for name a theme ("neglect", "unsafe sleep",
 * "disguised compliance", or one of the theme's indicative terms), reviews the analysis labelled
 * with that theme rank higher than reviews that merely use the word in passing. It only adds
 * score (a should clause); it never changes which reviews match.
 */
@ApplicationScoped
public class ThemeBoost {

    static final float BOOST = 2.0f;

    private final Map<String, Set<String>> exact = new HashMap<>();
    private final Map<String, Set<String>> prefixes = new HashMap<>();

    @Inject
    public ThemeBoost(AnalysisEngine engine) {
        this(engine.taxonomy());
    }

    /** Outside the service (the search benchmark builds the service's engine requests itself). */
    public ThemeBoost(Taxonomy taxonomy) {
        for (Taxonomy.Theme theme : taxonomy.all()) {
            index(theme.label(), theme.id());
            index(theme.id().replace('-', ' '), theme.id());
            taxonomy.terms(theme.id()).forEach(t -> index(t, theme.id()));
        }
    }

    private void index(String phrase, String themeId) {
        String key = normalise(phrase);
        if (key.length() < 3) {
            return;
        }
        if (key.endsWith("*")) {
            prefixes.computeIfAbsent(key.substring(0, key.length() - 1), k -> new LinkedHashSet<>()).add(themeId);
        } else {
            exact.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(themeId);
        }
    }

    /** The themes the positive words of this query name. */
    public Set<String> themesNamed(QueryNode node) {
        Set<String> themes = new LinkedHashSet<>();
        collect(node, themes);
        return themes;
    }

    /** Adds the boost as a should clause to a {"bool": ...} query. */
    void add(ObjectNode boolQuery, ReviewFilter filter) {
        if (filter.text().isEmpty()) {
            return;
        }
        Set<String> themes = themesNamed(filter.text().get());
        if (themes.isEmpty()) {
            return;
        }
        ObjectNode terms = EngineQueries.terms(EngineQueries.THEME, List.copyOf(themes));
        ((ObjectNode) terms.get("terms")).put("boost", BOOST);
        ((ObjectNode) boolQuery.get("bool")).putArray("should").add(terms);
    }

    private void collect(QueryNode node, Set<String> out) {
        switch (node) {
            case QueryNode.Term t -> match(t.text(), out);
            case QueryNode.Phrase p -> match(p.text(), out);
            case QueryNode.Or or -> or.parts().forEach(p -> collect(p, out));
            case QueryNode.Not not -> { }
            case QueryNode.And and -> {
                // Adjacent words typed without quotes ("domestic abuse") may name a theme together.
                List<String> words = new ArrayList<>();
                for (QueryNode part : and.parts()) {
                    if (part instanceof QueryNode.Term t && !t.prefix()) {
                        words.add(t.text());
                    } else {
                        flush(words, out);
                        collect(part, out);
                    }
                }
                flush(words, out);
            }
        }
    }

    private void flush(List<String> words, Set<String> out) {
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j <= Math.min(words.size(), i + 4); j++) {
                match(String.join(" ", words.subList(i, j)), out);
            }
        }
        words.clear();
    }

    private void match(String text, Set<String> out) {
        String key = normalise(text);
        Set<String> hit = exact.get(key);
        if (hit != null) {
            out.addAll(hit);
        }
        if (!key.contains(" ")) {
            prefixes.forEach((prefix, ids) -> {
                if (key.startsWith(prefix) && prefix.length() >= 4) {
                    out.addAll(ids);
                }
            });
        }
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("[^a-z0-9* ]", "").replaceAll("\\s+", " ").strip();
    }
}
