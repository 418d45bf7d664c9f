package org.casewise.analyse.metadata;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.casewise.analyse.BoardRegistry;
import org.casewise.analyse.section.Section;
import org.casewise.analyse.text.TextPreparer;
import org.casewise.extract.ExtractedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hand-written snippets in the many ways real reviews word things (not the generator's phrase bank). */
class MetadataExtractorTest {

    private static TextPreparer preparer;
    private static MetadataExtractor extractor;
    private static BoardRegistry boards;

    @BeforeAll
    static void setUp() {
        preparer = TextPreparer.create();
        boards = BoardRegistry.bundled();
        extractor = new MetadataExtractor(boards);
    }

    private static ReportMetadata run(String text) {
        return extractor.extract(preparer.prepare(text), List.of(),
                new ExtractedText("text/plain", text, false, 1, Optional.empty(), Optional.empty()), "x.pdf", Optional.empty());
    }

    private static Child only(ReportMetadata m) {
        assertEquals(1, m.children().size(), "children: " + m.children());
        return m.children().get(0);
    }

    @Test
    void ageInWordsWithHedge() {
        ReportMetadata m = run("Serious Case Review: Baby F\n\nIntroduction\nBaby F was just over three weeks old when "
                + "she was taken to hospital in February 2014 with a fractured skull. Baby F's mother said she had fallen.\n"
                + "Baby F was seen by the GP twice. Baby F was later discharged home.");
        Child c = only(m);
        assertEquals("Baby F", c.pseudonym());
        assertEquals(0.06, c.ageYears(), 0.005);
        assertEquals("under-1", c.ageBand());
        assertEquals("female", c.sex());
        assertEquals("serious-harm", m.outcome());
        assertEquals(2014, m.incidentYear());
    }

    @Test
    void agesTheseWaysOfWritingGive() {
        // the pronoun sentence after a numbered paragraph that opens with the child
        ReportMetadata numbered = run("Local Child Safeguarding Practice Review: Maisie\n\nIntroduction\n1.1 Maisie died at "
                + "her home in March 2023. She was thirteen years old. 1.2 Maisie lived with her mother. Maisie liked art.");
        assertEquals("11-15", only(numbered).ageBand());
        // a length of time is not an age; 'who was seven,' is one
        ReportMetadata two = run("Concise Child Practice Review: Children A and B\n\nIntroduction\n1.1 In January 2017 Child A, "
                + "a ten-year-old girl, told her teacher. 1.2 In her interview Child A described sexual abuse over a period of "
                + "about two years. Her younger brother, Child B, who was seven, was also interviewed. Child B said little. "
                + "Child A and Child B live with their parents.");
        assertThat(two.children().stream().map(Child::ageYears).toList(), contains(10.0, 7.0));
        // a date of birth after the place of birth
        ReportMetadata born = run("Local Child Safeguarding Practice Review: Baby E\n\nIntroduction\n1.1 Baby E was born at "
                + "her mother's flat in the early hours of 14 September 2024. Baby E died in September 2024. Baby E was cold.");
        assertEquals("under-1", only(born).ageBand());
        // only dates: a date of birth with a two-digit year and the incident's date
        ReportMetadata dob = run("Significant Case Review: Child L\n\nIntroduction\n1.1 On 12.11.13 officers of Police Scotland "
                + "attended a flat to check on the welfare of a child. They found Child L (DOB 17.05.06) living with her mother "
                + "in squalor. 1.2 Child L did not die and was not seriously injured. The Committee decided on 09.12.13 that a review "
                + "should be held because of concerns about how agencies worked together. Child L had not been seen by a professional "
                + "for almost two years. Her mother had withdrawn her from school to educate her at home, and the family had moved "
                + "between two council areas.");
        assertEquals(2013, dob.incidentYear());
        assertEquals(7.0, only(dob).ageYears());
    }

    @Test
    void anAgeBesideAnotherPersonIsTheirs() {
        // the adult's age and the age he claimed belong to him; the child's is stated before
        ReportMetadata m = run("Significant Case Review: Amy\n\nIntroduction\n1.1 This report sets out the findings of a review "
                + "following serious harm to a young person who is referred to in this report as Amy. Amy was thirteen years old "
                + "when the events described took place.\n\nReasons for the review\n2.1 On the evening of 13 March 2015 Amy's mother "
                + "reported to the police that Amy had not come home from school. Amy was found the following morning in a flat in "
                + "Glasgow, in the company of a 29-year-old man. The investigation established that he had made contact with Amy "
                + "online, presenting himself as a sixteen-year-old boy, and had sexually abused her.");
        assertEquals(13.0, only(m).ageYears());
        // siblings told in one sentence: each age after its own name, across a sibling apposition and 'just turned'
        ReportMetadata three = run("Child Practice Review: Child A, Child B and Child C\n\nIntroduction\n1.1 The review concerns "
                + "three children of one family: Child A, a girl who was ten years old at the time of the incident; Child B, her "
                + "brother, who was six; and Child C, their brother, who had just turned two. 1.2 Child B was taken to hospital "
                + "with a broken wrist after his father threw him at a door.");
        assertThat(three.children().stream().map(Child::ageYears).toList(), contains(10.0, 6.0, 2.0));
    }

    @Test
    void anAgeInAWhenClauseBeforeTheNameAndATimeElapsedIsNone() {
        // 'when she was fourteen, Ellie took': the bare age leads into her name; 'twenty-four weeks into a
        // thirty-eight-week wait' on the day of the incident is time elapsed, not her age
        ReportMetadata m = run("Local Child Safeguarding Practice Review: Ellie\n\nIntroduction\n1.1 This review concerns a girl "
                + "who is called Ellie in this report. In the early hours of 9 March 2024, when she was fourteen, Ellie took a "
                + "large overdose at home and was admitted to the paediatric intensive care unit.\n\nAnalysis\n6.7 At the time of "
                + "the incident Ellie was waiting for a CAMHS assessment (twenty-four weeks into a thirty-eight-week wait).");
        assertEquals(14.0, only(m).ageYears());
        assertEquals("11-15", only(m).ageBand());
        // without the stated age, the time elapsed is still no age (it had made her 0.46, under-1)
        ReportMetadata unstated = run("Local Child Safeguarding Practice Review: Ellie\n\nIntroduction\n1.1 This review concerns "
                + "a girl who is called Ellie in this report. Ellie took a large overdose at home and was admitted to hospital."
                + "\n\nAnalysis\n6.7 At the time of the incident Ellie was waiting for a CAMHS assessment (twenty-four weeks into "
                + "a thirty-eight-week wait).");
        assertNull(only(unstated).ageYears());
    }

    @Test
    void aCoverThatGivesLabelAndNameIsOneChild() {
        // 'CHILD T ("TOMMY")' then 'Tommy' throughout, with 'Child T' in the running header: one child, whose age
        // is told under the name
        ReportMetadata m = run("LOCAL CHILD SAFEGUARDING PRACTICE REVIEW\n\nCHILD T (\"TOMMY\")\n\nIntroduction\n1.1 This review "
                + "concerns a little boy who is called Tommy in this report. Tommy died in hospital in May 2020, aged three years "
                + "and four months, after swallowing methadone.\nLCSPR Child T Page 2 of 11\n1.2 Tommy's mother described him as a "
                + "proper little character. Tommy loved dinosaurs.\nLCSPR Child T Page 3 of 11\n");
        assertEquals(3.33, only(m).ageYears());
        assertEquals("1-4", only(m).ageBand());
        // a death 'at the age of 15' is the child's age; coming into care 'at the age of 12' is an earlier event
        ReportMetadata leah = run("Significant Case Review: Young Person L (\"Leah\")\n\nIntroduction\nThis Significant Case "
                + "Review concerns Leah (not her real name), who died in November 2016 at the age of 15. Leah was found by her "
                + "stepfather. Leah came into care at the age of 12. Leah liked music.");
        assertEquals(15.0, only(leah).ageYears());
        ReportMetadata care = run("Child Practice Review: Child Q\n\nIntroduction\n1.1 Child Q came into care at the age of 12, "
                + "following long-standing concerns about neglect. 1.2 In 2019 Child Q, then aged fifteen, was seriously assaulted."
                + " Child Q was taken to hospital.");
        assertEquals(15.0, only(care).ageYears());
        // the age at the disclosure of abuse ('had been sexually abusing her') is the incident's, not the age at an
        // earlier episode ('then aged ten')
        ReportMetadata skye = run("LEARNING REVIEW\n\n\"SKYE\"\n\n1. INTRODUCTION\n1.1 This report is about a young person who is"
                + " called Skye in this report.\n1.2 On 6 October 2020, when she was fourteen years old, Skye told her school"
                + " counsellor that her uncle had been sexually abusing her.\n7. KEY EPISODES\n7.1 Between September 2016 and November"
                + " 2017 Skye, then aged ten, was seen by the school nurse.\n");
        assertEquals(14.0, only(skye).ageYears());
    }

    @Test
    void childrenTheyAreCalledWithTheirAgesListedInTheSameOrder() {
        ReportMetadata m = run("Local Child Safeguarding Practice Review: Family W\n\n1. Introduction\n1.1 This review is about three"
                + " brothers and sisters who lived with their mother in Plymouth. In this report they are called Jade, Kai and Bobby."
                + " These are not their real names. In October 2023 they were aged 13, 8 and 4.\n1.2 Bobby was found by a member"
                + " of the public near a busy road. Jade looked after Kai and Bobby. Kai missed school.\n");
        assertEquals(List.of("Jade 13.0", "Kai 8.0", "Bobby 4.0"),
                m.children().stream().map(c -> c.pseudonym() + " " + c.ageYears()).toList());
    }

    @Test
    void childrenTheReviewSaysItCallsSoAndSo() {
        // names given in prose, a list of three, each age after its own name; a length of time is no age
        ReportMetadata m = run("Local Child Safeguarding Practice Review\n\nIntroduction\n1.1 This review is about three brothers "
                + "and sisters who, for the purposes of this report, are called Amber, Tyler and Rosie. In May 2021 Amber was eleven, "
                + "Tyler was six and Rosie had just turned two. 1.2 Police found Amber at the corner shop late at night. The next "
                + "day Rosie was admitted to hospital. Amber helped. Amber cooked. Amber cared for Rosie. Tyler missed school. "
                + "Amber was missing on two occasions, including two periods of more than three days.");
        assertThat(m.children().stream().map(Child::pseudonym).toList(), contains("Amber", "Tyler", "Rosie"));
        assertThat(m.children().stream().map(Child::ageYears).toList(), contains(11.0, 6.0, 2.0));
        // an opening when-clause gives the age with its unit and leads into the name
        ReportMetadata ellie = run("Significant Case Review in respect of \"Ellie\"\n\nIntroduction\n1.1 This report concerns a young "
                + "woman we call Ellie. 1.2 During 2017, when she was fifteen years old and living in a residential children's "
                + "house in the Falkirk area, Ellie was sexually exploited by a number of adult men. 6.13 Over August and "
                + "September Ellie was missing on nineteen occasions, including two periods of more than three days.");
        assertEquals(15.0, only(ellie).ageYears());
    }

    @Test
    void childrenOfAThematicReviewCalledByCodes() {
        ReportMetadata m = run("Thematic Local Child Safeguarding Practice Review\n\nIntroduction\n1.1 This review concerns three young "
                + "people who died in 2019. They are referred to in this report as YP1, YP2 and YP3. 1.2 YP1 was a girl aged fourteen. "
                + "YP2 was a boy aged fifteen. YP3 was a young woman aged seventeen, who was looked after. YP1 was waiting for "
                + "CAMHS. YP2 was known to the YOT. YP3 was in care. YP3 had left school.");
        assertThat(m.children().stream().map(Child::pseudonym).toList(), containsInAnyOrder("YP1", "YP2", "YP3"));
        // 'a young woman aged seventeen' describes YP3, it is not another person's age
        assertThat(m.children().stream().map(Child::ageYears).toList(), containsInAnyOrder(14.0, 15.0, 17.0));
        // the local authorities a review leaves unnamed are no children
        ReportMetadata la = run("Local Child Safeguarding Practice Review: Child G\n\nIntroduction\nChild G became looked after by an "
                + "English local authority (referred to in this review as LA1) when she was eleven. LA1 could not find a placement.");
        assertThat(la.children().stream().map(Child::pseudonym).toList(), contains("Child G"));
    }

    @Test
    void childCalledByABareLetter() {
        // The title says 'Child L' once; the text calls him L, so L's age and sex are read from the bare form.
        ReportMetadata m = run("Serious Case Review: Child L\n\nIntroduction\n1.1 The child is referred to as L. "
                + "L died in February 2009 at the age of seventeen months. He was found unresponsive in his cot.\n"
                + "1.2 L's mother had moved to the area in 2007. L was seen by the health visitor twice. "
                + "Ms E, a neighbour, said L had been unwell. Ms E was not interviewed.");
        Child c = only(m);
        assertEquals("Child L", c.pseudonym());
        assertEquals(1.42, c.ageYears(), 0.01);
        assertEquals("1-4", c.ageBand());
        assertEquals("male", c.sex());
        assertEquals(2009, m.incidentYear());
    }

    @Test
    void aDaughterOfSomeoneElseAfterTheChildsNameIsNotTheChild() {
        // 'before M died her daughter was ...' is the grandmother's daughter (the mother); 'M, his mother's
        // only son' and the pronouns say M is a boy.
        ReportMetadata m = run("Local Child Safeguarding Practice Review: Child M\n\nIntroduction\n1.1 This report is about "
                + "a little boy called M. M was three years old when he died in August 2021.\n1.2 M's grandmother told "
                + "me that in the weeks before M died her daughter was drinking every day. M was a healthy child who met "
                + "his milestones.");
        Child c = only(m);
        assertEquals("male", c.sex());
        ReportMetadata apposition = run("Serious Case Review: Child R\n\nIntroduction\nChild R, her only daughter, was "
                + "nine when the incident happened in 2015. Child R's mother said he had gone out.");
        assertEquals("female", only(apposition).sex());
    }

    @Test
    void aCoverCodeIsTheInitialOfTheNameTheTextUses() {
        // 'Young Person K' on the cover, 'Kyle (not his real name)' in the text: one child, whose age the text gives
        Child kyle = only(run("Significant Case Review: Young Person K\n\nIntroduction\n1.1 In November 2015 Kyle (not his real "
                + "name), aged 14, was found unresponsive. Kyle was taken to hospital. Kyle had been in care since 2013."));
        assertEquals("Kyle", kyle.pseudonym());
        assertEquals(14.0, kyle.ageYears());
        Child noah = only(run("Local Child Safeguarding Practice Review: Child N\n\nA note on language\nIn this report the baby is "
                + "called Noah. His mother is called Megan.\n\nIntroduction\n1.1 On 9 February 2022 Noah, then eight months old, "
                + "was taken to hospital. Noah had a skull fracture. Noah's father called 999."));
        assertEquals("Noah", noah.pseudonym());
        assertEquals("under-1", noah.ageBand());
        // two names with the initial: which one the code stands for is not known, so the code stays
        ReportMetadata two = run("Serious Case Review: Child J\n\nIntroduction\nJack (not his real name), aged 9, and Jess (not her "
                + "real name), aged 6, lived with their mother. Jack was seen by the GP. Jess was seen by the GP. Jack and Jess moved.");
        assertThat(two.children().stream().map(Child::pseudonym).toList(), hasItem("Child J"));
    }

    @Test
    void twinsNamedTogetherOnACapitalisedCoverShareTheirAge() {
        ReportMetadata m = run("LOCAL CHILD SAFEGUARDING PRACTICE REVIEW: POPPY AND ALFIE\n\nIntroduction\n1.1 In February 2023 Poppy "
                + "and Alfie, non-identical twins then aged three years and two months, were admitted to hospital. Poppy had a "
                + "seizure. Alfie was underweight. Poppy and Alfie now live with foster carers.");
        assertThat(m.children().stream().map(Child::pseudonym).toList(), containsInAnyOrder("Poppy", "Alfie"));
        assertThat(m.children().stream().map(Child::ageBand).toList(), contains("1-4", "1-4"));
    }

    @Test
    void threeNamesOnTheCoverWithAnOxfordCommaAreThreeChildren() {
        // the comma before 'and' belongs to the 'and': the third name is 'Max', not 'And max'
        ReportMetadata m = run("Child Safeguarding Practice Review: Poppy, Alfie, and Max\n\nIntroduction\n1.1 In March 2022 Poppy, "
                + "Alfie and Max were found alone at home. Poppy was nine. Alfie was six. Max was two. Poppy, Alfie and Max "
                + "now live with their aunt. Max was seen by the GP.");
        assertThat(m.children().stream().map(Child::pseudonym).toList(), containsInAnyOrder("Poppy", "Alfie", "Max"));
    }

    @Test
    void aParentReferredToByAKinshipWordIsNoChild() {
        // 'referred to as Mam' names the mother the way the family does: not a pseudonym of a child
        Child c = only(run("Concise Child Practice Review Re: NWSB 05/2018\n\nBrief outline\nChild C is a boy who was aged four "
                + "years and one month in September 2018. He lives with his mother (referred to as Mam) and his father (Dad). "
                + "Mam said the house was cold. Mam had no money for food. Child C was seen by the dentist. Mam missed the "
                + "appointment."));
        assertEquals("Child C", c.pseudonym());
    }

    @Test
    void aBareAgeAtTheTimeInTheSentenceTheChildOpens() {
        Child jay = only(run("Learning Brief: \"Jay\"\n\nAbout Jay\nJay (not his real name) is White British and was twelve at the "
                + "time. He lives with his mother. Jay was referred to Prevent in March 2021."));
        assertEquals(12.0, jay.ageYears());
    }

    @Test
    void lettersForAdultsOrUsedLessThanTheLabelAreNotChildren() {
        // 'Ms E' is an adult; 'M' for the mother is rarer than 'Child M', so Child M keeps only the labelled form.
        ReportMetadata m = run("Serious Case Review: Child M\n\nIntroduction\nChild M was eight months old when "
                + "he was admitted in 2015. Child M had a fractured arm. Child M was discharged. Child M was seen by the GP. "
                + "M said she was 24. M was tired. M had no support. Ms E said she saw nothing. Ms E was a neighbour. Ms E had moved.");
        Child c = only(m);
        assertEquals("Child M", c.pseudonym());
        assertEquals("under-1", c.ageBand());
        ReportMetadata untitled = run("Learning Review\n\nIntroduction\nThe review concerns Jayden (not his real name), "
                + "aged 15. Jayden was stabbed in 2021. Jayden had been excluded. Ms E said Jayden was frightened. "
                + "Ms E was his aunt. Ms E had asked for help. Ms E told the school.");
        assertEquals("Jayden", only(untitled).pseudonym());
    }

    @Test
    void aBareAgeAfterTheChildIsDescribed() {
        Child j = only(run("7 Minute Briefing: Child J\n\n1. The case\nChild J is a boy who was twelve when he was found by police "
                + "in June 2020, severely underweight. Child J has a diagnosis of autism."));
        assertEquals(12.0, j.ageYears());
        assertEquals("11-15", j.ageBand());
    }

    @Test
    void bareAgeInThePronounSentenceAfterTheChild() {
        ReportMetadata m = run("Learning Review: \"Robbie\"\n\nForeword\nRobbie died in the summer of 2021, a few weeks after "
                + "he moved out of residential care. He was sixteen. Robbie had lived in a children's house. Robbie liked football.");
        assertEquals(16.0, only(m).ageYears());
        assertEquals("16-17", only(m).ageBand());
    }

    @Test
    void siblingsTheOpeningIntroducesWithAnAgeBesideTheTitledChild() {
        String opening = "1.3 Child A, aged two, lived with her mother, her father, her half-brother Child B, then aged seven, and her sister "
                + "Child C, who was nine months old. Child A died in hospital in May 2009.\n";
        ReportMetadata m = run("SIGNIFICANT CASE REVIEW\nCHILD A\n\nIntroduction\n" + opening
                + "Child B's school made a referral. Child A was seen by the GP. Child C was seen by the health visitor.");
        assertThat(m.children().stream().map(Child::pseudonym).toList(), contains("Child A", "Child B", "Child C"));
        assertThat(m.children().stream().map(Child::ageBand).toList(), contains("1-4", "5-10", "under-1"));
        // named, but never introduced with an age: the review is about the titled child
        ReportMetadata named = run("SIGNIFICANT CASE REVIEW\nCHILD A\n\nIntroduction\n1.3 Child A, aged two, lived with her "
                + "mother and her half-brother Child B. Child A died in hospital in May 2009. Child B's school made a referral.");
        assertThat(named.children().stream().map(Child::pseudonym).toList(), contains("Child A"));
    }

    @Test
    void twinsCalledTwinAAndTwinB() {
        ReportMetadata m = run("LOCAL CHILD SAFEGUARDING PRACTICE REVIEW\nTWIN A and TWIN B\n\n1 INTRODUCTION\n1.1 This review "
                + "concerns twins, referred to here as Twin A (a girl) and Twin B (a boy). In the early hours of a Sunday morning in "
                + "July 2023, when the twins were fifteen weeks old, Twin A was found unresponsive by her mother. Paramedics "
                + "attended and Twin A was pronounced dead shortly afterwards. Twin B was asleep in a Moses basket.\n2 SCOPE\n2.1 The "
                + "review covers the period from the pregnancy in August 2022 until a strategy discussion held after Twin A's death.");
        assertThat(m.children().stream().map(Child::pseudonym).toList(), containsInAnyOrder("Twin A", "Twin B"));
        assertEquals("death", m.outcome());
        assertEquals(2023, m.incidentYear());
    }

    @Test
    void aBriefingsWhatHappenedIsPartOfTheOpening() {
        String text = "7 Minute Briefing\nChild T: learning from a review\n\n1. What happened\nChild T was two years old when he "
                + "died in the spring of 2022. He was found unresponsive in the bath.\n\n2. Why it matters\nToddlers can drown "
                + "quickly.\n";
        int happened = text.indexOf("1. What happened");
        int matters = text.indexOf("2. Why it matters");
        List<String> opening = MetadataExtractor.opening(preparer.prepare(text), List.of(
                new Section("cover", null, 0, happened), new Section("chronology", "1. What happened", happened, matters),
                new Section("introduction", "2. Why it matters", matters, text.length())));
        assertTrue(opening.stream().anyMatch(s -> s.contains("died in the spring of 2022")), "opening: " + opening);
        // a report's chronology after its introduction is not
        String report = "Serious Case Review\n\n1. Introduction\nThis review concerns Child T.\n\n2. Chronology\nIn 2019 Child T "
                + "was seen by the GP.\n";
        int chronology = report.indexOf("2. Chronology");
        List<String> reportOpening = MetadataExtractor.opening(preparer.prepare(report), List.of(
                new Section("cover", null, 0, report.indexOf("1. Introduction")),
                new Section("introduction", "1. Introduction", report.indexOf("1. Introduction"), chronology),
                new Section("chronology", "2. Chronology", chronology, report.length())));
        assertTrue(reportOpening.stream().noneMatch(s -> s.contains("seen by the GP")), "opening: " + reportOpening);
    }

    @Test
    void methodologyFromHowTheReviewWasDone() {
        assertEquals("imr-overview", CoverFields.methodology("2.3 Individual Agency Reports (IARs) and chronologies were "
                + "requested from the Trust and the police. The IARs were analysed by the panel.", "case-management-review"));
        assertEquals("hybrid", CoverFields.methodology("How we went about it. Each agency provided a chronology, which was "
                + "merged. Two learning events were held with practitioners.", "learning-review"));
        // a learning event alone, or agency chronologies alone, say nothing about the model
        assertEquals(null, CoverFields.methodology("Practitioners at the learning event said they were stretched.", "lcspr"));
        assertEquals(null, CoverFields.methodology("Each agency provided a chronology of its involvement.", "lcspr"));
        // what the review worked from, with a learning event ('using agency reports and chronologies')
        assertEquals("hybrid", CoverFields.methodology("The review was completed using agency reports and chronologies, a"
                + " practitioner learning event and conversations with Lily and her mother.", "learning-brief"));
        assertEquals(null, CoverFields.methodology("The review was completed using agency reports and chronologies.", "lcspr"));
        // an LCSPR after a rapid review that then gathered agency accounts and held a learning event: the mixed model
        assertEquals("hybrid", CoverFields.methodology("2.1 The Partnership's rapid review found that Reece had suffered serious"
                + " harm. 4.2 Chronologies and agency reports were received from: the police; the school. 4.3 The practitioner"
                + " learning event took place online.", "lcspr"));
        // a brief or note of what a rapid review learnt: the rapid review was the method
        assertEquals("rapid-review", CoverFields.methodology("This brief shares the learning from a rapid review.", "learning-brief"));
        assertEquals(null, CoverFields.methodology("A rapid review was held before the SCR was commissioned.", "scr"));
        // a mix described in other words than 'hybrid', after a rapid review
        assertEquals("hybrid", CoverFields.methodology("A rapid review was held in December 2021. The review used a proportionate, "
                + "mixed approach rather than a single named model.", "lcspr"));
    }

    @Test
    void agencyReportsDrawnTogetherInAnOverviewReportAreTheImrModel() {
        assertEquals("imr-overview", CoverFields.methodology("Significant Case Review: Child K\nOverview Report\n\n4.2 Each agency"
                + " provided a chronology and a Single Agency Report. The reviewer interviewed 16 staff.", "significant-case-review"));
        assertEquals("imr-overview", CoverFields.methodology("CASE MANAGEMENT REVIEW\nOverview Report\n\n2.2 Agency reports, each"
                + " with a chronology, were provided by: the Trust, PSNI.", "case-management-review"));
        // without the overview report, agency reports alone still say nothing about the model
        assertEquals(null, CoverFields.methodology("2.2 Agency reports, each with a chronology, were provided by: the Trust.",
                "case-management-review"));
        // an LCSPR built on a rapid review keeps that method, whatever its cover calls the report
        assertEquals("rapid-review", CoverFields.methodology("LCSPR: Child O\nOverview Report\nA rapid review was held. Agencies"
                + " provided reports, and practitioners and managers were interviewed.", "lcspr"));
        // services' accounts, or timelines from whoever gave them, and a practitioners' session: the mixed model
        assertEquals("hybrid", CoverFields.methodology("Each service provided a chronology and a reflective report. The reviewers"
                + " held a reflective session with the practitioners together.", "learning-review"));
        // the overview report named anywhere: an executive summary of one
        assertEquals("imr-overview", CoverFields.methodology("An independent reviewer was appointed to write the overview "
                + "report. Each of the following agencies was asked to provide a chronology and a report of its involvement.",
                "executive-summary"));
        assertEquals("hybrid", CoverFields.methodology("The English police force and the independent provider of the home"
                + " provided timelines. A learning event was held in Llandudno.", "child-practice-review"));
    }

    @Test
    void agencyAccountsAndPractitionerEventsInTheirOtherWordings() {
        // no determiner before 'agencies', as Welsh concise reviews put it
        assertEquals("hybrid", CoverFields.methodology("Agencies provided timelines of their involvement. A learning event "
                + "was held on 30 November 2017.", "child-practice-review"));
        // one individual agency report each and reflective sessions with practitioners
        assertEquals("hybrid", CoverFields.methodology("6. The following agencies each completed an Individual Agency Report "
                + "and chronology. 7. Two reflective sessions were held with practitioners.", "case-management-review"));
        // a focus group with practitioners is a practitioner event
        assertEquals("hybrid", CoverFields.methodology("4. METHODOLOGY\n4.1 Each agency provided a chronology and an agency "
                + "report. 4.2 The reviewers held a focus group with practitioners.", "significant-case-review"));
        // still nothing said about the model without both halves
        assertEquals("other", CoverFields.methodology("4. METHODOLOGY\n4.1 Each agency provided a chronology.",
                "significant-case-review"));
        assertEquals(null, CoverFields.methodology("The focus group with practitioners was lively.", "lcspr"));
    }

    @Test
    void agesThatAreNotTheChildsAgeAtTheIncident() {
        // the age abuse began at, and the time between two events, are not the age at the incident
        Child m = only(run("Extended Child Practice Review\n\nIntroduction\n1.3 This review concerns a girl referred to as "
                + "Child M. On 10 October 2017, when she was 13 years old, Child M told her form tutor about her stepfather. "
                + "1.4 Child M described sexual abuse which she said began when she was about eight years old. Child M now "
                + "lives with her grandmother."));
        assertEquals(13.0, m.ageYears());
        Child esme = only(run("Local Child Safeguarding Practice Review: Esme\n\nIntroduction\n1.1 This review concerns a "
                + "six-year-old girl who in this report is called Esme. 1.5 Esme had been withdrawn from school in July 2023, "
                + "five weeks before the family moved. 7.8 The health visitor was in the home, with Esme upstairs, five "
                + "months before she was found."));
        assertEquals(6.0, esme.ageYears());
        // 'ten year old' without its hyphens, before the name
        Child isla = only(run("Learning Review: Isla\n\n1. INTRODUCTION\n1.1 This report sets out the findings of a review "
                + "in respect of a ten year old girl, referred to in this report as Isla. Isla chose this name herself. Isla "
                + "cared for her mother."));
        assertEquals(10.0, isla.ageYears());
        assertEquals("5-10", isla.ageBand());
        // without hyphens and without a noun after it, 'four weeks old' is not an age before the name
        Child lily = only(run("Local Child Safeguarding Practice Review: Lily\n\nIntroduction\n1.1 Lily was admitted to "
                + "hospital in November 2019. A skeletal survey found healing fractures between two and four weeks old, and "
                + "bruising behind Lily's right ear. Lily is now cared for by her aunt."));
        assertEquals(null, lily.ageYears());
        // a wait is a length of time, not the child's age
        Child ellie = only(run("Local Child Safeguarding Practice Review: Ellie\n\nIntroduction\n1.1 In May 2021 Ellie was "
                + "admitted to hospital after taking an overdose. 5.8 The exploitation service placed Ellie on its waiting "
                + "list; at the time the wait was approximately eight weeks. 8.1 Ellie was a thirteen-year-old who was "
                + "in emotional distress."));
        assertEquals(13.0, ellie.ageYears());
    }

    @Test
    void agesInTheirOtherForms() {
        // a bare number after 'was', closing the clause; a waiting list that 'stood at' two years is no age
        Child rowan = only(run("Learning Review: \"Rowan\"\n\n1. Introduction\n1.1 Rowan was fifteen when she died at her home "
                + "in February 2022. 3.3 At the time of Rowan's death she was still on the waiting list, which then stood at "
                + "around two years. Rowan liked art."));
        assertEquals(15.0, rowan.ageYears());
        // the harm named: the stabbing is the incident, not an earlier episode told with 'then aged'
        Child kai = only(run("Local Child Safeguarding Practice Review: \"Kai\"\n\n1. Introduction\n1.1 In August 2022, when he "
                + "was 15 years old, Kai was stabbed in the street. 4.2 Police attended the home in 2014, and on one occasion "
                + "Kai, then aged seven, was the person who rang 999. Kai is recovering."));
        assertEquals(15.0, kai.ageYears());
        // a child introduced by a label, the next sentence giving her age
        Child m = only(run("LEARNING REVIEW: CHILD M\n\n1. Introduction\n1.1 In June 2021 a child, referred to in this report as "
                + "M, died in hospital. She was two years and seven months old. 3.1 The plan ended when M was nine months old. "
                + "M's parents complied. M lived with her parents. M attended a nursery. M liked music."));
        assertEquals("1-4", m.ageBand());
    }

    @Test
    void agesInMoreOfTheirForms() {
        // 'aged twenty-two months' is not a bare 'aged twenty'
        Child s4 = only(run("Serious Case Review: Sibling 4\n\nIntroduction\n1.1 In August 2011 the youngest child, Sibling 4, then "
                + "aged twenty-two months, was admitted to hospital. Sibling 4 was dehydrated. Sibling 4 recovered."));
        assertEquals("1-4", s4.ageBand());
        // a gestation is not an age
        Child k = only(run("Concise Child Practice Review: Baby K\n\nIntroduction\nJanuary 2015 Baby K born at 36 weeks.\n"
                + "In March 2015, when Baby K was ten weeks old, Baby K was admitted to hospital with a head injury."));
        assertEquals(0.19, k.ageYears(), 0.01);
        // the age after an opening phrase that names no one else, in the sentence after the child's
        Child l = only(run("Case Management Review\n\nIntroduction\n1.1 This review concerns a young woman referred to as Child L. "
                + "L was born in 1997. At the time of the incident which led to this review, in November 2012, she was fifteen "
                + "years old. 4.1 On one occasion L, then aged nine, telephoned the police about an assault on her mother. "
                + "L was looked after. L was missing."));
        assertEquals("11-15", l.ageBand());
    }

    @Test
    void anAgeInAFamilyTable() {
        ReportMetadata m = run("Serious Case Review: Sibling 1\n\nIntroduction\n| Name | Who | Age |\n|---|---|---|\n"
                + "| Sibling 1 | Eldest child, female | 12 years |\n\nSibling 1 told her teacher. Sibling 1 was believed.");
        assertEquals(12.0, only(m).ageYears());
    }

    @Test
    void harmToldAsAStateBesideTheEvent() {
        ReportMetadata m = run("Local Child Safeguarding Practice Review: Tomasz\nPublished: June 2024\n\nIntroduction\n"
                + "1.1 This review concerns a boy referred to as Tomasz. 1.2 In November 2022, when he was 8 years old, Tomasz "
                + "was found by police officers undertaking a welfare check. He was severely malnourished and dehydrated. "
                + "Tomasz was later discharged to his father. Tomasz now attends school.");
        assertEquals("serious-harm", m.outcome());
        assertEquals(2022, m.incidentYear());
        // harm words beside no event at all are background, not what happened to the child
        ReportMetadata background = run("Local Child Safeguarding Practice Review: Tomasz\nPublished: June 2024\n\n"
                + "Introduction\n1.1 This review concerns a boy referred to as Tomasz. Tomasz's mother had been severely "
                + "neglected as a child. Tomasz lived with her. Tomasz attends school.");
        assertEquals(null, background.outcome());
    }

    @Test
    void aGirlOfThirteenAndTwoAndAHalf() {
        ReportMetadata m = run("Local Child Safeguarding Practice Review: Child A\nPublished: 2023\n\nIntroduction\n"
                + "1.1 In December 2021 Child A was a girl of 13. Child A told the school nurse she did all the washing. "
                + "Child A was seen twice.");
        assertEquals(13.0, only(m).ageYears(), 0.001);
        ReportMetadata toddler = run("Local Child Safeguarding Practice Review: Child B\nPublished: 2023\n\nIntroduction\n"
                + "1.1 Child B, a boy of two and a half, was admitted to hospital in 2021. Child B was seen by the GP. "
                + "Child B was discharged.");
        assertEquals(2.5, only(toddler).ageYears(), 0.001);
        ReportMetadata months = run("Serious Case Review: Baby C\nPublished: 2015\n\nIntroduction\n"
                + "1.1 Baby C was two and a half months old when she was admitted to hospital in 2014. Baby C was discharged.");
        assertEquals(0.21, only(months).ageYears(), 0.005);
    }

    @Test
    void ageFromTheDateOfBirthAndTheIncident() {
        // no age stated: the date of birth and the year of the death give it; 'He died' follows a sentence about L
        ReportMetadata m = run("Significant Case Review in respect of L\nPublished: September 2018\n\nIntroduction\n"
                + "1.1 L was born in March 2007. He died at his home in Fife on 14 October 2016. L's mother was unwell. "
                + "L was cared for by his father in 2012. L and his mother moved to Fife.");
        assertEquals(2016, m.incidentYear());
        assertEquals("death", m.outcome());
        assertEquals(9.0, only(m).ageYears(), 0.001);
        assertEquals("5-10", only(m).ageBand());
    }

    @Test
    void siblingsNamedTogetherAreKeptTogether() {
        // Child 3 is named far less often than the others, but the opening lists all three as the subjects
        String often = " Child 1 was seen by the GP. Child 2 was seen by the GP. Child 1 missed school. Child 2 missed school."
                + " Child 1 was hungry. Child 2 was hungry. Child 1 was cold. Child 2 was cold.";
        ReportMetadata m = run("Local Child Safeguarding Practice Review: The W Children\nPublished: 2023\n\nIntroduction\n"
                + "1.1 This review concerns three siblings, called Child 1, Child 2 and Child 3. In 2021 Child 1 was a girl "
                + "of 13, Child 2 a boy of 10, and Child 3, the youngest, a boy of two and a half." + often + often + " Child 3 was in a cot.");
        assertEquals(List.of("Child 1", "Child 2", "Child 3"), m.children().stream().map(Child::pseudonym).toList());
        assertEquals(2.5, m.children().get(2).ageYears(), 0.001);
    }

    @Test
    void quotedCriteriaAreNoDeath() {
        ReportMetadata m = run("Extended Child Practice Review: Child P\nPublished: 2024\n\nIntroduction\n"
                + "1. The criteria for an extended review are met where a child has died or sustained potentially "
                + "life-threatening injury. 2. In March 2022 Child P, aged 14, was admitted to intensive care after an "
                + "overdose. Child P recovered. Child P lives with her aunt.");
        assertEquals("serious-harm", m.outcome());
        assertEquals(2022, m.incidentYear());
    }

    @Test
    void aRelativesAgeIsNotTheChilds() {
        ReportMetadata m = run("Significant Case Review: Child A\nPublished: 2011\n\nIntroduction\n"
                + "1.1 Child A died in February 2010. Child A lived with her mother.\n"
                + "Family: Child D, half-sibling to Child A, aged 8; lives with the father. Child A was seen by the GP.");
        // the only age beside Child A's name is her half-sibling's: her own is not stated
        assertEquals(null, only(m).ageYears());
    }

    @Test
    void octoberIsNotTheWordTo() {
        // The words that mark another date ('born in', 'from', 'to') are whole words: 'October' ends
        // in neither 'to' nor 'act', and a birth date two words back is still a birth date.
        ReportMetadata m = run("Serious Case Review: Baby K\nPublished: March 2012\n\nIntroduction\n1.1 This review was commissioned following "
                + "the death of a baby boy, referred to as Baby K. Baby K was born in October 2009. Baby K was admitted to "
                + "hospital on 30th October 2010, at the age of eleven weeks. He died two days later.");
        assertEquals(2010, m.incidentYear());
        assertEquals("death", m.outcome());
    }

    @Test
    void hyphenatedAgeAndDeath() {
        ReportMetadata m = run("Learning Review: Child LR\n\nSummary\nIn the early hours of 3 May 2019 Child LR, a "
                + "fourteen-year-old boy, was found hanged at the family home and died later that day.\n"
                + "Child LR had been known to CAMHS since 2017. Child LR told his teacher he felt low.");
        Child c = only(m);
        assertEquals("Child LR", c.pseudonym());
        assertEquals(14.0, c.ageYears());
        assertEquals("11-15", c.ageBand());
        assertEquals("male", c.sex());
        assertEquals("death", m.outcome());
        assertEquals(2019, m.incidentYear());
    }

    @Test
    void monthsAsNumberAfterAged() {
        ReportMetadata m = run("Serious Case Review\nChild E\n\n1.1 In March 2014 Child E, a boy aged 20 months, was brought "
                + "to an emergency department by his mother with a skull fracture. Child E is now aged 3 and lives with "
                + "his grandparents. Child E was seen at nursery.");
        Child c = only(m);
        assertEquals(1.67, c.ageYears(), 0.01);
        assertEquals("1-4", c.ageBand());
        assertEquals("male", c.sex());
    }

    @Test
    void unbornChild() {
        ReportMetadata m = run("Child Safeguarding Practice Review: Baby K\n\nBaby K suffered serious injuries in utero in "
                + "June 2020 when her mother was assaulted. Baby K was born prematurely. Baby K was placed with foster carers.");
        Child c = only(m);
        assertEquals("unborn", c.ageBand());
        assertNull(c.ageYears());
    }

    @Test
    void newbornAndTenWeeks() {
        ReportMetadata a = run("Review: Baby T\n\nBaby T, a newborn, was found unresponsive in a car seat in 2021. "
                + "Baby T died two days later. Baby T had been discharged from the maternity unit the day before.");
        assertEquals("under-1", only(a).ageBand());
        assertEquals(0.0, only(a).ageYears());
        assertEquals("death", a.outcome());
        ReportMetadata b = run("Concise Child Practice Review\nRe: Baby H\n\nBaby H was ten weeks old when he was taken to "
                + "hospital in April 2016 with bruising. Baby H has recovered well. Baby H lives with an aunt.");
        assertEquals(0.19, only(b).ageYears(), 0.01);
        assertEquals("male", only(b).sex());
    }

    @Test
    void ageWithYearsAndMonthsAndSiblingsNotTaken() {
        ReportMetadata m = run("Serious Case Review: Family M\n\n1.1 On 2 April 2008 the youngest of four children, Child M4, "
                + "then aged 22 months, was admitted to hospital with severe neglect. Her three older siblings, aged nine, seven "
                + "and four, were found to be underweight. Child M4 was placed in foster care. Child M4 is now thriving. "
                + "Child M4 was weighed by the health visitor.");
        Child c = only(m);
        assertEquals("Child M4", c.pseudonym());
        assertEquals(1.83, c.ageYears(), 0.01);
        assertEquals("serious-harm", m.outcome());
        assertEquals(2008, m.incidentYear());
    }

    @Test
    void twoChildrenWrittenTogether() {
        ReportMetadata m = run("Serious Case Review: Child C1 and C2\n\nIntroduction\nChild C1 (aged 6) and Child C2, then "
                + "18 months old, were removed from the home in October 2015 after serious neglect came to light. "
                + "C1 told his teacher that there was no food. Child C2 was underweight; she was admitted to hospital.");
        assertThat(m.children().stream().map(Child::pseudonym).toList(), containsInAnyOrder("Child C1", "Child C2"));
        assertThat(m.children().stream().map(Child::ageBand).toList(), containsInAnyOrder("5-10", "1-4"));
    }

    @Test
    void pseudonymNotRealNameAndDigitAge() {
        ReportMetadata m = run("Local Child Safeguarding Practice Review\n\nThis review concerns Laura (not her real name). "
                + "Laura, aged 15, took her own life in November 2022. Laura had been missing from home several times. "
                + "Laura's school raised concerns about her attendance.");
        Child c = only(m);
        assertEquals("Laura", c.pseudonym());
        assertEquals("11-15", c.ageBand());
        assertEquals("female", c.sex());
        assertEquals("death", m.outcome());
        assertEquals(2022, m.incidentYear());
    }

    @Test
    void familyIsNotAChild() {
        List<ChildCandidates.Candidate> c = ChildCandidates.subjects("Family S4 lived in rented accommodation. Family S4 moved twice.",
                "Serious Case Review: Family S4", false);
        assertTrue(c.isEmpty(), c.toString());
    }

    @Test
    void parentsDeathIsNotTheOutcome() {
        ReportMetadata m = run("Learning Review: Child J\n\nChild J, then 11 years old, was the subject of neglect for several "
                + "years. Following the death of his mother in 2018 Child J lived with his grandmother. Child J was "
                + "admitted to hospital malnourished in May 2019.");
        assertEquals("serious-harm", m.outcome());
        assertEquals(2019, m.incidentYear());
        assertEquals("male", only(m).sex());
    }

    @Test
    void reasonWithoutHarmIsOtherAndNothingIsNull() {
        assertEquals("other", run("Serious Case Review: Child D\n\nThis review was commissioned because the circumstances "
                + "of Child D raised concerns about the way local professionals worked together. "
                + "The review looked at agency involvement over two years. " + "Further text about practice. ".repeat(20))
                .outcome());
        assertNull(run("7-Minute Briefing\n\nWhy it matters\nPractitioners should ask about sleeping arrangements at every "
                + "visit. " + "More text about the learning. ".repeat(20)).outcome());
        // That there was a review says nothing of what happened: no outcome rather than a guess of 'other'.
        assertNull(run("7-Minute Briefing: Child T\n\n1. Background\nThis briefing summarises the learning from a review of the"
                + " circumstances of Child T, who was five months old.\n2. Why it matters\n"
                + "More text about the learning. ".repeat(20)).outcome());
    }

    @Test
    void publicationYearNotIncidentYear() {
        ReportMetadata m = run("Serious Case Review: Baby I\nPublished: June 2011\n\nIntroduction\nIn July 2008 Baby I, then six "
                + "months old, died at home. The criminal trial concluded in 2010. Baby I had been seen by the GP.");
        assertEquals(2011, m.publicationYear());
        assertEquals(2008, m.incidentYear());
    }

    @Test
    void incidentDateFromTheIncidentPhrase() {
        ReportMetadata m = run("Significant Case Review: Child R\nMarch 2016\n\nRemit\nThe review looked at the period from "
                + "January 2013 until the incident on 4 September 2014, when Child R was found alone in the flat.");
        assertEquals(2014, m.incidentYear());
    }

    @Test
    void authorsFromCoverAndProse() {
        assertThat(run("Serious Case Review\nLead reviewers: Sarah Whitfield and Tom Okafor (SCIE accredited)\nPublished 2015\n")
                .authors(), contains("Sarah Whitfield", "Tom Okafor"));
        assertThat(run("Review\nIndependent Reviewer: Dr J Smith\nChair of the panel: Robert Tanner\n").authors(),
                contains("Dr J Smith"));
        assertThat(run("Introduction\nThe partnership appointed Jane Whitfield as independent reviewer. The panel was chaired "
                + "by Mark Ellis.\n").authors(), contains("Jane Whitfield"));
        assertThat(run("Foreword\nThe report was written by Amina Rahman, an independent social work consultant.\n").authors(),
                contains("Amina Rahman"));
        assertThat(run("Panel chair: Robert Tanner\n").authors(), not(hasItem("Robert Tanner")));
    }

    @Test
    void authorsInTheirOtherLayouts() {
        // a Welsh template's bilingual label with one reviewer per line below, a role after each
        assertThat(run("Adolygiad Cryno / Concise Child Practice Review\n\nAdolygwyr / Reviewers:\n  Gareth Pryce, Independent "
                + "Reviewer\n  Siân Lloyd-Davies, Principal Officer (Safeguarding)\n\nCadeirydd y Panel / Panel Chair: Alun Morgan\n")
                .authors(), contains("Gareth Pryce", "Siân Lloyd-Davies"));
        // Markdown bold, roles in brackets, a chair who also wrote it, a table row, degrees after the name
        assertThat(run("# Review\n\n**Lead reviewers:** Dr Fiona McAllister and Graeme Shaw (independent)\n").authors(),
                contains("Dr Fiona McAllister", "Graeme Shaw"));
        assertThat(run("Review\nReviewers: Eleri Pugh (Independent Reviewer) and Nasreen Ahmed (Reviewer)\n").authors(),
                contains("Eleri Pugh", "Nasreen Ahmed"));
        assertThat(run("CMR\n   Independent Chair and Overview Author: Dr Niall Carberry\n").authors(), contains("Dr Niall Carberry"));
        assertThat(run("| Role | Name |\n|---|---|\n| Lead Reviewer | Helen Oakes, Independent SILP Reviewer |\n").authors(),
                contains("Helen Oakes"));
        assertThat(run("Review\nLead Reviewer and Author: Jane Whitcombe BA (Hons), MA Social Work, DipSW\n").authors(),
                contains("Jane Whitcombe"));
        assertThat(run("Review\n**Co-Reviewer:** Tom Ashcroft\nReviewer: DCI Alun Morgan\n").authors(),
                contains("Tom Ashcroft", "Alun Morgan"));
        assertThat(run("Review\nLead reviewer: Moira Cuthbertson\n*Second reviewer: Dr Alan Rennie, consultant (retired)*\n"
                + "SILP Associate Reviewer: Paul Okafor, MBChB\n").authors(), contains("Moira Cuthbertson", "Dr Alan Rennie", "Paul Okafor"));
        // a cover's 'Report of the independent reviewer' with her name below; numbered reviewers in a table
        assertThat(run("SIGNIFICANT CASE REVIEW\n\nREPORT OF THE INDEPENDENT REVIEWER\n\nMargaret Kinnear\nIndependent Social Work "
                + "Consultant\n\nPublished: November 2012\n").authors(), contains("Margaret Kinnear"));
        assertThat(run("# Review\n\n| | |\n|---|---|\n| Reviewer 1 | Siân Llewellyn, Independent Reviewer |\n| Reviewer 2 | David "
                + "Hughes, Head of Safeguarding |\n| Chair of Review Panel | Karen Rowe |\n").authors(), contains("Siân Llewellyn", "David Hughes"));
        // the cover and the report's own lines name one author twice, once with a title
        assertThat(run("Review\nAuthor: Ruth Penhaligon and Simon Okafor\n\nLead reviewers: Dr Ruth Penhaligon and Simon Okafor\n")
                .authors(), contains("Ruth Penhaligon", "Simon Okafor"));
    }

    @Test
    void reviewersWhoSignTheWelshTemplatesStatement() {
        String body = "Concise Child Practice Review\n\nThe review looked at the care of Child K. " + "It found gaps. ".repeat(40);
        ReportMetadata m = run(body + "\nStatement by Reviewer(s)\nReviewer 1 (Signature) .......... Reviewer 2 (Signature) .......\n"
                + "Name (Print) SIÂN PRYDDERCH Name (Print) Gareth Lewis\nDate 14 September 2017 Date 14 September 2017\n\n"
                + "Chair of Review Panel (Signature) ..........\nName (Print) Dr Ruth Ellis-Jones\nDate 14 September 2017\n");
        assertThat(m.authors(), contains("Siân Prydderch", "Gareth Lewis"));
        assertThat(run(body + "\nREVIEWER 1: Carys Pritchard          REVIEWER 2: Gareth Lloyd\n").authors(),
                contains("Carys Pritchard", "Gareth Lloyd"));
        // the names printed under the signatures as initials are the reviewers already named
        assertThat(run(body + "\nREVIEWER 1: Gwenllian Prosser, Independent Reviewer\nREVIEWER 2: David Harcombe\n\nReviewer 1 "
                + "(Signature) [signed] Name (Print): G. Prosser\nReviewer 2 (Signature) [signed] Name (Print): D. Harcombe\n").authors(),
                contains("Gwenllian Prosser", "David Harcombe"));
        // an executive summary that names its author only at its end
        assertThat(run("Serious Case Review: Child K\nExecutive Summary\n\n" + "The review found gaps in practice. ".repeat(150)
                + "\n\nOverview author: Richard Ashworth, Independent Social Work Consultant\n").authors(), contains("Richard Ashworth"));
    }

    @Test
    void status() {
        assertEquals("draft", run("Local Child Safeguarding Practice Review: Child F (DRAFT v0.3)\nNot for publication\n").status());
        assertEquals("confidential", run("STRICTLY CONFIDENTIAL\nSerious Case Review: Child Q\nEmbargoed until 1 May\n").status());
        assertEquals("final", run("Serious Case Review: Child Q\nFinal report\nFamily members were seen and their views "
                + "were kept confidential.\nThe draft report was shared with the family before publication.\n").status());
    }

    @Test
    void methodology() {
        assertEquals("scie-systems", CoverFields.methodology("The Board chose the SCIE Learning Together model for this review.", "scr"));
        assertEquals("silp", CoverFields.methodology("The review used the Significant Incident Learning Process (SILP).", "scr"));
        assertEquals("imr-overview", CoverFields.methodology("Six agencies completed Individual Management Reviews. The IMRs "
                + "were scrutinised by the panel before the overview report was written.", "scr"));
        assertEquals("appreciative", CoverFields.methodology("An appreciative inquiry approach was taken with practitioners.", "lcspr"));
        assertEquals("rapid-review", CoverFields.methodology("The rapid review recommended a local child safeguarding practice "
                + "review.", "lcspr"));
        assertEquals("hybrid", CoverFields.methodology("The review combined single agency reports with a practitioner "
                + "learning event.", "scr"));
        // Northern Ireland's agency review reports with a practitioner event; Scotland's individual agency reports alone
        assertEquals("hybrid", CoverFields.methodology("3. METHODOLOGY\n3.1 The review followed the SBNI Case Management Review "
                + "Procedures. Each agency which had contact with the family provided a chronology and an Agency Review Report. 3.2 In "
                + "November 2018 the reviewer held a practitioner learning event.", "case-management-review"));
        assertEquals("imr-overview", CoverFields.methodology("3. METHOD\n3.1 The review followed the model in the interim guidance. "
                + "3.2 Each agency involved was asked for a chronology of its contact with the family and an individual agency report, "
                + "prepared by a senior manager independent of the case.", "significant-case-review"));
        assertNull(CoverFields.methodology("Child A lived with her mother.", "scr"));
        assertNull(CoverFields.methodology("IMR - Individual Management Review\nGP - General Practitioner\n", "scr"));
    }

    @Test
    void agenciesWithContactNotGlossaryOrPanel() {
        String text = "Glossary\nCAMHS - Child and Adolescent Mental Health Services\n"
                + "The review panel included representatives of the probation service and CAMHS.\n"
                + "Family background\nThe health visitor saw Baby P at home in May. The GP prescribed antibiotics. "
                + "Police attended after neighbours reported shouting; officers did not see the baby. "
                + "Children's social care closed the referral after one visit.\n";
        List<String> got = AgencyInvolvement.involved(text, List.of());
        assertThat(got, hasItem("health-visiting"));
        assertThat(got, hasItem("police"));
        assertThat(got, hasItem("childrens-social-care"));
        assertThat(got, not(hasItem("probation")));
        assertThat(got, not(hasItem("camhs")));
    }

    @Test
    void childrensMentalHealthServicesAreNotAdultOnes() {
        String text = "Family background\nFreya was on the waiting list of the Child and Adolescent Mental Health Service. "
                + "The consultant child psychiatrist saw her once. Guidance from the Royal College of Psychiatrists was not "
                + "followed. Her mother was seen by the community mental health team in 2019 and by a psychiatrist in 2020.\n";
        assertThat(AgencyInvolvement.involved(text, List.of()), hasItem("adult-mental-health"));
        String childOnly = "Family background\nFreya was on the waiting list of the Child and Adolescent Mental Health Service. "
                + "The consultant child psychiatrist saw her once. Guidance from the Royal College of Psychiatrists was not followed.\n";
        assertThat(AgencyInvolvement.involved(childOnly, List.of()), not(hasItem("adult-mental-health")));
    }

    @Test
    void boardFromCoverSheetLineElseSource() {
        ReportMetadata m = run("Title: Serious Case Review: Child T\nLSCB: Hertfordshire Local Safeguarding Children Board\n");
        assertEquals("hertfordshire", m.board().id());
        var src = boards.byId("devon");
        ReportMetadata n = extractor.extract(preparer.prepare("Serious Case Review: Baby N\n"), List.of(),
                new ExtractedText("text/plain", "Serious Case Review: Baby N\n", false, 1, Optional.empty(), Optional.empty()),
                "x.pdf", src);
        assertEquals("devon", n.board().id());
    }

    @Test
    void agesParsed() {
        assertEquals(1.5, years("18 months old"), 0.001);
        assertEquals(2.33, years("2 years and 4 months old"), 0.001);
        assertEquals(17.0, years("seventeen-year-old"), 0.001);
        assertEquals(21.0, years("twenty-one years old"), 0.001);
        assertEquals("18-plus", Ages.band(19.0, false));
        assertEquals("16-17", Ages.band(16.0, false));
        assertEquals("5-10", Ages.band(10.9, false));
    }

    private static double years(String s) {
        var m = Ages.AGE.matcher(s);
        assertTrue(m.find(), s);
        return Ages.years(m).orElseThrow();
    }
}
