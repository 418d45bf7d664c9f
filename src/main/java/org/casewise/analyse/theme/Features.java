package org.casewise.analyse.theme;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.casewise.analyse.Memo;

/**
 * Turns a passage or sentence into sparse features for {@link LinearModel}: stemmed unigrams and
 * bigrams (each worth 1/sqrt(n) so long passages do not swamp short ones) plus one binary feature
 * per theme whose rules hit, keyed by the scope of the hit:
 * {@code T:<theme>} term, {@code C:<theme>} weaker cue, {@code NOT:<theme>} term under plain
 * negation, {@code NEG:<theme>} ruled out, {@code BP:<theme>} boilerplate or hypothetical.
 * Thread-safe: a stemmer (which keeps state) is made per cache miss; stems are cached.
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
    private final Memo<String, String> stems = new Memo<>(Features::stemOf, STEM_CACHE_LIMIT);
    /**
     * What scoring needs of each word (its stem id in the model's space, where it leads from the rule
     * trie's root), kept with the word in a table per thread: see {@link WordTable}.
     */
    private final ThreadLocal<WordTable> words = ThreadLocal.withInitial(() -> new WordTable(STEM_CACHE_LIMIT));

    /** Rule feature names per theme index, made once: a sentence with hits used to build each again. */
    private final String[] termName;
    private final String[] cueName;
    private final String[] notName;
    private final String[] negName;
    private final String[] boilerplateName;

    Features(ThemeRules rules) {
        this.rules = rules;
        List<String> ids = rules.themeIds();
        termName = ids.stream().map(id -> "T:" + id).toArray(String[]::new);
        cueName = ids.stream().map(id -> "C:" + id).toArray(String[]::new);
        notName = ids.stream().map(id -> "NOT:" + id).toArray(String[]::new);
        negName = ids.stream().map(id -> "NEG:" + id).toArray(String[]::new);
        boilerplateName = ids.stream().map(id -> "BP:" + id).toArray(String[]::new);
    }

    ThemeRules rules() {
        return rules;
    }

    /**
     * A text as rows of a model's dictionary with their values, for scoring: the same features as
     * {@link #extract} without a name per feature. A row may repeat (a repeated word): the model's
     * sum is linear, so repeats add up as the merged map does.
     *
     * @param words words in the text: a text with none carries no evidence at all
     */
    record Vector(int[] rows, float[] values, int size, int words, BitSet asserted, BitSet denied) {
    }

    Extracted extract(String text) {
        Tokens tokens = Tokens.of(text);
        Map<String, Float> values = new LinkedHashMap<>();
        int n = tokens.size();
        String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            s[i] = stem(tokens.get(i));
        }
        float w = weight(n);
        for (int i = 0; i < n; i++) {
            values.merge("u:" + s[i], w, Float::sum);
            if (i + 1 < n && tokens.clause[i] == tokens.clause[i + 1]) {
                values.merge("b:" + s[i] + "_" + s[i + 1], w, Float::sum);
            }
        }
        BitSet asserted = new BitSet();
        BitSet denied = new BitSet();
        for (String rule : ruleFeatures(tokens, rules.hits(tokens), asserted, denied)) {
            values.put(rule, 1f);
        }
        return new Extracted(values, asserted, denied);
    }

    /** The features of {@link #extract} as rows of {@code space}; features outside the dictionary are dropped. */
    Vector vector(String text, FeatureSpace space) {
        Tokens tokens = Tokens.of(text, words.get());
        int n = tokens.size();
        int[] ids = new int[n];
        ThemeRules.Step[] steps = new ThemeRules.Step[n];
        for (int i = 0; i < n; i++) {
            WordTable.Entry w = tokens.entries[i];
            if (w.space != space) {
                w.stemId = space.stemId(stem(w.word));
                w.rootStep = rules.rootStep(w.word);
                w.space = space;
            }
            ids[i] = w.stemId;
            steps[i] = w.rootStep;
        }
        int[] rows = new int[2 * n + 8];
        float[] vals = new float[rows.length];
        int size = 0;
        float w = weight(n);
        for (int i = 0; i < n; i++) {
            int u = space.unigramRow(ids[i]);
            if (u >= 0) {
                rows[size] = u;
                vals[size++] = w;
            }
            if (i + 1 < n && tokens.clause[i] == tokens.clause[i + 1]) {
                int b = space.bigramRow(ids[i], ids[i + 1]);
                if (b >= 0) {
                    rows[size] = b;
                    vals[size++] = w;
                }
            }
        }
        BitSet asserted = new BitSet();
        BitSet denied = new BitSet();
        for (String rule : ruleFeatures(tokens, rules.hits(tokens, steps), asserted, denied)) {
            int r = space.ruleRow(rule);
            if (r >= 0) {
                if (size == rows.length) {
                    rows = java.util.Arrays.copyOf(rows, size * 2);
                    vals = java.util.Arrays.copyOf(vals, size * 2);
                }
                rows[size] = r;
                vals[size++] = 1f;
            }
        }
        return new Vector(rows, vals, size, n, asserted, denied);
    }

    /** Each n-gram is worth 1/sqrt(2n), so long passages do not swamp short ones. */
    private static float weight(int words) {
        return words == 0 ? 0f : (float) (1.0 / Math.sqrt(2.0 * words));
    }

    /** The names of the rule features that fire (value 1 each), marking asserted and denied themes. */
    private java.util.Set<String> ruleFeatures(Tokens tokens, List<ThemeRules.Hit> hits, BitSet asserted,
            BitSet denied) {
        if (hits.isEmpty()) {
            // most sentences hit no rule: their scopes are not needed
            return java.util.Set.of();
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        java.util.BitSet clauses = new java.util.BitSet();
        for (ThemeRules.Hit h : hits) {
            for (int i = h.start(); i < h.end(); i++) {
                clauses.set(tokens.clause[i]);
            }
        }
        NegationScope.Scope[] scopes = NegationScope.of(tokens, clauses);
        // distinct words hit per theme and kind: one ambiguous word is weak evidence, four are strong
        Map<String, java.util.Set<Integer>> distinct = new java.util.HashMap<>();
        for (ThemeRules.Hit h : hits) {
            int k = h.theme();
            NegationScope.Scope scope = NegationScope.of(scopes, h.start(), h.end());
            boolean term = h.kind() == ThemeRules.Kind.TERM;
            switch (scope) {
                case RULED_OUT -> {
                    names.add(negName[k]);
                    denied.set(k);
                }
                case BOILERPLATE -> {
                    names.add(boilerplateName[k]);
                    denied.set(k);
                }
                case NEGATED -> {
                    names.add(term ? termName[k] : cueName[k]);
                    names.add(notName[k]);
                    if (term) {
                        asserted.set(k);
                    }
                }
                case NONE -> {
                    String name = term ? termName[k] : cueName[k];
                    names.add(name);
                    distinct.computeIfAbsent(name, x -> new java.util.HashSet<>()).add(h.start());
                    if (term) {
                        asserted.set(k);
                    }
                }
            }
        }
        distinct.forEach((key, starts) -> {
            int c = starts.size();
            String kind = key.substring(0, 1);
            String id = key.substring(2);
            if (c >= 2) {
                names.add(kind + "2:" + id);
            }
            if (c >= 4) {
                names.add(kind + "4:" + id);
            }
        });
        return names;
    }

    private String stem(String word) {
        return stems.get(word);
    }

    /** The stemmer keeps state, so one per miss; after warm-up nearly every word is remembered. */
    private static String stemOf(String word) {
        return word.length() <= 3 ? word : new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH).stem(word).toString();
    }
}
