package org.casewise.analyse.theme;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Turns a passage or sentence into sparse features for {@link LinearModel}: stemmed unigrams and
 * bigrams (each worth 1/sqrt(n) so long passages do not swamp short ones) plus one binary feature
 * per theme whose rules hit, keyed by the scope of the hit:
 * {@code T:<theme>} term, {@code C:<theme>} weaker cue, {@code NOT:<theme>} term under plain
 * negation, {@code NEG:<theme>} ruled out, {@code BP:<theme>} boilerplate or hypothetical.
 * Thread-safe: the stemmer (which keeps state) is made per call; stems are cached.
 */
final class Features {

    /** Settings recorded in the model so a model is never used with other features. */
    static final String SETTINGS = "tokens=lower,apostrophe-joined;stem=snowball-english;ngrams=1,2(1/sqrt n);"
            + "rules=T,C,T2,C2,T4,C4,NOT,NEG,BP";

    private static final int STEM_CACHE_LIMIT = 200_000;

    /**
     * @param values   feature name -> value
     * @param asserted themes with a term hit outside ruled-out/boilerplate scope
     * @param denied   themes with a hit in ruled-out or boilerplate scope
     */
    record Extracted(Map<String, Float> values, BitSet asserted, BitSet denied) {
    }

    private final ThemeRules rules;
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    Features(ThemeRules rules) {
        this.rules = rules;
    }

    ThemeRules rules() {
        return rules;
    }

    Extracted extract(String text) {
        Tokens tokens = Tokens.of(text);
        Map<String, Float> values = new LinkedHashMap<>();
        SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
        int n = tokens.size();
        String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            s[i] = stem(stemmer, tokens.get(i));
        }
        float w = n == 0 ? 0f : (float) (1.0 / Math.sqrt(2.0 * n));
        for (int i = 0; i < n; i++) {
            values.merge("u:" + s[i], w, Float::sum);
            if (i + 1 < n && tokens.clause[i] == tokens.clause[i + 1]) {
                values.merge("b:" + s[i] + "_" + s[i + 1], w, Float::sum);
            }
        }
        BitSet asserted = new BitSet();
        BitSet denied = new BitSet();
        List<ThemeRules.Hit> hits = rules.hits(tokens);
        if (hits.isEmpty()) {
            // most sentences hit no rule: their scopes are not needed
            return new Extracted(values, asserted, denied);
        }
        NegationScope.Scope[] scopes = NegationScope.of(tokens);
        List<String> ids = rules.themeIds();
        // distinct words hit per theme and kind: one ambiguous word is weak evidence, four are strong
        Map<String, java.util.Set<Integer>> distinct = new java.util.HashMap<>();
        for (ThemeRules.Hit h : hits) {
            String id = ids.get(h.theme());
            NegationScope.Scope scope = NegationScope.of(scopes, h.start(), h.end());
            boolean term = h.kind() == ThemeRules.Kind.TERM;
            switch (scope) {
                case RULED_OUT -> {
                    values.put("NEG:" + id, 1f);
                    denied.set(h.theme());
                }
                case BOILERPLATE -> {
                    values.put("BP:" + id, 1f);
                    denied.set(h.theme());
                }
                case NEGATED -> {
                    values.put(term ? "T:" + id : "C:" + id, 1f);
                    values.put("NOT:" + id, 1f);
                    if (term) {
                        asserted.set(h.theme());
                    }
                }
                case NONE -> {
                    values.put(term ? "T:" + id : "C:" + id, 1f);
                    distinct.computeIfAbsent((term ? "T" : "C") + ":" + id, k -> new java.util.HashSet<>())
                            .add(h.start());
                    if (term) {
                        asserted.set(h.theme());
                    }
                }
            }
        }
        distinct.forEach((key, starts) -> {
            int c = starts.size();
            String kind = key.substring(0, 1);
            String id = key.substring(2);
            if (c >= 2) {
                values.put(kind + "2:" + id, 1f);
            }
            if (c >= 4) {
                values.put(kind + "4:" + id, 1f);
            }
        });
        return new Extracted(values, asserted, denied);
    }

    private String stem(SnowballStemmer stemmer, String word) {
        String cached = stems.get(word);
        if (cached != null) {
            return cached;
        }
        String stem = word.length() <= 3 ? word : stemmer.stem(word).toString();
        if (stems.size() < STEM_CACHE_LIMIT) {
            stems.put(word, stem);
        }
        return stem;
    }
}
