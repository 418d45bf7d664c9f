package org.casewise.analyse.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks which words of a sentence are in a negated, ruled-out or boilerplate scope, so a theme
 * term there is not read as evidence (PRIMER §4: "there was no evidence of domestic abuse" and
 * "the review considered, among other matters, substance misuse" do not evidence the theme).
 *
 * <p>Three strengths, because they mean different things to the model:
 * <ul>
 * <li>{@link Scope#RULED_OUT}: an explicit ruling out ("no evidence of", "there was nothing to
 * suggest", "was not a feature", "ruled out", "denied"). Forward cues reach to the end of the
 * clause; backward cues ("... was not a feature", "... were unfounded") cover the whole clause.</li>
 * <li>{@link Scope#NEGATED}: plain negation ("not", "no", "never", "without"). Practice themes
 * are often stated this way ("was not seen alone", "information was not shared"), so this only
 * adds a feature the model weighs; it does not remove the hit.</li>
 * <li>{@link Scope#BOILERPLATE}: the review describing itself or a hypothetical ("the terms of
 * reference", "key lines of enquiry", "the review considered", "whether", "if"): to clause end.</li>
 * </ul>
 */
final class NegationScope {

    enum Scope { NONE, NEGATED, RULED_OUT, BOILERPLATE }

    private static final Map<String, List<List<String>>> RULED_OUT_FORWARD = phrases(
            "no evidence", "no evidence of", "no indication", "no indications", "no sign of", "no signs of",
            "no concerns", "no concern", "no history of", "no suggestion", "no known", "no reported",
            "nothing to suggest", "nothing to indicate", "nothing to show", "nothing suggested",
            "no reason to suspect", "no reason to believe", "did not suggest", "not known to",
            "was not known", "were not known", "denied", "denies", "deny", "ruled out",
            "not a feature", "not a factor", "no information", "no previous", "not suspected",
            "free from", "neither", "nor", "no findings", "no disclosure", "no disclosures",
            "unrelated to", "no role", "not thought to", "did not consider that", "not considered to be",
            "not believed to", "did not indicate", "did not identify any", "no one considered",
            "did not find", "no evidence was found");

    private static final Map<String, List<List<String>>> RULED_OUT_BACKWARD = phrases(
            "was not a feature", "were not a feature", "was not a factor", "were not a factor",
            "not a feature", "not a factor", "ruled out", "was ruled out", "were ruled out",
            "was unfounded", "were unfounded", "unsubstantiated", "not substantiated",
            "played no part", "no part in", "not present", "was not identified", "were not identified",
            "not an issue", "was not a concern", "were not a concern", "not relevant", "did not feature",
            "no findings", "were not raised", "was not raised", "was not suspected", "were not suspected",
            "was not indicated", "was not apparent", "found no", "revealed no", "showed no", "identified no",
            "was considered and", "were considered and", "was considered by the panel and",
            "not explain", "no concerns were", "there were no concerns");

    /**
     * 'absence of' and 'none' are plain negation, like 'lack of': in reviews they nearly always name
     * what practice lacked ('the absence of a safe sleeping space', 'none asked where the baby
     * slept'), which is evidence of the theme, not a ruling out of it (until 2026-11-25 they ruled out).
     */
    private static final Map<String, List<List<String>>> NEGATION = phrases(
            "no", "not", "never", "without", "nobody", "nothing", "cannot", "didnt", "wasnt", "werent",
            "hadnt", "lack", "lacked", "lacking", "absent", "absence of", "none", "failed to", "unable to");

    private static final Map<String, List<List<String>>> BOILERPLATE = phrases(
            "the review considered", "this review considered", "the review will consider",
            "the review would consider", "terms of reference", "key lines of enquiry", "lines of enquiry",
            "lines of inquiry", "the scope of", "including", "such as", "among other", "amongst other",
            "whether", "if", "in the event", "for example", "e g", "areas for consideration",
            "the review examined", "the review explored", "the review was asked", "the panel considered",
            "the panel agreed to", "was asked to consider", "questions", "glossary", "stands for",
            "should consider", "could include", "may include", "guidance on", "training on",
            "policy on", "procedure for", "the review sought", "to consider");

    /** Every cue's first word: most words start no cue, and one lookup rules out all four lists. */
    private static final java.util.Set<String> FIRST_WORDS = new java.util.HashSet<>();

    static {
        for (Map<String, List<List<String>>> m : List.of(RULED_OUT_FORWARD, RULED_OUT_BACKWARD, NEGATION, BOILERPLATE)) {
            FIRST_WORDS.addAll(m.keySet());
        }
    }

    private NegationScope() {
    }

    /** Cue phrases by their first word: a sentence's words are looked up, not compared with every cue. */
    private static Map<String, List<List<String>>> phrases(String... ps) {
        Map<String, List<List<String>>> byFirst = new HashMap<>();
        for (String p : ps) {
            List<String> words = Tokens.of(p).words;
            byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
        }
        return Map.copyOf(byFirst);
    }

    /** One scope per word; the strongest wins where scopes overlap (ruled out > boilerplate > negated). */
    static Scope[] of(Tokens t) {
        return of(t, null);
    }

    /**
     * The same, computed only for the words of the given clauses (null: all), the rest left NONE:
     * every cue marks words of its own clause only, so a clause's scopes depend on its words alone,
     * and a sentence needs the scopes of the clauses its rule hits are in.
     */
    static Scope[] of(Tokens t, java.util.BitSet clauses) {
        Scope[] out = new Scope[t.size()];
        java.util.Arrays.fill(out, Scope.NONE);
        for (int i = 0; i < t.size(); i++) {
            if (clauses != null && !clauses.get(t.clause[i]) || !FIRST_WORDS.contains(t.get(i))) {
                continue;
            }
            int n;
            if ((n = match(t, i, RULED_OUT_BACKWARD)) > 0) {
                markClause(t, i, out, Scope.RULED_OUT);
            }
            if ((n = match(t, i, RULED_OUT_FORWARD)) > 0) {
                markForward(t, i, out, Scope.RULED_OUT);
            } else if ((n = match(t, i, BOILERPLATE)) > 0) {
                markForward(t, i, out, Scope.BOILERPLATE);
            } else if ((n = match(t, i, NEGATION)) > 0) {
                markForward(t, i, out, Scope.NEGATED);
            }
        }
        return out;
    }

    private static int match(Tokens t, int at, Map<String, List<List<String>>> byFirst) {
        List<List<String>> cues = byFirst.get(t.get(at));
        if (cues == null) {
            return 0;
        }
        int best = 0;
        for (List<String> cue : cues) {
            if (cue.size() > best && at + cue.size() <= t.size()) {
                boolean ok = true;
                for (int k = 0; k < cue.size() && ok; k++) {
                    ok = cue.get(k).equals(t.get(at + k));
                }
                if (ok) {
                    best = cue.size();
                }
            }
        }
        return best;
    }

    private static void markForward(Tokens t, int from, Scope[] out, Scope scope) {
        int clause = t.clause[from];
        for (int i = from; i < t.size() && t.clause[i] == clause; i++) {
            out[i] = stronger(out[i], scope);
        }
    }

    private static void markClause(Tokens t, int at, Scope[] out, Scope scope) {
        int clause = t.clause[at];
        for (int i = 0; i < t.size(); i++) {
            if (t.clause[i] == clause) {
                out[i] = stronger(out[i], scope);
            }
        }
    }

    private static Scope stronger(Scope a, Scope b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(Scope s) {
        return switch (s) {
            case NONE -> 0;
            case NEGATED -> 1;
            case BOILERPLATE -> 2;
            case RULED_OUT -> 3;
        };
    }

    /** The scope of a hit: the strongest scope over its words. */
    static Scope of(Scope[] scopes, int start, int end) {
        Scope s = Scope.NONE;
        for (int i = start; i < end && i < scopes.length; i++) {
            s = stronger(s, scopes[i]);
        }
        return s;
    }
}
