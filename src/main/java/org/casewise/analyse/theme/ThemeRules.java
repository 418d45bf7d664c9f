package org.casewise.analyse.theme;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casewise.analyse.Memo;

/**
 * The detection rules of {@code index-config/themes.json}, compiled once into a word trie.
 *
 * <p>Term syntax (documented in index-config/README.md): a lowercase phrase of words; a word ending
 * in {@code *} matches any word starting with that stem ("bruis*" = bruise, bruising, bruised);
 * hyphens, apostrophes and spaces are all just word breaks ("co-sleep*" = "co sleeping"). Each
 * theme has {@code terms} (indicative on their own), {@code cues} (weaker, ambiguous words that only
 * help the model) and {@code exclude} (look-alikes: a term hit inside an exclude match is dropped,
 * e.g. "self-neglect" for neglect, "supervised contact" for supervision).
 *
 * <p>Matching walks the token list once per start position, so its cost grows with the text, not
 * with the number of terms (a regex alternation per theme was ~100 times slower).
 */
final class ThemeRules {

    enum Kind { TERM, CUE, EXCLUDE }

    /** A match of one rule in a token list: tokens [start, end). */
    record Hit(int theme, Kind kind, int start, int end) {
    }

    private record Entry(int theme, Kind kind) {
    }

    /** A trie node: children by exact word and by stem (for "stem*" words), and the rules ending here. */
    private static final class Node {
        final Map<String, Node> exact = new HashMap<>();
        final Map<String, Node> stems = new HashMap<>();
        final List<Entry> ends = new ArrayList<>();
        int maxStem;
        /**
         * Per word where it leads from here. Every word of a text starts a walk at the root, and
         * trying each prefix length against a node's stems allocates a substring per length: after
         * warm-up a step is one lookup.
         */
        private final Memo<String, Step> steps = new Memo<>(word -> new Step(exact.get(word), stemsOf(this, word)),
                STEP_CACHE_LIMIT);

        Step step(String word) {
            return steps.get(word);
        }
    }

    /** Where a word leads from a node: its exact child (or null) and the stem children it starts with. */
    record Step(Node exact, Node[] stems) {
    }

    private static final int STEP_CACHE_LIMIT = 100_000;

    private final List<String> themeIds;
    private final Node root = new Node();

    ThemeRules(JsonNode themesJson) {
        List<String> ids = new ArrayList<>();
        for (JsonNode t : themesJson.path("themes")) {
            int index = ids.size();
            ids.add(t.path("id").asText());
            add(t.path("terms"), index, Kind.TERM);
            add(t.path("cues"), index, Kind.CUE);
            add(t.path("exclude"), index, Kind.EXCLUDE);
        }
        this.themeIds = List.copyOf(ids);
    }

    List<String> themeIds() {
        return themeIds;
    }

    private void add(JsonNode phrases, int theme, Kind kind) {
        for (JsonNode p : phrases) {
            String phrase = p.asText();
            boolean trailingStar = phrase.endsWith("*");
            List<String> words = Tokens.of(phrase).words;
            if (words.isEmpty()) {
                continue;
            }
            Node node = root;
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                boolean stem = trailingStar && i == words.size() - 1;
                if (stem) {
                    node.maxStem = Math.max(node.maxStem, w.length());
                    node = node.stems.computeIfAbsent(w, k -> new Node());
                } else {
                    node = node.exact.computeIfAbsent(w, k -> new Node());
                }
            }
            node.ends.add(new Entry(theme, kind));
        }
    }

    /** Every term and cue hit that is not inside an exclude match of the same theme. */
    List<Hit> hits(Tokens tokens) {
        Step[] first = new Step[tokens.size()];
        for (int i = 0; i < first.length; i++) {
            first[i] = root.step(tokens.get(i));
        }
        return hits(tokens, first);
    }

    /** Where a word leads from the root (callers that see each word anyway keep it with the word). */
    Step rootStep(String word) {
        return root.step(word);
    }

    /** {@link #hits(Tokens)} given each word's {@link #rootStep}. */
    List<Hit> hits(Tokens tokens, Step[] first) {
        List<Hit> all = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            for (Entry e : root.ends) {
                all.add(new Hit(e.theme(), e.kind(), start, start));
            }
            Step step = first[start];
            if (step.exact() != null) {
                walk(step.exact(), tokens, start, start + 1, all);
            }
            for (Node stem : step.stems()) {
                for (Entry e : stem.ends) {
                    all.add(new Hit(e.theme(), e.kind(), start, start + 1));
                }
            }
        }
        List<Hit> kept = new ArrayList<>(all.size());
        for (Hit h : all) {
            if (h.kind() != Kind.EXCLUDE && !excluded(h, all)) {
                kept.add(h);
            }
        }
        return kept;
    }

    private static boolean excluded(Hit h, List<Hit> all) {
        for (Hit x : all) {
            if (x.kind() == Kind.EXCLUDE && x.theme() == h.theme() && x.start() < h.end() && h.start() < x.end()) {
                return true;
            }
        }
        return false;
    }

    private void walk(Node node, Tokens tokens, int start, int pos, List<Hit> out) {
        for (Entry e : node.ends) {
            out.add(new Hit(e.theme(), e.kind(), start, pos));
        }
        if (pos >= tokens.size()) {
            return;
        }
        if (node.stems.isEmpty()) {
            // no stem children: the exact child is one lookup in a small map, no step to cache
            Node next = node.exact.get(tokens.get(pos));
            if (next != null) {
                walk(next, tokens, start, pos + 1, out);
            }
            return;
        }
        Step step = node.step(tokens.get(pos));
        if (step.exact() != null) {
            walk(step.exact(), tokens, start, pos + 1, out);
        }
        if (step.stems().length > 0) {
            // a stem is always the last word of its phrase
            for (Node s : step.stems()) {
                for (Entry e : s.ends) {
                    out.add(new Hit(e.theme(), e.kind(), start, pos + 1));
                }
            }
        }
    }

    /** The stem children of the node that the word starts with, shortest stem first. */
    private static Node[] stemsOf(Node node, String word) {
        List<Node> found = new ArrayList<>(2);
        for (int len = 1; len <= Math.min(node.maxStem, word.length()); len++) {
            Node s = node.stems.get(word.substring(0, len));
            if (s != null) {
                found.add(s);
            }
        }
        return found.toArray(new Node[0]);
    }
}
