package org.casewise.dataset.generate;

import java.util.List;

/**
 * One method per writing style: which sections a report of that style has, in what order, under
 * which headings. The sections themselves are written by {@link Sections}.
 */
final class Layouts {

    private final Sections s;

    Layouts(Sections sections) {
        this.s = sections;
    }

    void imrOverview() {
        List<String> h = s.numbered(List.of("Introduction", "Terms of Reference", "Methodology and the IMR process",
                "Family Background", "Summary of Agency Involvement", "Analysis", "Lessons Learned", "Recommendations",
                "Conclusion"));
        s.contents(h);
        s.introduction(h.get(0));
        s.scope(h.get(1));
        s.method(h.get(2), Phrases.IMR_METHOD);
        s.background(h.get(3));
        s.chronology(h.get(4));
        s.analysis(h.get(5), true);
        s.findings(h.get(6), false);
        s.recommendations(h.get(7), 4 + s.r.nextInt(5));
        s.conclusion(h.get(8));
        s.maybeGlossary("Appendix: Glossary");
    }

    void scieSystems() {
        s.contents(List.of("Introduction", "The Learning Together model", "The case in brief", "Appraisal of practice",
                "Findings", "Recommendations"));
        s.introduction("Introduction");
        s.method("The Learning Together model", Phrases.SCIE_METHOD);
        s.background("The case in brief");
        s.chronology("Appraisal of practice");
        s.systemsFindings("Findings");
        if (s.r.nextBoolean()) {
            s.recommendations("Recommendations", 2 + s.r.nextInt(3));
        }
    }

    void hybrid() {
        s.maybeGlossary("Glossary");
        s.introduction(CasePlanner.pick(s.r, "Introduction", "Why this review was carried out"));
        s.scope("Scope and terms of reference");
        s.method("How the review was conducted", Phrases.HYBRID_METHOD);
        s.background("Background");
        s.chronology("Key events");
        s.analysis("Analysis of practice", false);
        s.findings("Findings and learning", true);
        s.recommendations("Recommendations", 3 + s.r.nextInt(4));
    }

    void lcsprEpisodes() {
        s.contents(List.of("Introduction", "The rapid review", "Methodology", "Family involvement", "Background",
                "Key practice episodes", "Learning", "Recommendations"));
        s.introduction("Introduction");
        s.doc.h2("The rapid review").para(s.text(Phrases.RAPID_REVIEW));
        s.method("Methodology", Phrases.LCSPR_METHOD);
        s.doc.h2("Family involvement").para(s.text(Phrases.FAMILY_INVOLVEMENT));
        s.background("Background");
        s.keyPracticeEpisodes("Key practice episodes");
        s.findings("Learning", true);
        s.recommendations("Recommendations", 3 + s.r.nextInt(4));
    }

    void lcsprThemes() {
        s.doc.h2("Summary").para(s.text(Phrases.SUMMARY));
        s.introduction("Why this review was held");
        s.scope("Scope of the review");
        s.doc.h2("The child's lived experience").para(s.text(Phrases.LIVED_EXPERIENCE));
        s.chronology("What happened");
        s.themedAnalysis("Themes and learning");
        s.recommendations("Recommendations for the Partnership", 3 + s.r.nextInt(4));
    }

    void executiveSummary() {
        s.introduction("Introduction");
        s.doc.h2("Summary of the case");
        for (String theme : s.f.themes().subList(0, Math.min(4, s.f.themes().size()))) {
            s.sentence(theme);
        }
        s.findings("Key findings", true);
        s.recommendations("Recommendations", 2 + s.r.nextInt(4));
    }

    void sevenMinute() {
        s.doc.h2("1. Background").para(s.text(Phrases.BRIEFING_BACKGROUND));
        s.doc.h2("2. Why it matters").para(s.text(Phrases.WHY_IT_MATTERS));
        s.doc.h2("3. What happened");
        s.themeEvents(1);
        s.doc.h2("4. What we learned");
        for (String theme : s.f.themes()) {
            s.listItem(theme);
        }
        s.doc.end();
        s.doc.h2("5. What you should do");
        s.recommendationsList(2 + s.r.nextInt(3));
        s.doc.h2("6. Questions to reflect on");
        Phrases.questions(s.r).forEach(s.doc::bullet);
        s.doc.end();
        s.doc.h2("7. Further information").para(s.text(Phrases.FURTHER));
    }

    void sixStep() {
        s.doc.h2("Step 1: The case").para(s.text(Phrases.BRIEFING_BACKGROUND));
        s.doc.h2("Step 2: What happened");
        s.themeEvents(1);
        s.doc.h2("Step 3: What the review found");
        for (String theme : s.f.themes()) {
            s.listItem(theme);
        }
        s.doc.end();
        s.doc.h2("Step 4: What needs to change");
        s.recommendationsList(2 + s.r.nextInt(3));
        s.doc.h2("Step 5: Reflect").para("Use these questions in supervision or a team meeting.");
        Phrases.questions(s.r).forEach(s.doc::bullet);
        s.doc.end();
        s.doc.h2("Step 6: Find out more").para(s.text(Phrases.FURTHER));
    }

    void nationalPanel() {
        s.doc.h2("Foreword").para(s.text(Phrases.FOREWORD));
        s.introduction("Introduction");
        s.method("Our approach", Phrases.NATIONAL_METHOD);
        s.chronology("The children's experiences");
        s.themedAnalysis("What we found");
        s.recommendations("Recommendations", 4 + s.r.nextInt(4));
    }

    void welshCpr() {
        s.doc.h2("Brief outline of circumstances resulting in the review");
        s.introductionBody();
        s.doc.h2("Practice and organisational learning");
        s.themeEvents(1 + s.r.nextInt(2));
        s.analysisBody(false);
        s.findings("Identified learning", s.r.nextBoolean());
        s.recommendations("Improving systems and practice", 3 + s.r.nextInt(3));
        s.doc.h2("Statement by reviewer").para("The reviewer had no involvement with the family and is independent of the agencies "
                + "involved. The review has been carried out in accordance with the Welsh Government guidance.");
    }

    void scottish() {
        s.introduction("Introduction");
        s.scope("Remit of the review");
        s.background("Background");
        s.chronology("Key events");
        s.analysis("Analysis", false);
        s.findings("Key learning", true);
        s.recommendations("Recommendations to the Child Protection Committee", 3 + s.r.nextInt(4));
    }

    void niCmr() {
        s.introduction("Introduction");
        s.scope("Terms of reference");
        s.chronology("Chronology of involvement");
        s.analysis("Analysis", true);
        s.findings("Findings", false);
        s.recommendations("Recommendations", 3 + s.r.nextInt(4));
    }

    void adultReview() {
        s.introduction("Introduction");
        s.scope("Terms of reference");
        s.background("Background");
        s.chronology("Summary of agency involvement");
        s.analysis("Analysis", true);
        s.findings("Lessons to be learned", false);
        s.recommendations("Recommendations", 3 + s.r.nextInt(4));
    }
}
