package org.casewise.dataset.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.casewise.dataset.model.GroundTruth;

/**
 * The section writers, and one method per writing style that orders them. Reports of one style
 * still differ: optional sections, heading wording, chronology layout and numbering are drawn at
 * random. Connective text is in {@link Phrases}; the theme sentences come from the phrase bank.
 */
final class Sections {

    private final ReportComposer.Context c;
    private final CaseFacts f;
    private final SplittableRandom r;
    private final Doc doc;

    Sections(ReportComposer.Context c, Doc doc) {
        this.c = c;
        this.f = c.facts;
        this.r = c.r;
        this.doc = doc;
    }

    // ----- styles ---------------------------------------------------------------------------

    void imrOverview() {
        List<String> h = numbered(List.of("Introduction", "Terms of Reference", "Methodology and the IMR process",
                "Family Background", "Summary of Agency Involvement", "Analysis", "Lessons Learned", "Recommendations",
                "Conclusion"));
        contents(h);
        introduction(h.get(0));
        scope(h.get(1));
        method(h.get(2), Phrases.IMR_METHOD);
        background(h.get(3));
        chronology(h.get(4));
        analysis(h.get(5), true);
        findings(h.get(6), false);
        recommendations(h.get(7), 4 + r.nextInt(5));
        conclusion(h.get(8));
        maybeGlossary("Appendix: Glossary");
    }

    void scieSystems() {
        contents(List.of("Introduction", "The Learning Together model", "The case in brief", "Appraisal of practice",
                "Findings", "Recommendations"));
        introduction("Introduction");
        method("The Learning Together model", Phrases.SCIE_METHOD);
        background("The case in brief");
        chronology("Appraisal of practice");
        systemsFindings("Findings");
        if (r.nextBoolean()) {
            recommendations("Recommendations", 2 + r.nextInt(3));
        }
    }

    void hybrid() {
        maybeGlossary("Glossary");
        introduction(Phrases.pick(r, "Introduction", "Why this review was carried out"));
        scope("Scope and terms of reference");
        method("How the review was conducted", Phrases.HYBRID_METHOD);
        background("Background");
        chronology("Key events");
        analysis("Analysis of practice", false);
        findings("Findings and learning", true);
        recommendations("Recommendations", 3 + r.nextInt(4));
    }

    void lcsprEpisodes() {
        contents(List.of("Introduction", "The rapid review", "Methodology", "Family involvement", "Background",
                "Key practice episodes", "Learning", "Recommendations"));
        introduction("Introduction");
        doc.h2("The rapid review").para(text(Phrases.RAPID_REVIEW));
        method("Methodology", Phrases.LCSPR_METHOD);
        doc.h2("Family involvement").para(text(Phrases.FAMILY_INVOLVEMENT));
        background("Background");
        keyPracticeEpisodes("Key practice episodes");
        findings("Learning", true);
        recommendations("Recommendations", 3 + r.nextInt(4));
    }

    void lcsprThemes() {
        doc.h2("Summary").para(text(Phrases.SUMMARY));
        introduction("Why this review was held");
        scope("Scope of the review");
        doc.h2("The child's lived experience").para(text(Phrases.LIVED_EXPERIENCE));
        chronology("What happened");
        themedAnalysis("Themes and learning");
        recommendations("Recommendations for the Partnership", 3 + r.nextInt(4));
    }

    void executiveSummary() {
        introduction("Introduction");
        doc.h2("Summary of the case");
        for (String theme : f.themes().subList(0, Math.min(4, f.themes().size()))) {
            sentence(theme);
        }
        findings("Key findings", true);
        recommendations("Recommendations", 2 + r.nextInt(4));
    }

    void sevenMinute() {
        doc.h2("1. Background").para(text(Phrases.BRIEFING_BACKGROUND));
        doc.h2("2. Why it matters").para(text(Phrases.WHY_IT_MATTERS));
        doc.h2("3. What happened");
        themeEvents(1);
        doc.h2("4. What we learned");
        for (String theme : f.themes()) {
            listItem(theme);
        }
        doc.end();
        doc.h2("5. What you should do");
        recommendationsList(2 + r.nextInt(3));
        doc.h2("6. Questions to reflect on");
        Phrases.questions(r).forEach(doc::bullet);
        doc.end();
        doc.h2("7. Further information").para(text(Phrases.FURTHER));
    }

    void sixStep() {
        doc.h2("Step 1: The case").para(text(Phrases.BRIEFING_BACKGROUND));
        doc.h2("Step 2: What happened");
        themeEvents(1);
        doc.h2("Step 3: What the review found");
        for (String theme : f.themes()) {
            listItem(theme);
        }
        doc.end();
        doc.h2("Step 4: What needs to change");
        recommendationsList(2 + r.nextInt(3));
        doc.h2("Step 5: Reflect").para("Use these questions in supervision or a team meeting.");
        Phrases.questions(r).forEach(doc::bullet);
        doc.end();
        doc.h2("Step 6: Find out more").para(text(Phrases.FURTHER));
    }

    void nationalPanel() {
        doc.h2("Foreword").para(text(Phrases.FOREWORD));
        introduction("Introduction");
        method("Our approach", Phrases.NATIONAL_METHOD);
        chronology("The children's experiences");
        themedAnalysis("What we found");
        recommendations("Recommendations", 4 + r.nextInt(4));
    }

    void welshCpr() {
        doc.h2("Brief outline of circumstances resulting in the review");
        introductionBody();
        doc.h2("Practice and organisational learning");
        themeEvents(1 + r.nextInt(2));
        analysisBody(false);
        findings("Identified learning", r.nextBoolean());
        recommendations("Improving systems and practice", 3 + r.nextInt(3));
        doc.h2("Statement by reviewer").para("The reviewer had no involvement with the family and is independent of the agencies "
                + "involved. The review has been carried out in accordance with the Welsh Government guidance.");
    }

    void scottish() {
        introduction("Introduction");
        scope("Remit of the review");
        background("Background");
        chronology("Key events");
        analysis("Analysis", false);
        findings("Key learning", true);
        recommendations("Recommendations to the Child Protection Committee", 3 + r.nextInt(4));
    }

    void niCmr() {
        introduction("Introduction");
        scope("Terms of reference");
        chronology("Chronology of involvement");
        analysis("Analysis", true);
        findings("Findings", false);
        recommendations("Recommendations", 3 + r.nextInt(4));
    }

    void adultReview() {
        introduction("Introduction");
        scope("Terms of reference");
        background("Background");
        chronology("Summary of agency involvement");
        analysis("Analysis", true);
        findings("Lessons to be learned", false);
        recommendations("Recommendations", 3 + r.nextInt(4));
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
        doc.para(Phrases.pick(r, "Overview Report", "Final report", "Report of the independent reviewer", "Published report"));
        doc.para(Phrases.pick(r, "Author: ", "Independent reviewer: ", "Lead reviewer: ") + f.author());
        doc.para(Phrases.pick(r, "Date of publication: " + f.publicationDate().format(ReportComposer.LONG_DATE),
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

    private void contents(List<String> headings) {
        if (r.nextInt(100) < 55) {
            doc.h2("Contents");
            int n = 1;
            for (String h : headings) {
                doc.numbered(n++, h.replaceFirst("^\\d+\\.\\s*", ""));
            }
            doc.end().pageBreak();
        }
    }

    private void maybeGlossary(String heading) {
        if (r.nextBoolean()) {
            doc.h2(heading);
            Phrases.glossary(r).forEach(doc::bullet);
            doc.end();
        }
    }

    private void introduction(String heading) {
        doc.h2(heading);
        introductionBody();
    }

    private void introductionBody() {
        doc.para(c.slots.fill(Phrases.fillCase(Phrases.outcome(f, r), f)));
        doc.para(text(Phrases.decision(f)));
    }

    private void scope(String heading) {
        doc.h2(heading).para(text(Phrases.SCOPE));
        // Lines of enquiry name themes in boilerplate: some evidenced later, some never (a classifier trap).
        List<String> lines = new ArrayList<>();
        for (String t : f.themes()) {
            if (lines.size() < 3 && r.nextBoolean()) {
                lines.add(c.label(t).toLowerCase(java.util.Locale.UK));
            }
        }
        lines.add(Phrases.pick(r, "information sharing between agencies", "the effectiveness of multi-agency working",
                "the quality of assessments", "whether the voice of the child was heard"));
        doc.para("The key lines of enquiry were:");
        lines.forEach(l -> doc.bullet("how agencies understood and responded to " + l));
        doc.end();
    }

    private void method(String heading, List<String> variants) {
        doc.h2(heading).para(text(variants));
    }

    private void background(String heading) {
        doc.h2(heading).para(text(Phrases.FAMILY));
        for (String t : f.themes()) {
            if (c.taxonomy.get(t).map(x -> x.layer().equals("family")).orElse(false) && r.nextBoolean()) {
                sentence(t);
            }
        }
    }

    /** All chosen themes' events, in date order, in one of three layouts. */
    private void chronology(String heading) {
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

    private void analysis(String heading, boolean byAgencyIntro) {
        doc.h2(heading);
        if (byAgencyIntro) {
            doc.para(Phrases.pick(r, "This section considers the practice of each agency in turn before drawing out the "
                    + "themes that ran across agencies.", "The analysis below follows the terms of reference."));
        }
        analysisBody(true);
    }

    private void analysisBody(boolean withRuledOut) {
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

    private void themedAnalysis(String heading) {
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

    private void keyPracticeEpisodes(String heading) {
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

    private void systemsFindings(String heading) {
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

    private void findings(String heading, boolean numberedList) {
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

    private void recommendations(String heading, int count) {
        doc.h2(heading);
        doc.para(Phrases.pick(r, "The review makes the following recommendations.",
                "The Partnership has accepted the recommendations below and an action plan is being monitored.", ""));
        recommendationsList(count);
    }

    private void recommendationsList(int count) {
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

    private void conclusion(String heading) {
        doc.h2(heading).para(text(Phrases.CONCLUSION));
    }

    private void themeEvents(int perTheme) {
        for (String t : f.themes()) {
            c.events(t, perTheme).forEach(e -> doc.para(e.text()));
        }
    }

    private void sentence(String theme) {
        String s = c.evidence(theme, c.phrases.get(theme).analysis());
        if (s != null) {
            doc.para(s);
        }
    }

    private void listItem(String theme) {
        String s = c.evidence(theme, c.phrases.get(theme).findings());
        if (s != null) {
            doc.bullet(s);
        }
    }

    /** One of the variants, with the case's details and the family's names filled in. */
    private String text(List<String> variants) {
        return c.slots.fill(Phrases.fillCase(Phrases.pick(r, variants), f));
    }

    private boolean isPractice(String theme) {
        return c.taxonomy.get(theme).map(t -> t.layer().equals("practice")).orElse(false);
    }

    private List<String> numbered(List<String> headings) {
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
