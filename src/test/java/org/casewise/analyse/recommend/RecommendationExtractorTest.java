package org.casewise.analyse.recommend;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.IntStream;
import org.casewise.analyse.section.Section;
import org.casewise.analyse.text.PreparedText;
import org.junit.jupiter.api.Test;

/** Hand-written report fragments in the many layouts real reviews use. */
class RecommendationExtractorTest {

    private final RecommendationExtractor extractor = new RecommendationExtractor();

    private List<LearningPoint> extract(String text) {
        return extractor.extract(new PreparedText(text, List.of()), List.of());
    }

    private List<LearningPoint> recommendations(String text) {
        return extract(text).stream().filter(p -> p.kind().equals(LearningPoint.RECOMMENDATION)).toList();
    }

    private static List<String> numbers(List<LearningPoint> points) {
        return points.stream().map(p -> String.valueOf(p.number())).toList();
    }

    private static List<String> addressees(List<LearningPoint> points) {
        return points.stream().map(p -> String.valueOf(p.addressedTo())).toList();
    }

    @Test
    void labelledRecommendationsWithAgencyInBracketsUnderCapitalisedNumberedHeading() {
        String text = """
                8.4 The strategy discussion was held by telephone and the school was not invited.

                9. RECOMMENDATIONS

                Recommendation 1 (Police): Officers attending domestic abuse incidents should record the names
                and ages of all children in the household and see each child.

                Recommendation 2 – That the LSCB seeks assurance from all partner agencies that staff understand
                the escalation procedure.

                Recommendation 3: The Clinical Commissioning Group should ensure that GP practices code
                children subject to a child protection plan.

                10. APPENDICES
                Appendix 1: terms of reference
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(numbers(recs), contains("1", "2", "3"));
        assertThat(addressees(recs), contains("police", "board", "gp"));
        assertThat(recs.get(0).text(), startsWith("Officers attending domestic abuse incidents"));
        assertThat(recs.get(0).text(), endsWith("see each child."));
        assertThat(recs.get(1).text(), startsWith("That the LSCB seeks assurance"));
        assertEquals("recommendations", recs.get(0).section());
        assertEquals(text.indexOf("Recommendation 1 (Police)"), recs.get(0).start());
    }

    @Test
    void rNumbersWrappedOverAPageBreakWithRunningFooter() {
        String text = """
                Recommendations

                R1. Children's social care should ensure that every child and family assessment of a family
                previously known to the service includes a chronology.

                Overview Report – Child K – OFFICIAL SENSITIVE
                Page 14 of 20

                R2. The health visiting service should offer a home visit to every family where a previous
                child has been subject to a child protection plan, and should
                Overview Report – Child K – OFFICIAL SENSITIVE
                Page 15 of 20
                record the outcome of that visit in the child's record.

                Overview Report – Child K – OFFICIAL SENSITIVE
                Page 16 of 20
                Glossary
                CP: child protection
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(numbers(recs), contains("R1", "R2"));
        assertThat(addressees(recs), contains("childrens-social-care", "health-visiting"));
        assertThat(recs.get(1).text(), endsWith("and should record the outcome of that visit in the child's record."));
        assertThat(recs.get(1).text(), not(containsString("OFFICIAL")));
    }

    @Test
    void bracketNumbersWithLetteredSubItemsStayOneItemEach() {
        String text = """
                Recommendations for the Safeguarding Partnership
                1) The Partnership should revise its neglect strategy so that:
                a) the Graded Care Profile is used in every assessment of neglect;
                b) practitioners record the child's own account of daily life.
                2) The Partnership should evaluate the impact of its training on neglect within a year.
                Conclusion
                The review found that the risks to Ella were known but not put together.
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(recs, hasSize(2));
        assertThat(recs.get(0).text(), containsString("a) the Graded Care Profile is used"));
        assertThat(recs.get(0).text(), endsWith("daily life."));
        assertThat(addressees(recs), contains("board", "board"));
    }

    @Test
    void parenthesisedNumbersAndLetterLists() {
        String text = """
                Single agency recommendations
                (1) The trust should audit the use of body maps in the emergency department.
                (2) Midwifery services should ask every pregnant woman about domestic abuse when seen alone.

                Key learning
                (a) Babies who are not independently mobile do not bruise themselves.
                (b) A father's history is part of the baby's history.
                """;
        List<LearningPoint> all = extract(text);
        List<LearningPoint> recs = all.stream().filter(p -> p.kind().equals("recommendation")).toList();
        List<LearningPoint> learning = all.stream().filter(p -> p.kind().equals("learning")).toList();
        assertThat(numbers(recs), contains("1", "2"));
        assertThat(addressees(recs), contains("hospital", "midwifery"));
        assertThat(numbers(learning), contains("a", "b"));
        assertNull(learning.get(0).addressedTo());
    }

    @Test
    void paragraphNumberedReportTakesNumbersOnlyInsideTheRecommendationsPart() {
        String text = """
                6. Analysis
                6.1 The police should have shared the information about the earlier assault with the school.
                6.2 Children's social care should have held a strategy discussion in March.

                7. Recommendations
                7.1 The review panel makes the following recommendations.
                7.2 The Safeguarding Children Board should commission an audit of strategy discussions
                held about children under two.
                7.3 West Midlands Police should ensure that officers check for children at every address
                they attend.

                8. Conclusion
                8.1 Jack's death could not have been predicted.
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(numbers(recs), contains("7.2", "7.3"));
        assertThat(addressees(recs), contains("board", "police"));
    }

    @Test
    void bulletsOfSeveralKindsUnderLessonsLearned() {
        String text = """
                Lessons learned
                ▪ Agreement with a plan is not evidence of change for the child.
                - Fathers and partners need to be assessed, not only identified.
                * Cumulative neglect is missed when each referral is seen on its own.
                o Home visits that are always announced may show a picture that is not real.

                Recommendations
                • The LSCB should promote the use of chronologies in all multi-agency work.
                """;
        List<LearningPoint> all = extract(text);
        assertThat(all.stream().filter(p -> p.kind().equals("learning")).toList(), hasSize(4));
        List<LearningPoint> recs = recommendations(text);
        assertThat(recs, hasSize(1));
        assertNull(recs.get(0).number());
        assertEquals("board", recs.get(0).addressedTo());
    }

    @Test
    void pipeSeparatedTableRows() {
        String text = """
                Recommendations
                No. | Recommendation | Lead agency | Timescale
                1 | Ensure that the MASH records the reasons for every decision not to proceed to a strategy discussion. | Children's Social Care | March 2021
                2 | Review the guidance on home visits to families who do not engage. | Health Visiting | June 2021
                3 | Raise awareness of the escalation policy among all practitioners. | Partnership | Ongoing
                Appendix A
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(numbers(recs), contains("1", "2", "3"));
        assertThat(addressees(recs), contains("childrens-social-care", "health-visiting", "board"));
        assertThat(recs.get(1).text(), startsWith("Review the guidance on home visits"));
    }

    @Test
    void tableFlattenedToOneCellALine() {
        String text = """
                Recommendations
                No.
                Recommendation
                Agency
                1
                All strategy discussions about injured babies should include the police and a paediatrician.
                Children's Social Care
                2
                GP practices should flag the records of children whose parents are known to misuse alcohol.
                CCG
                Conclusions
                Nothing further.
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(numbers(recs), contains("1", "2"));
        assertThat(addressees(recs), contains("childrens-social-care", "gp"));
        assertThat(recs.get(0).text(), startsWith("All strategy discussions"));
    }

    @Test
    void scieFindingsKeepTheirQuestionsForTheBoard() {
        String text = """
                5. Findings

                Finding 1: Professionals defer to the most senior voice in the room

                In strategy meetings the view of the consultant was accepted even when others had seen more
                of the family. Junior staff did not feel able to disagree.

                Questions for the Board:
                • How does the Board know that practitioners feel able to challenge?
                • What would help meeting chairs to invite dissent?

                Finding 2: Records follow the
                mother, not the household

                Agencies recorded the adults they worked with, not everyone living in the home.

                6. Appendix: terms of reference
                The review will make recommendations to the Board.
                """;
        List<LearningPoint> findings = extract(text);
        assertThat(findings, hasSize(2));
        LearningPoint first = findings.get(0);
        assertEquals("finding", first.kind());
        assertEquals("1", first.number());
        assertThat(first.text(), startsWith("Professionals defer to the most senior voice in the room. In strategy meetings"));
        assertThat(first.text(), containsString("Questions for the Board:"));
        assertThat(first.text(), endsWith("invite dissent?"));
        assertThat(findings.get(1).text(), startsWith("Records follow the mother, not the household. Agencies"));
        assertThat(findings.get(1).text(), not(containsString("terms of reference")));
    }

    @Test
    void inlineLearningPointsInTheAnalysis() {
        String text = """
                Analysis

                The family moved three times in two years.

                Learning point 3: Transfer of records between areas

                When the family moved, the receiving health visiting team received a summary that left out the
                previous concerns about neglect.

                Learning point 4 – Children who are not brought to appointments
                Missed appointments were recorded as the family's choice.

                Practice in the hospital
                The emergency department saw Maya twice.
                """;
        List<LearningPoint> points = extract(text);
        assertThat(numbers(points), contains("3", "4"));
        assertEquals("learning", points.get(0).kind());
        assertThat(points.get(0).text(), endsWith("concerns about neglect."));
        assertThat(points.get(1).text(), endsWith("the family's choice."));
        assertNull(points.get(1).addressedTo());
    }

    @Test
    void contentsTermsOfReferenceAndTalkAboutRecommendationsAreNotItems() {
        String text = """
                Contents
                1. Introduction
                2. Terms of reference
                3. Findings
                4. Recommendations
                5. Appendices

                1. Introduction
                1.1 The review will make recommendations to improve practice.
                1.2 The LSCB accepted all recommendations of the earlier review in 2014.

                4. Recommendations
                4.1 The LSCB accepted all recommendations made in this report at its meeting in May.
                4.2 The Board should ask each agency to report on the use of interpreters.

                5. Appendices
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(recs, hasSize(1));
        assertEquals("4.2", recs.get(0).number());
        assertEquals("board", recs.get(0).addressedTo());
    }

    @Test
    void subjectDecidesTheAddresseeWhenThereIsNoLabel() {
        String text = """
                Recommendations
                1. That Children's Social Care ensures that each child is seen alone at every statutory visit.
                2. Health visiting services should offer an additional contact where there is domestic abuse.
                3. The Department for Education should amend the guidance on elective home education.
                4. Managers should not close a case without reading the history.
                5. The ICB should ensure that designated professionals are consulted on complex cases.
                6. Ofsted should consider how inspections test the quality of supervision.
                7. Avon and Somerset Constabulary should review how it shares notifications.
                8. All agencies should ensure that their staff know how to escalate concerns.
                """;
        assertThat(addressees(recommendations(text)), contains("childrens-social-care", "health-visiting", "national", "null",
                "gp", "national", "police", "board"));
    }

    @Test
    void explicitLabelsBeatTheSubject() {
        String text = """
                Recommendations
                1. To Children's Social Care: Managers should check that every assessment names the child's father.
                2. Agency: Police
                Domestic abuse notifications should reach the school before the next school day.
                3. Every assessment should include the views of the child. (The Safeguarding Partnership)
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(addressees(recs), contains("childrens-social-care", "police", "board"));
        assertThat(recs.get(0).text(), startsWith("Managers should check"));
        assertThat(recs.get(1).text(), startsWith("Domestic abuse notifications"));
        assertThat(recs.get(2).text(), endsWith("views of the child."));
    }

    @Test
    void groupHeadingsInsideTheRecommendationsNameTheAddressee() {
        String text = """
                Recommendations

                Recommendations for the Partnership
                1. Commission refresher training on bruising in non-mobile babies.

                Recommendations for Children's Social Care
                2. Ensure that pre-birth assessments include every adult in the household.
                3. Audit the quality of supervision records twice a year.

                References
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(numbers(recs), contains("1", "2", "3"));
        assertThat(addressees(recs), contains("board", "childrens-social-care", "childrens-social-care"));
    }

    @Test
    void oneParagraphALineWithoutMarkersAndAClosingNote() {
        String text = """
                What needs to change
                The Partnership should make sure that practitioners in adult services ask about children in every assessment.
                Schools should record the reasons for part-time timetables and review them every six weeks.
                Progress on these recommendations will be reported to the Partnership in the annual report.
                Questions for practitioners
                What do you do when a parent says a child is ill?
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(recs, hasSize(2));
        assertThat(addressees(recs), contains("board", "school"));
    }

    @Test
    void pdfItemThatWrapsOverABlankLineAndStopsAtNumberedHeading() {
        String text = """
                7. Recommendations
                1. Kent Safeguarding Children Partnership should seek assurance that the bruising protocol is

                used by all agencies, including early years settings.

                2. The police should attend strategy discussions about babies in person or by video.

                8. Glossary
                ICON: a programme about coping with crying.
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(numbers(recs), contains("1", "2"));
        assertThat(recs.get(0).text(), endsWith("including early years settings."));
        assertThat(addressees(recs), contains("board", "police"));
    }

    @Test
    void multiSentenceItemsOnePerLineAndAnUnnumberedClosingParagraph() {
        String text = """
                Recommendations
                1. The Board should review its neglect strategy. It should include a section on dental neglect. The review should be complete within six months of publication.
                2. The hospital trust should introduce a flag for repeat attendances of children under two. Attendances should be shared with the GP.
                The Board has asked for a report on progress in twelve months' time.
                Appendix 1
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(recs, hasSize(2));
        assertThat(recs.get(0).text(), endsWith("within six months of publication."));
        assertThat(recs.get(1).text(), endsWith("shared with the GP."));
    }

    @Test
    void usesTheDetectorsSectionsWhenGiven() {
        String text = """
                Summary of practice
                1. The social worker visited weekly.
                2. The school raised concerns twice.

                Action for the partnership
                1. The partnership should publish a practice guide on cumulative harm.
                2. Probation should check addresses with children's social care before approving them.
                """;
        int start = text.indexOf("Action for the partnership");
        List<Section> sections = List.of(new Section("analysis", "Summary of practice", 0, start),
                new Section("recommendations", "Action for the partnership", start, text.length()));
        List<LearningPoint> recs = extractor.extract(new PreparedText(text, List.of()), sections);
        assertThat(numbers(recs), contains("1", "2"));
        assertThat(addressees(recs), contains("board", "probation"));
        assertThat(recs.get(0).text(), startsWith("The partnership should publish"));
    }

    @Test
    void welshAndScottishHeadingsAndTrailingLabels() {
        String text = """
                Improving Systems and Practice
                In order to promote the learning from this case the review identified the following actions:
                1. The Regional Safeguarding Board should seek assurance that bruising protocols are followed. (Board)
                2. The University Health Board should ensure health visitors ask who lives at the home.
                Statement by Reviewer
                I have had no involvement with the family.
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(numbers(recs), contains("1", "2"));
        assertThat(addressees(recs), contains("board", "null"));
    }

    @Test
    void noBlockNoItems() {
        assertThat(extract("""
                Introduction
                The review was commissioned in 2019 and will make recommendations to the partnership.
                1. The family moved to the area in 2016.
                2. The school referred in 2017.
                """), empty());
    }

    @Test
    void labelledItemsWithTheTextOnTheNextLineAndARationale() {
        String text = """
                Recommendations
                The review makes four recommendations:

                Recommendation 1
                The LSCB should satisfy itself that multi-agency training on disguised compliance is available.

                Rationale: practitioners told the review that they had not had this training.

                Recommendation 2
                Birmingham Children's Trust should ensure that step-down decisions are made by a team manager.

                Introduction
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(numbers(recs), contains("1", "2"));
        assertThat(addressees(recs), contains("board", "childrens-social-care"));
        assertThat(recs.get(0).text(), not(containsString("Rationale")));
    }

    @Test
    void numberedThemeHeadingsOverDecimalRecommendations() {
        String text = """
                10 Recommendations

                1. Neglect
                1.1 The Partnership should adopt a single neglect assessment tool across all agencies.
                1.2 Children's social care should ensure that neglect cases are reviewed by a manager
                every three months.

                2. Information sharing
                2.1 The CCG should ensure that GP practices are told of every child protection plan.

                11 Conclusions
                The panel thanks the family.
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(numbers(recs), contains("1.1", "1.2", "2.1"));
        assertThat(addressees(recs), contains("board", "childrens-social-care", "gp"));
        assertThat(recs.get(0).text(), startsWith("The Partnership should adopt"));
    }

    @Test
    void tableWithWrappedCellsUnderACaption() {
        String text = """
                Table 2: Recommendations
                Ref | Recommendation | Responsible agency | Target date
                R1 | Midwives should ask about domestic abuse at every | Maternity services | April 2019
                antenatal contact when the woman is alone.
                R2 | The Safeguarding Board should publish a one-minute guide on | LSCB | June 2019
                bruising in babies.
                Appendix 1: Chronology
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(numbers(recs), contains("R1", "R2"));
        assertThat(addressees(recs), contains("midwifery", "board"));
        assertEquals("Midwives should ask about domestic abuse at every antenatal contact when the woman is alone.",
                recs.get(0).text());
    }

    @Test
    void recommendationsRepeatedInTheExecutiveSummaryAreKeptOnce() {
        String text = """
                Executive summary
                Recommendations
                1. The Board should ask agencies to audit information sharing.
                2. The police should share domestic abuse notifications within a day.

                Introduction
                The review was commissioned in June.

                Recommendations
                1. The Board should ask agencies to audit information sharing.
                2. The police should share domestic abuse notifications within a day.
                """;
        assertThat(recommendations(text), hasSize(2));
    }

    @Test
    void scottishAndNorthernIrishBoards() {
        String text = """
                Recommendations
                1. The Public Protection Committee should seek assurance that chronologies are used.
                2. The SBNI should issue regional guidance on pre-birth assessment.
                3. The Chief Officers Group should receive a report on progress within six months.
                """;
        assertThat(addressees(recommendations(text)), contains("board", "board", "board"));
    }

    @Test
    void unnumberedRecommendationWithItsOwnBulletList() {
        String text = """
                Recommendations
                The Partnership should ensure that:
                • every strategy discussion about a baby includes a health professional;
                • the outcome is shared with the GP within two working days.
                Schools should record the reasons for every part-time timetable.
                Acknowledgements
                """;
        List<LearningPoint> recs = recommendations(text);
        assertThat(recs, hasSize(2));
        assertThat(recs.get(0).text(), endsWith("within two working days."));
        assertThat(addressees(recs), contains("board", "school"));
    }

    @Test
    void sameAnswerFromManyThreads() {
        String text = """
                Recommendations
                1. The Board should audit core groups.
                2. Police should share notifications within 24 hours.
                """;
        List<LearningPoint> once = extract(text);
        IntStream.range(0, 64).parallel().forEach(i -> assertEquals(once, extract(text)));
    }
}
