package org.casewise.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.casewise.analyse.AnalysisEngine;
import org.casewise.analyse.Taxonomy;

/**
 * A theme's indicative terms (themes.json), for the engine (as a query) and in Java (which themes a
 * recommendation's text speaks to). A recommendation "addresses" a theme when it uses one of the
 * theme's indicative terms or its label: a deliberately simple, explainable rule.
 */
@ApplicationScoped
public class ThemeTerms {

    private final Taxonomy taxonomy;
    private final Map<String, List<String>> terms = new LinkedHashMap<>();
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();

    @Inject
    public ThemeTerms(AnalysisEngine engine) {
        this.taxonomy = engine.taxonomy();
        for (Taxonomy.Theme theme : taxonomy.all()) {
            List<String> list = new java.util.ArrayList<>();
            list.add(theme.label().toLowerCase(Locale.ROOT));
            taxonomy.terms(theme.id()).stream().map(t -> t.toLowerCase(Locale.ROOT))
                    .filter(t -> !list.contains(t)).forEach(list::add);
            terms.put(theme.id(), List.copyOf(list));
            String alternatives = String.join("|", list.stream().map(ThemeTerms::regex).toList());
            patterns.put(theme.id(), Pattern.compile("\\b(?:" + alternatives + ")", Pattern.CASE_INSENSITIVE));
        }
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** The label and indicative terms of a theme ('*' marks a prefix). */
    public List<String> of(String themeId) {
        return terms.getOrDefault(themeId, List.of());
    }

    /** Terms of each of the given themes, in their order. */
    public Map<String, List<String>> of(Collection<String> themeIds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        themeIds.forEach(id -> out.put(id, of(id)));
        return out;
    }

    /** The given themes whose terms the text uses. */
    public List<String> matching(String text, Collection<String> themeIds) {
        if (text == null) {
            return List.of();
        }
        return themeIds.stream().filter(id -> patterns.containsKey(id) && patterns.get(id).matcher(text).find()).toList();
    }

    private static String regex(String term) {
        boolean prefix = term.endsWith("*");
        String words = prefix ? term.substring(0, term.length() - 1) : term;
        String body = String.join("[\\s-]+", java.util.Arrays.stream(words.strip().split("[\\s-]+"))
                .map(Pattern::quote).toList());
        return body + (prefix ? "\\w*" : "\\b");
    }
}
