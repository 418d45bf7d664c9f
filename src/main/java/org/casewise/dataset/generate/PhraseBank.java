package org.casewise.dataset.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casewise.analyse.Taxonomy;

/**
 * The sentences through which generated reports show each theme, from
 * {@code generator/themes/<theme-id>.json}: dated chronology events with the agency that recorded
 * them, analysis sentences, findings, recommendations, and sentences that only rule the theme out.
 * Written by hand, in circumstances rather than theme names, as real reports are.
 *
 * <p>A phrase filed under one theme often evidences others too (a child-protection chronology entry
 * that mentions bruising evidences physical abuse): its {@code "also"} list names them, read phrase by
 * phrase against the labelling rule, so that the ground truth holds every theme a careful reader would
 * find in the text. Without it, readers found about eight more themes per report than the truth held.
 * Analysis, findings and ruled-out entries are a plain string or {@code {"text", "also"}}.
 */
public final class PhraseBank {

    /** An event of a chronology, recorded by one agency (PRIMER §5 agency id). */
    public record Event(String agency, String text, List<String> also) {
    }

    /** A recommendation template and the agency (or 'board') it is addressed to. */
    public record Rec(String addressee, String text, List<String> also) {
    }

    /** An analysis, finding or ruling-out sentence, and the other themes it evidences. */
    public record Phrase(String text, List<String> also) {
    }

    /** All phrases of one theme. */
    public record ThemePhrases(String theme, Set<String> ageBands, List<Event> events, List<Phrase> analysis,
                               List<Phrase> findings, List<Rec> recommendations, List<Phrase> ruledOut) {
    }

    private final Map<String, ThemePhrases> byTheme;

    private PhraseBank(Map<String, ThemePhrases> byTheme) {
        this.byTheme = byTheme;
    }

    /** Loads the phrases of every taxonomy theme that has a file; themes without one are never generated. */
    public static PhraseBank load(Taxonomy taxonomy) {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, ThemePhrases> map = new LinkedHashMap<>();
        for (Taxonomy.Theme theme : taxonomy.all()) {
            try (InputStream in = PhraseBank.class.getResourceAsStream("/generator/themes/" + theme.id() + ".json")) {
                if (in == null) {
                    continue;
                }
                map.put(theme.id(), parse(mapper.readTree(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("Bad phrase file for theme " + theme.id(), e);
            }
        }
        return new PhraseBank(map);
    }

    private static ThemePhrases parse(JsonNode n) {
        List<Event> events = new ArrayList<>();
        n.path("events").forEach(e -> events.add(new Event(e.path("agency").asText(), e.path("text").asText(),
                strings(e.path("also")))));
        List<Rec> recs = new ArrayList<>();
        n.path("recommendations").forEach(r -> recs.add(new Rec(r.path("addressee").asText(), r.path("text").asText(),
                strings(r.path("also")))));
        return new ThemePhrases(n.path("theme").asText(), Set.copyOf(strings(n.path("ageBands"))), List.copyOf(events),
                phrases(n.path("analysis")), phrases(n.path("findings")), List.copyOf(recs), phrases(n.path("ruledOut")));
    }

    private static List<Phrase> phrases(JsonNode array) {
        List<Phrase> out = new ArrayList<>();
        array.forEach(p -> out.add(p.isTextual() ? new Phrase(p.asText(), List.of())
                : new Phrase(p.path("text").asText(), strings(p.path("also")))));
        return List.copyOf(out);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(s -> out.add(s.asText()));
        return List.copyOf(out);
    }

    public boolean has(String theme) {
        return byTheme.containsKey(theme);
    }

    public ThemePhrases get(String theme) {
        ThemePhrases p = byTheme.get(theme);
        if (p == null) {
            throw new IllegalArgumentException("no phrases for theme " + theme);
        }
        return p;
    }

    public Set<String> themes() {
        return byTheme.keySet();
    }
}
