package org.casewise.analyse;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.casewise.config.CasewiseConfig;
import org.jboss.logging.Logger;

/**
 * The board registry, and the matching of board names as reports print them.
 *
 * <p>Reports name their board in many ways ('Birmingham LSCB', 'Birmingham Safeguarding Children
 * Board', 'BSCP', 'the Local Safeguarding Children Board for Hammersmith &amp; Fulham...'), so each
 * board's place names are combined with the generic suffixes below, on top of the full and
 * historical names the registry lists. Matching is on a normalised form (lowercase, '&amp;' as 'and',
 * punctuation as space) with word boundaries.
 */
@ApplicationScoped
@Startup
public class BoardRegistry {

    private static final Logger LOG = Logger.getLogger(BoardRegistry.class);
    static final String BUNDLED = "/datasets/boards.csv";

    /** How boards have styled themselves since 2006, after the place name. */
    private static final List<String> SUFFIXES = List.of(
            "safeguarding children board", "local safeguarding children board", "lscb",
            "safeguarding children partnership", "safeguarding partnership", "scp", "lscp",
            "children's safeguarding partnership", "childrens safeguarding partnership",
            "safeguarding children's partnership", "safeguarding childrens partnership",
            "child protection committee", "cpc", "regional safeguarding board",
            "safeguarding children and adults partnership", "children safeguarding board",
            // Adult reviews name the area's adults board or community safety partnership: same area.
            "safeguarding adults board", "community safety partnership");
    private static final List<String> PREFIXES = List.of(
            "local safeguarding children board for ", "safeguarding children board for ",
            "safeguarding children partnership for ",
            // since 2019 the three statutory partners stand for the area: 'the safeguarding partners for
            // the City of Wolverhampton'
            "safeguarding partners for ", "safeguarding partners for the ", "safeguarding partners in ",
            // the partners listed by name: 'on behalf of the Safeguarding Partners (Warwickshire County Council,
            // Warwickshire Police, ...)', normalised without the bracket
            "safeguarding partners ",
            "safeguarding partnership for ", "safeguarding partnership for the ");

    private static final Board AMBIGUOUS = new Board("", "", "", null, "", List.of(), List.of(), List.of(), null);

    @Inject
    CasewiseConfig config;

    private final Map<String, Board> byId = new LinkedHashMap<>();
    /** Normalised name variant to board; longer variants are tried first. */
    private final List<Map.Entry<String, Board>> variants = new ArrayList<>();
    private final Map<String, Board> abbreviations = new LinkedHashMap<>();
    /** The unambiguous acronyms as word-bounded, case-sensitive patterns, compiled once. */
    private final Map<Pattern, Board> acronymPatterns = new LinkedHashMap<>();
    /** The acronym of each pattern above: a text without it cannot match the pattern. */
    private final Map<Pattern, String> acronymOf = new HashMap<>();
    /**
     * The variants by their first word, each list in the order of {@link #variants}: the text is
     * read word by word and only the variants that start with the word are tried there, rather
     * than searching the text for each of thousands of variants.
     */
    private final Map<String, List<Map.Entry<String, Board>>> variantsByFirstWord = new HashMap<>();
    /** The board of an empty variant (a name of punctuation only), which matches at the very start. */
    private Board emptyVariant;
    private final Map<String, Board> variantIndex = new HashMap<>();
    /** Normalised place names and ids to the first board that has them. */
    private final Map<String, Board> placeOrId = new HashMap<>();


    @PostConstruct
    void load() {
        try (Reader reader = open()) {
            loadFrom(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the board registry", e);
        }
        LOG.infof("Board registry: %d boards, %d name variants", byId.size(), variants.size());
    }

    /** The bundled registry, for tools that run outside the service (the dataset generator). */
    public static BoardRegistry bundled() {
        BoardRegistry registry = new BoardRegistry();
        try (InputStream in = BoardRegistry.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is not on the class path");
            }
            registry.loadFrom(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the board registry", e);
        }
        return registry;
    }

    private Reader open() throws IOException {
        if (config.registry().boardsFile().isPresent()) {
            return Files.newBufferedReader(config.registry().boardsFile().get(), StandardCharsets.UTF_8);
        }
        InputStream in = BoardRegistry.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IOException(BUNDLED + " is not on the class path");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    void loadFrom(Reader reader) throws IOException {
        // The file starts with '#' comment lines (provenance); commons-csv skips them.
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        for (CSVRecord row : format.parse(reader)) {
            Board board = new Board(row.get("id"), row.get("name"), row.get("nation"),
                    emptyToNull(row.get("region")), row.get("kind"), split(row.get("place_names")),
                    split(row.get("other_names")), split(row.get("abbreviations")), emptyToNull(row.get("domain")));
            byId.put(board.id(), board);
        }
        Map<String, Board> names = new LinkedHashMap<>();
        for (Board b : byId.values()) {
            names.putIfAbsent(normalise(b.name()), b);
            b.otherNames().forEach(n -> names.putIfAbsent(normalise(n), b));
            for (String place : b.placeNames()) {
                String p = normalise(place);
                SUFFIXES.forEach(s -> names.putIfAbsent(p + " " + normalise(s), b));
                PREFIXES.forEach(s -> names.putIfAbsent(normalise(s) + " " + p, b));
            }
            b.abbreviations().forEach(a -> abbreviations.merge(a, b, (x, y) -> AMBIGUOUS));
        }
        // An acronym shared by several boards (BSCB: Birmingham, Bristol, Buckinghamshire) identifies none.
        abbreviations.values().removeIf(b -> b == AMBIGUOUS);
        abbreviations.forEach((a, b) -> {
            Pattern p = Pattern.compile("\\b" + Pattern.quote(a) + "\\b");
            acronymPatterns.put(p, b);
            acronymOf.put(p, a);
        });
        variants.addAll(names.entrySet());
        variants.sort((x, y) -> Integer.compare(y.getKey().length(), x.getKey().length()));
        variantsByFirstWord.clear();
        variantIndex.clear();
        emptyVariant = null;
        for (var v : variants) {
            String key = v.getKey();
            variantIndex.putIfAbsent(key, v.getValue());
            if (key.isEmpty()) {
                emptyVariant = emptyVariant == null ? v.getValue() : emptyVariant;
                continue;
            }
            int sp = key.indexOf(' ');
            variantsByFirstWord.computeIfAbsent(sp < 0 ? key : key.substring(0, sp), k -> new ArrayList<>()).add(v);
        }
        placeOrId.clear();
        for (Board b : byId.values()) {
            b.placeNames().forEach(p -> placeOrId.putIfAbsent(normalise(p), b));
            placeOrId.putIfAbsent(b.id(), b);
        }
    }

    public Optional<Board> byId(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    public Collection<Board> all() {
        return byId.values();
    }

    /** Resolves a name as printed ('Kent LSCB', 'Cardiff and Vale Regional Safeguarding Board') to a board. */
    public Optional<Board> resolve(String printedName) {
        if (printedName == null || printedName.isBlank()) {
            return Optional.empty();
        }
        String n = normalise(printedName);
        Board exact = variantIndex.get(n);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(placeOrId.get(n)).or(() -> find(printedName));
    }

    /**
     * The board named earliest in the text (the cover comes first). Ties go to the longer name, so
     * 'North East Lincolnshire LSCB' beats 'Lincolnshire LSCB'.
     */
    public Optional<Board> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String haystack = " " + normalise(text) + " ";
        Board best = null;
        int bestPos = Integer.MAX_VALUE;
        if (emptyVariant != null) {
            best = emptyVariant; // an empty name 'occurs' at the start, before any word
            bestPos = 0;
        }
        // The earliest word at which some variant matches; there, the first in variants order (the longest).
        for (int at = 1; best == null && at < haystack.length(); at = haystack.indexOf(' ', at) + 1) {
            int wordEnd = haystack.indexOf(' ', at);
            if (wordEnd <= at) {
                break; // the trailing space
            }
            List<Map.Entry<String, Board>> candidates = variantsByFirstWord.get(haystack.substring(at, wordEnd));
            if (candidates == null) {
                continue;
            }
            for (var v : candidates) {
                String key = v.getKey();
                int end = at + key.length();
                if (haystack.startsWith(key, at) && (end >= haystack.length() || haystack.charAt(end) == ' ')) {
                    best = v.getValue();
                    bestPos = at;
                    break;
                }
            }
        }
        if (best == null) {
            for (var a : acronymPatterns.entrySet()) {
                // Acronyms are matched case-sensitively in the original text: 'BSCB', not 'bscb'.
                if (!text.contains(acronymOf.get(a.getKey()))) {
                    continue;
                }
                Matcher m = a.getKey().matcher(text);
                if (m.find() && m.start() < bestPos) {
                    best = a.getValue();
                    bestPos = m.start();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Lower case, '&amp;' as 'and', the typographic apostrophe as a plain one, and every run of other
     * characters than a-z, 0-9 and the apostrophe as one space, trimmed. One pass: it runs over the
     * head of every report analysed.
     */
    static String normalise(String s) {
        String t = s.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(t.length() + 8);
        boolean gap = false; // a separator is pending: written only before the next name character
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '&') {
                out.append(out.isEmpty() ? "and" : " and");
                gap = true;
                continue;
            }
            if (c == '\u2019') {
                c = '\'';
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'') {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static List<String> split(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
