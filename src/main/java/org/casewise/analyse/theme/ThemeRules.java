package org.casewise.analyse.theme;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    }

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
        List<Hit> all = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            walk(root, tokens, start, start, all);
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

    private static void walk(Node node, Tokens tokens, int start, int pos, List<Hit> out) {
        for (Entry e : node.ends) {
            out.add(new Hit(e.theme(), e.kind(), start, pos));
        }
        if (pos >= tokens.size()) {
            return;
        }
        String w = tokens.get(pos);
        Node next = node.exact.get(w);
        if (next != null) {
            walk(next, tokens, start, pos + 1, out);
        }
        if (!node.stems.isEmpty()) {
            for (int len = 1; len <= Math.min(node.maxStem, w.length()); len++) {
                Node s = node.stems.get(w.substring(0, len));
                if (s != null) {
                    // a stem is always the last word of its phrase
                    for (Entry e : s.ends) {
                        out.add(new Hit(e.theme(), e.kind(), start, pos + 1));
                    }
                }
            }
        }
    }
}
