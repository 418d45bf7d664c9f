package org.casewise.dataset.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.casewise.analyse.Board;
import org.casewise.analyse.BoardRegistry;

/**
 * Decides the facts of each case. A pure function of (seed, index): report 17 of seed 7 is the
 * same whatever else is generated, so generation can run in parallel and still be deterministic.
 *
 * <p>Frequencies loosely follow the published national analyses (PRIMER §6): a third to a half of
 * children under one, neglect in about half of reviews, domestic abuse in about half, parental
 * substance misuse in about 40%.
 */
final class CasePlanner {

    private static final String[] AGE_BANDS = {"unborn", "under-1", "1-4", "5-10", "11-15", "16-17"};
    private static final int[] AGE_WEIGHTS = {3, 38, 20, 12, 17, 10};

    private final long seed;
    private final List<Board> england;
    private final List<Board> wales;
    private final List<Board> scotland;
    private final List<Board> northernIreland;
    private final PhraseBank phrases;
    private final List<String> formats;

    CasePlanner(long seed, BoardRegistry registry, PhraseBank phrases, List<String> formats) {
        this.seed = seed;
        this.phrases = phrases;
        this.formats = formats;
        this.england = boards(registry, "england");
        this.wales = boards(registry, "wales");
        this.scotland = boards(registry, "scotland");
        this.northernIreland = boards(registry, "northern-ireland");
    }

    private static List<Board> boards(BoardRegistry registry, String nation) {
        return registry.all().stream().filter(b -> b.nation().equals(nation)).sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /** The random stream of one report: independent of every other report's. */
    SplittableRandom random(int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL);
    }

    CaseFacts plan(int index, ReviewKind forcedKind) {
        SplittableRandom r = random(index);
        ReviewKind kind = forcedKind != null ? forcedKind : pickKind(r);
        Board board = pickBoard(r, kind);
        int year = kind.firstYear + r.nextInt(kind.lastYear - kind.firstYear + 1);
        LocalDate published = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        int incidentYear = year - 1 - r.nextInt(kind == ReviewKind.EXECUTIVE_SUMMARY || kind == ReviewKind.ENGLAND_SCR ? 3 : 2);
        List<CaseFacts.ChildFacts> children = children(r, kind);
        String outcome = kind.adult() ? (kind == ReviewKind.ADULT_DHR ? "death" : pick(r, "death", "serious-harm"))
                : weighted(r, new String[] {"death", "serious-harm", "other"}, new int[] {45, 50, 5});
        List<String> themes = themes(r, kind, children.get(0), outcome, incidentYear);
        List<String> ruledOut = ruledOut(r, themes);
        String format = pickFormat(r, kind);
        return new CaseFacts(String.format(Locale.ROOT, "cw-%06d", index), kind, style(r, kind, year), format, board,
                printedName(r, kind, board, year), year, published, incidentYear, false, outcome, children,
                Names.family(r), themes, ruledOut, Names.author(r), Names.caseLabel(r, kind, children.get(0), year));
    }

    /**
     * A second board of the same nation that re-publishes a report (neighbouring partnerships often
     * host each other's reviews); deterministic for the index.
     */
    String coPublisher(String boardId, int index) {
        List<Board> pool = england.stream().anyMatch(b -> b.id().equals(boardId)) ? england
                : wales.stream().anyMatch(b -> b.id().equals(boardId)) ? wales
                : scotland.stream().anyMatch(b -> b.id().equals(boardId)) ? scotland : northernIreland;
        List<Board> others = pool.stream().filter(b -> !b.id().equals(boardId)).toList();
        return others.isEmpty() ? boardId : others.get(random(index + 9_000_000).nextInt(others.size())).id();
    }

    private ReviewKind pickKind(SplittableRandom r) {
        ReviewKind[] kinds = ReviewKind.values();
        int[] weights = new int[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            weights[i] = kinds[i].weight;
        }
        return kinds[weightedIndex(r, weights)];
    }

    private Board pickBoard(SplittableRandom r, ReviewKind kind) {
        List<Board> pool = switch (kind.nation) {
            case "wales" -> wales;
            case "scotland" -> scotland;
            case "northern-ireland" -> northernIreland;
            default -> england;
        };
        return kind == ReviewKind.NATIONAL_REVIEW ? null : pool.get(r.nextInt(pool.size()));
    }

    /** How the board styled itself in that year: LSCBs until 2019 in England, partnerships after. */
    static String printedName(SplittableRandom r, ReviewKind kind, Board board, int year) {
        if (board == null) {
            return "Child Safeguarding Practice Review Panel";
        }
        String place = board.placeNames().isEmpty() ? board.name() : board.placeNames().get(0);
        if (kind == ReviewKind.ADULT_SAR) {
            return place + " Safeguarding Adults Board";
        }
        if (kind == ReviewKind.ADULT_DHR) {
            return place + " Community Safety Partnership";
        }
        if (!"england".equals(board.nation()) || !"partnership".equals(board.kind())) {
            return board.name();
        }
        if (year < 2019) {
            return pick(r, place + " Local Safeguarding Children Board", place + " Safeguarding Children Board",
                    place + " LSCB");
        }
        return r.nextInt(3) == 0 ? place + " Safeguarding Children Partnership" : board.name();
    }

    private List<CaseFacts.ChildFacts> children(SplittableRandom r, ReviewKind kind) {
        int count = kind.adult() ? 1 : weightedIndex(r, new int[] {80, 15, 5}) + 1;
        List<CaseFacts.ChildFacts> list = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            String band = i == 0 ? AGE_BANDS[weightedIndex(r, AGE_WEIGHTS)] : AGE_BANDS[2 + r.nextInt(3)];
            int months = Names.monthsFor(r, band);
            String sex = r.nextBoolean() ? "female" : "male";
            String pseudonym;
            do {
                pseudonym = Names.pseudonym(r, band, sex);
            } while (!used.add(pseudonym));
            list.add(new CaseFacts.ChildFacts(pseudonym, months, Names.ageWords(months), band, sex));
        }
        return list;
    }

    private List<String> themes(SplittableRandom r, ReviewKind kind, CaseFacts.ChildFacts child, String outcome,
                                int incidentYear) {
        String band = child.ageBand();
        boolean baby = band.equals("unborn") || band.equals("under-1");
        boolean teen = band.equals("11-15") || band.equals("16-17");
        Set<String> chosen = new LinkedHashSet<>();
        if (!kind.adult()) {
            maybe(r, chosen, "physical-abuse", baby ? 40 : teen ? 10 : 30);
            maybe(r, chosen, "neglect", teen ? 35 : 55);
            maybe(r, chosen, "sudi-unsafe-sleep", baby && outcome.equals("death") ? 55 : baby ? 15 : 0);
            maybe(r, chosen, "sexual-abuse", teen ? 10 : band.equals("5-10") ? 20 : 4);
            maybe(r, chosen, "sexual-exploitation", teen ? 30 : 0);
            maybe(r, chosen, "criminal-exploitation", teen ? 25 : 0);
            maybe(r, chosen, "suicide-self-harm", teen ? 35 : 0);
            maybe(r, chosen, "fabricated-induced-illness", baby || band.equals("1-4") ? 4 : 2);
            maybe(r, chosen, "emotional-abuse", baby ? 8 : 25);
            maybe(r, chosen, "online-harm", teen ? 25 : band.equals("5-10") ? 6 : 0);
            if (chosen.isEmpty()) {
                chosen.add(baby ? "physical-abuse" : "neglect");
            }
        }
        maybe(r, chosen, "domestic-abuse", kind == ReviewKind.ADULT_DHR ? 100 : 55);
        maybe(r, chosen, "parental-mental-health", 40);
        maybe(r, chosen, "parental-substance-misuse", 40);
        maybe(r, chosen, "parental-adversity", 25);
        maybe(r, chosen, "poverty-housing", 30);
        maybe(r, chosen, "parental-learning-disability", 8);
        maybe(r, chosen, "unknown-men", kind.adult() ? 0 : 20);
        if (!kind.adult()) {
            maybe(r, chosen, "infants", band.equals("under-1") ? 90 : 0);
            maybe(r, chosen, "pre-birth", band.equals("unborn") ? 100 : band.equals("under-1") ? 30 : 0);
            maybe(r, chosen, "adolescents", teen ? 85 : 0);
            maybe(r, chosen, "disability-send", 12);
            maybe(r, chosen, "child-mental-health", teen ? 40 : band.equals("5-10") ? 10 : 0);
            maybe(r, chosen, "looked-after", baby ? 2 : 10);
            maybe(r, chosen, "missing-education", teen || band.equals("5-10") ? 20 : 0);
            maybe(r, chosen, "missing-from-home", teen ? 35 : 0);
        }
        maybe(r, chosen, "race-culture-faith", 15);
        List<String> practice = new ArrayList<>(List.of("voice-of-child", "professional-curiosity", "disguised-compliance",
                "use-of-history", "information-sharing", "multi-agency-working", "risk-assessment",
                "escalation-challenge", "child-protection-procedures", "working-with-fathers", "supervision-workload"));
        int wanted = 3 + r.nextInt(kind == ReviewKind.LEARNING_BRIEF || kind == ReviewKind.EXECUTIVE_SUMMARY ? 2 : 5);
        for (int i = 0; i < wanted && !practice.isEmpty(); i++) {
            chosen.add(practice.remove(r.nextInt(practice.size())));
        }
        if (incidentYear >= 2020 && incidentYear <= 2022) {
            maybe(r, chosen, "covid-19", 60);
        }
        // Only themes the phrase bank can express for this child's age make it into the report.
        return chosen.stream().filter(phrases::has)
                .filter(t -> kind.adult() || phrases.get(t).ageBands().isEmpty() || phrases.get(t).ageBands().contains(band))
                .toList();
    }

    private List<String> ruledOut(SplittableRandom r, List<String> themes) {
        List<String> candidates = new ArrayList<>(List.of("domestic-abuse", "parental-substance-misuse",
                "parental-mental-health", "sexual-abuse", "physical-abuse", "fabricated-induced-illness", "online-harm"));
        candidates.removeAll(themes);
        candidates.removeIf(t -> !phrases.has(t) || phrases.get(t).ruledOut().isEmpty());
        List<String> out = new ArrayList<>();
        int n = candidates.isEmpty() ? 0 : r.nextInt(3);
        for (int i = 0; i < n && !candidates.isEmpty(); i++) {
            out.add(candidates.remove(r.nextInt(candidates.size())));
        }
        return out;
    }

    private String pickFormat(SplittableRandom r, ReviewKind kind) {
        String f = kind == ReviewKind.LEARNING_BRIEF ? weighted(r, new String[] {"pdf", "docx", "html"}, new int[] {35, 15, 50})
                : weighted(r, new String[] {"pdf", "docx", "html"}, new int[] {60, 25, 15});
        return formats.contains(f) ? f : formats.get(r.nextInt(formats.size()));
    }

    private static String style(SplittableRandom r, ReviewKind kind, int year) {
        return switch (kind) {
            case ENGLAND_SCR -> year < 2011 ? "imr-overview" : pick(r, "scie-systems", "hybrid", "imr-overview");
            case ENGLAND_LCSPR -> pick(r, "lcspr-episodes", "lcspr-themes");
            case EXECUTIVE_SUMMARY -> "executive-summary";
            case LEARNING_BRIEF -> pick(r, "seven-minute", "six-step");
            case NATIONAL_REVIEW -> "national-panel";
            case WALES_CPR -> "welsh-cpr";
            case SCOTLAND_SCR, SCOTLAND_LEARNING -> "scottish";
            case NI_CMR -> "ni-cmr";
            case ADULT_SAR, ADULT_DHR -> "adult-review";
        };
    }

    private static void maybe(SplittableRandom r, Set<String> chosen, String theme, int percent) {
        if (r.nextInt(100) < percent) {
            chosen.add(theme);
        }
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom r, T... options) {
        return options[r.nextInt(options.length)];
    }

    static <T> T pick(SplittableRandom r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }

    static String weighted(SplittableRandom r, String[] values, int[] weights) {
        return values[weightedIndex(r, weights)];
    }

    static int weightedIndex(SplittableRandom r, int[] weights) {
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
}
