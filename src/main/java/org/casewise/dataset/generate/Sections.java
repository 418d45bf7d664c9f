package org.casewise.dataset.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.casewise.dataset.model.GroundTruth;

/**
 * The section writers shared by all writing styles ({@link Layouts} orders them per style). Reports
 * of one style still differ: optional sections, heading wording, chronology layout and numbering
 * are drawn at random. Connective text is in {@link Phrases}; theme sentences come from the phrase bank.
 */
final class Sections {

    final ReportComposer.Context c;
    final CaseFacts f;
    final SplittableRandom r;
    final Doc doc;

    Sections(ReportComposer.Context c, Doc doc) {
        this.c = c;
        this.f = c.facts;
        this.r = c.r;
        this.doc = doc;
    }

    // ----- shared sections ------------------------------------------------------------------

    void cover(String title) {
        if (f.draft()) {
            doc.para("DRAFT - STRICTLY CONFIDENTIAL - NOT FOR PUBLICATION");
        }
        if (f.printedBoard() != null) {
            doc.para(f.printedBoard());
        }
        doc.h1(title);
        doc.para(CasePlanner.pick(r, "Overview Report", "Final report", "Report of the independent reviewer", "Published report"));
        doc.para(CasePlanner.pick(r, "Author: ", "Independent reviewer: ", "Lead reviewer: ") + f.author());
        doc.para(CasePlanner.pick(r, "Date of publication: " + f.publicationDate().format(ReportComposer.LONG_DATE),
                "Published " + f.publicationDate().format(ReportComposer.MONTH_YEAR),
                f.publicationDate().format(ReportComposer.MONTH_YEAR)));
        doc.pageBreak();
        boolean repositoryCopy = f.printedBoard() != null && f.year() <= 2016
                && (f.kind() == ReviewKind.ENGLAND_SCR || f.kind() == ReviewKind.EXECUTIVE_SUMMARY) && r.nextInt(100) < 35;
        if (repositoryCopy) {
            doc.para("Title: " + title).para("LSCB: " + f.printedBoard()).para("Author: " + f.author())
                    .para("Date of publication: " + f.publicationDate().format(ReportComposer.LONG_DATE))
                    .para("This report was deposited with the national case review repository.").pageBreak();
        }
    }

    void contents(List<String> headings) {
        if (r.nextInt(100) < 55) {
            doc.h2("Contents");
            int n = 1;
            for (String h : headings) {
                doc.numbered(n++, h.replaceFirst("^\\d+\\.\\s*", ""));
            }
            doc.end().pageBreak();
        }
    }

    void maybeGlossary(String heading) {
        if (r.nextBoolean()) {
            doc.h2(heading);
            Phrases.glossary(r).forEach(doc::bullet);
            doc.end();
        }
    }

    void introduction(String heading) {
        doc.h2(heading);
        introductionBody();
    }

    void introductionBody() {
        doc.para(c.slots.fill(Phrases.fillCase(Phrases.outcome(f, r), f)));
        c.outcomeStated = true;
        doc.para(text(Phrases.decision(f)));
    }

    void scope(String heading) {
        doc.h2(heading).para(text(Phrases.SCOPE));
        // Lines of enquiry name themes in boilerplate: some evidenced later, some never (a classifier trap).
        List<String> lines = new ArrayList<>();
        for (String t : f.themes()) {
            if (lines.size() < 3 && r.nextBoolean()) {
                lines.add(c.label(t).toLowerCase(java.util.Locale.UK));
            }
        }
        lines.add(CasePlanner.pick(r, "information sharing between agencies", "the effectiveness of multi-agency working",
                "the quality of assessments", "whether the voice of the child was heard"));
        doc.para("The key lines of enquiry were:");
        lines.forEach(l -> doc.bullet("how agencies understood and responded to " + l));
        doc.end();
    }

    void method(String heading, List<String> variants) {
        doc.h2(heading).para(text(variants));
    }

    void background(String heading) {
        doc.h2(heading).para(text(Phrases.FAMILY));
        for (String t : f.themes()) {
            if (c.taxonomy.get(t).map(x -> x.layer().equals("family")).orElse(false) && r.nextBoolean()) {
                sentence(t);
            }
        }
    }

    /** All chosen themes' events, in date order, in one of three layouts. */
    void chronology(String heading) {
        doc.h2(heading);
        List<ReportComposer.Entry> entries = new ArrayList<>();
        for (String t : f.themes()) {
            entries.addAll(c.events(t, 1 + r.nextInt(c.facts.themes().size() > 8 ? 2 : 3)));
        }
        entries.sort(ReportComposer.Entry.BY_DATE);
        int layout = r.nextInt(3);
        for (ReportComposer.Entry e : entries) {
            String agency = Agencies.label(e.agency());
            switch (layout) {
                case 0 -> doc.bullet(e.date().format(ReportComposer.CHRONO_DATE) + " " + agency + ". " + e.text());
                case 1 -> doc.para(e.date().format(ReportComposer.LONG_DATE) + " (" + agency + "): " + e.text());
                default -> doc.para("In " + e.date().format(ReportComposer.MONTH_YEAR) + ", " + agency + " recorded: " + e.text());
            }
        }
        if (layout == 0) {
            doc.end();
        }
    }

    void analysis(String heading, boolean byAgencyIntro) {
        doc.h2(heading);
        if (byAgencyIntro) {
            doc.para(CasePlanner.pick(r, "This section considers the practice of each agency in turn before drawing out the "
                    + "themes that ran across agencies.", "The analysis below follows the terms of reference."));
        }
        analysisBody(true);
    }

    void analysisBody(boolean withRuledOut) {
        for (String t : f.themes()) {
            String s = c.evidence(t, c.phrases.get(t).analysis());
            String s2 = r.nextInt(3) == 0 ? c.evidence(t, c.phrases.get(t).analysis()) : null;
            if (s != null) {
                doc.para(s2 == null ? s : s + " " + s2);
            }
        }
        if (withRuledOut) {
            for (String t : f.ruledOut()) {
                String s = c.ruledOut(t);
                if (s != null) {
                    doc.para(s);
                }
            }
        }
    }

    void themedAnalysis(String heading) {
        doc.h2(heading);
        int n = 1;
        for (String t : f.themes()) {
            doc.h2((r.nextBoolean() ? "Theme " + n++ + ": " : "") + Phrases.themeHeading(c.label(t), r));
            String a = c.evidence(t, c.phrases.get(t).analysis());
            String b = c.evidence(t, c.phrases.get(t).findings());
            doc.para(a == null ? "" : a);
            if (b != null) {
                doc.para(b);
            }
        }
        for (String t : f.ruledOut()) {
            String s = c.ruledOut(t);
            if (s != null) {
                doc.para(s);
            }
        }
    }

    void keyPracticeEpisodes(String heading) {
        doc.h2(heading);
        int n = 1;
        for (String t : f.themes()) {
            List<ReportComposer.Entry> events = c.events(t, 1 + r.nextInt(2));
            if (events.isEmpty()) {
                continue;
            }
            doc.h2("Key practice episode " + n++ + ": " + events.get(0).date().format(ReportComposer.MONTH_YEAR));
            events.forEach(e -> doc.para(e.text()));
            String a = c.evidence(t, c.phrases.get(t).analysis());
            if (a != null) {
                doc.para(a);
            }
        }
    }

    void systemsFindings(String heading) {
        doc.h2(heading);
        int n = 1;
        for (String t : f.themes()) {
            if (n > 5) {
                break;
            }
            String s = c.evidence(t, c.phrases.get(t).findings());
            if (s == null) {
                continue;
            }
            doc.h2("Finding " + n++ + ": " + Phrases.themeHeading(c.label(t), r));
            doc.para(s);
            doc.para("Questions for the Board");
            Phrases.boardQuestions(r).forEach(doc::bullet);
            doc.end();
        }
    }

    void findings(String heading, boolean numberedList) {
        doc.h2(heading);
        int n = 1;
        for (String t : f.themes()) {
            if (r.nextInt(3) == 0) {
                continue;
            }
            String s = c.evidence(t, c.phrases.get(t).findings());
            if (s != null) {
                if (numberedList) {
                    doc.numbered(n++, s);
                } else {
                    doc.bullet(s);
                }
            }
        }
        doc.end();
    }

    void recommendations(String heading, int count) {
        doc.h2(heading);
        doc.para(CasePlanner.pick(r, "The review makes the following recommendations.",
                "The Partnership has accepted the recommendations below and an action plan is being monitored.", ""));
        recommendationsList(count);
    }

    void recommendationsList(int count) {
        List<String> order = new ArrayList<>(f.themes());
        // Practice learning themes carry most recommendations in real reports.
        order.sort((a, b) -> Boolean.compare(!isPractice(a), !isPractice(b)));
        int style = r.nextInt(3);
        int written = 0;
        for (String t : order) {
            if (written >= count) {
                break;
            }
            GroundTruth.Recommendation rec = c.recommend(t);
            if (rec == null) {
                continue;
            }
            written++;
            String to = Agencies.label(rec.addressee());
            String text = switch (style) {
                case 0 -> rec.text();
                case 1 -> rec.text() + " (" + to + ")";
                default -> "To " + to + ": " + rec.text();
            };
            doc.numbered(Integer.parseInt(rec.number()), text);
        }
        doc.end();
    }

    void conclusion(String heading) {
        doc.h2(heading).para(text(Phrases.CONCLUSION));
    }

    void themeEvents(int perTheme) {
        for (String t : f.themes()) {
            c.events(t, perTheme).forEach(e -> doc.para(e.text()));
        }
    }

    void sentence(String theme) {
        String s = c.evidence(theme, c.phrases.get(theme).analysis());
        if (s != null) {
            doc.para(s);
        }
    }

    void listItem(String theme) {
        String s = c.evidence(theme, c.phrases.get(theme).findings());
        if (s != null) {
            doc.bullet(s);
        }
    }

    /** One of the variants, with the case's details and the family's names filled in. */
    String text(List<String> variants) {
        return c.slots.fill(Phrases.fillCase(CasePlanner.pick(r, variants), f));
    }

    boolean isPractice(String theme) {
        return c.taxonomy.get(theme).map(t -> t.layer().equals("practice")).orElse(false);
    }

    List<String> numbered(List<String> headings) {
        if (r.nextBoolean()) {
            return headings;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            out.add((i + 1) + ". " + headings.get(i));
        }
        return out;
    }
}
