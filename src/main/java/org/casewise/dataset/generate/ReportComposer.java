package org.casewise.dataset.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.casewise.analyse.Taxonomy;
import org.casewise.dataset.model.GroundTruth;

/**
 * Writes one report from its facts, in the structure and wording of its style, and records which
 * sentences evidence which theme. Structure, headings, connective text, numbering and optional
 * sections vary by style and at random within a style, so no two reports share one template.
 * Section writers per style family live in {@link Sections}.
 */
final class ReportComposer {

    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    static final DateTimeFormatter CHRONO_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.UK);

    /** A written report: markup and header for the renderers, plus what the ground truth needs. */
    record Composed(String title, Map<String, String> header, String body, Map<String, List<String>> evidence,
                    List<GroundTruth.Recommendation> recommendations, Set<String> agencies, boolean outcomeStated) {
    }

    private final PhraseBank phrases;
    private final Taxonomy taxonomy;

    ReportComposer(PhraseBank phrases, Taxonomy taxonomy) {
        this.phrases = phrases;
        this.taxonomy = taxonomy;
    }

    Composed compose(CaseFacts f, SplittableRandom r) {
        Context c = new Context(f, r, new Slots(f, r), phrases, taxonomy);
        String title = title(f, r);
        Doc doc = new Doc();
        Sections sections = new Sections(c, doc);
        sections.cover(title);
        Layouts layout = new Layouts(sections);
        switch (f.style()) {
            case "imr-overview" -> layout.imrOverview();
            case "scie-systems" -> layout.scieSystems();
            case "hybrid" -> layout.hybrid();
            case "lcspr-episodes" -> layout.lcsprEpisodes();
            case "lcspr-themes" -> layout.lcsprThemes();
            case "executive-summary" -> layout.executiveSummary();
            case "seven-minute" -> layout.sevenMinute();
            case "six-step" -> layout.sixStep();
            case "national-panel" -> layout.nationalPanel();
            case "welsh-cpr" -> layout.welshCpr();
            case "scottish" -> layout.scottish();
            case "ni-cmr" -> layout.niCmr();
            case "adult-review" -> layout.adultReview();
            default -> throw new IllegalStateException("unknown style " + f.style());
        }
        Map<String, String> header = new LinkedHashMap<>();
        header.put("format", f.format());
        header.put("title", title);
        header.put("board", f.printedBoard() == null ? "" : f.printedBoard());
        header.put("year", String.valueOf(f.year()));
        header.put("reviewType", f.kind().reviewType);
        header.put("visibility", f.draft() ? "restricted" : "public");
        header.put("author", f.author());
        header.put("subject", f.kind().label + " - " + f.caseLabel());
        header.put("header", runningHeader(f, title, r));
        header.put("footer", runningFooter(f, r));
        return new Composed(title, header, doc.body(), c.evidence(), c.recommendations(), c.agencies(), c.outcomeStated);
    }

    static String title(CaseFacts f, SplittableRandom r) {
        String label = f.caseLabel();
        return switch (f.style()) {
            case "imr-overview" -> CasePlanner.pick(r, "Serious Case Review: " + label + " - Overview Report",
                    "Overview Report of the Serious Case Review in respect of " + label, "Serious Case Review " + label);
            case "scie-systems", "hybrid" -> CasePlanner.pick(r, "Serious Case Review: " + label,
                    "Serious Case Review concerning " + label, label + ": A Serious Case Review");
            case "lcspr-episodes", "lcspr-themes" -> CasePlanner.pick(r, "Local Child Safeguarding Practice Review: " + label,
                    "Child Safeguarding Practice Review - " + label, "Local Child Safeguarding Practice Review concerning " + label);
            case "executive-summary" -> CasePlanner.pick(r, "Serious Case Review " + label + ": Executive Summary",
                    "Executive Summary of the Serious Case Review into " + label);
            case "seven-minute" -> "7-Minute Briefing: " + label;
            case "six-step" -> "Six-Step Learning Briefing: " + label;
            case "national-panel" -> CasePlanner.pick(r, "National Review: Learning from the Case of " + label,
                    "Child Safeguarding Practice Review Panel: National Review " + f.year());
            case "welsh-cpr" -> CasePlanner.pick(r, "Concise Child Practice Review " + label, "Extended Child Practice Review " + label);
            case "scottish" -> f.kind() == ReviewKind.SCOTLAND_LEARNING ? "Learning Review: " + label
                    : CasePlanner.pick(r, "Significant Case Review: " + label, "Significant Case Review into the circumstances of " + label);
            case "ni-cmr" -> "Case Management Review: " + label;
            case "adult-review" -> f.kind() == ReviewKind.ADULT_DHR
                    ? "Domestic Homicide Review: Overview Report into the death of " + label
                    : "Safeguarding Adults Review: " + label;
            default -> label;
        };
    }

    private static String runningHeader(CaseFacts f, String title, SplittableRandom r) {
        if (f.draft()) {
            return "DRAFT - STRICTLY CONFIDENTIAL - NOT FOR PUBLICATION";
        }
        return CasePlanner.pick(r, title, f.kind().label + " - " + f.caseLabel(), "OFFICIAL - " + f.caseLabel(), f.caseLabel() + " | Final report");
    }

    private static String runningFooter(CaseFacts f, SplittableRandom r) {
        String who = f.printedBoard() == null ? "Published review" : f.printedBoard();
        return CasePlanner.pick(r, "Page {page} of {pages}", who + " | Page {page}", "{page}", who + " - " + f.year() + " - Page {page} of {pages}");
    }

    /**
     * What the section writers share: the facts, the random stream, the slots, and the record of
     * evidence, recommendations and agencies as they are written.
     */
    static final class Context {
        final CaseFacts facts;
        final SplittableRandom r;
        final Slots slots;
        final PhraseBank phrases;
        final Taxonomy taxonomy;
        private final Map<String, List<String>> evidence = new LinkedHashMap<>();
        private final List<GroundTruth.Recommendation> recommendations = new ArrayList<>();
        private final Set<String> agencies = new LinkedHashSet<>();
        private final Set<String> usedSentences = new LinkedHashSet<>();
        /** Whether the text says what happened to the child (the introduction's outcome sentence). */
        boolean outcomeStated;

        Context(CaseFacts facts, SplittableRandom r, Slots slots, PhraseBank phrases, Taxonomy taxonomy) {
            this.facts = facts;
            this.r = r;
            this.slots = slots;
            this.phrases = phrases;
            this.taxonomy = taxonomy;
            agencies.add("childrens-social-care");
        }

        /**
         * A theme sentence, filled and recorded as evidence of its theme and of the other themes it
         * evidences; null when the theme has none left unused.
         */
        String evidence(String theme, List<PhraseBank.Phrase> templates) {
            Drawn d = unused(templates);
            if (d == null) {
                return null;
            }
            record(theme, d.also(), d.sentence());
            return d.sentence();
        }

        private void record(String theme, List<String> also, String sentence) {
            evidence.computeIfAbsent(theme, k -> new ArrayList<>()).add(sentence);
            recordAlso(also, sentence);
        }

        private void recordAlso(List<String> also, String sentence) {
            for (String other : also) {
                evidence.computeIfAbsent(other, k -> new ArrayList<>()).add(sentence);
            }
        }

        /** Chronology entries for a theme, dated within the scope period, recorded as evidence. */
        List<Entry> events(String theme, int count) {
            List<Entry> out = new ArrayList<>();
            List<PhraseBank.Event> pool = new ArrayList<>(phrases.get(theme).events());
            for (int i = 0; i < count && !pool.isEmpty(); i++) {
                PhraseBank.Event e = pool.remove(r.nextInt(pool.size()));
                String text = slots.fill(e.text());
                if (!usedSentences.add(text)) {
                    continue;
                }
                record(theme, e.also(), text);
                if (Agencies.known(e.agency())) {
                    agencies.add(e.agency());
                }
                out.add(new Entry(date(), e.agency(), text));
            }
            return out;
        }

        /** A sentence that mentions a theme only to rule it out: not evidence of it, though it may be of others. */
        String ruledOut(String theme) {
            Drawn d = unused(phrases.get(theme).ruledOut());
            if (d == null) {
                return null;
            }
            recordAlso(d.also(), d.sentence());
            return d.sentence();
        }

        GroundTruth.Recommendation recommend(String theme) {
            List<PhraseBank.Rec> pool = phrases.get(theme).recommendations();
            if (pool.isEmpty()) {
                return null;
            }
            PhraseBank.Rec rec = pool.get(r.nextInt(pool.size()));
            String text = slots.fill(rec.text());
            if (!usedSentences.add(text)) {
                return null;
            }
            record(theme, rec.also(), text);
            GroundTruth.Recommendation gt = new GroundTruth.Recommendation(String.valueOf(recommendations.size() + 1), text,
                    rec.addressee());
            recommendations.add(gt);
            return gt;
        }

        /** A phrase's sentence, filled, and the other themes it evidences. */
        private record Drawn(String sentence, List<String> also) {
        }

        /** A phrase whose filled sentence the report has not used yet (the same random draws as ever). */
        private Drawn unused(List<PhraseBank.Phrase> templates) {
            List<PhraseBank.Phrase> pool = new ArrayList<>(templates);
            while (!pool.isEmpty()) {
                PhraseBank.Phrase p = pool.remove(r.nextInt(pool.size()));
                String s = slots.fill(p.text());
                if (usedSentences.add(s)) {
                    return new Drawn(s, p.also());
                }
            }
            return null;
        }

        /** A day in the scope period: from January of the year before the incident to the incident. */
        private LocalDate date() {
            LocalDate start = LocalDate.of(facts.incidentYear() - 1, 1, 1);
            LocalDate incident = LocalDate.of(facts.incidentYear(), Phrases.incidentMonth(facts), 1);
            return start.plusDays(r.nextInt((int) java.time.temporal.ChronoUnit.DAYS.between(start, incident)));
        }

        String label(String theme) {
            return taxonomy.get(theme).map(Taxonomy.Theme::label).orElse(theme);
        }

        Map<String, List<String>> evidence() {
            return evidence;
        }

        List<GroundTruth.Recommendation> recommendations() {
            return recommendations;
        }

        Set<String> agencies() {
            return agencies;
        }
    }

    /** A chronology entry. */
    record Entry(LocalDate date, String agency, String text) {
        static final Comparator<Entry> BY_DATE = Comparator.comparing(Entry::date);
    }
}
