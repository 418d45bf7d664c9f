package org.casewise.analyse.section;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.tika.parser.AutoDetectParser;
import org.casewise.analyse.text.PreparedText;
import org.casewise.analyse.text.TextPreparer;
import org.casewise.extract.TextExtractor;
import org.junit.jupiter.api.Test;

class SectionDetectorTest {

    private static final TextPreparer PREPARER = TextPreparer.create();
    private final SectionDetector detector = new SectionDetector();

    private List<String> names(String raw) {
        return detector.detect(PREPARER.prepare(raw)).stream().map(Section::name).toList();
    }

    @Test
    void numberedUpperCaseAndPartHeadings() {
        String raw = """
                WESTSHIRE SAFEGUARDING CHILDREN BOARD
                Serious Case Review: Child J

                1 INTRODUCTION
                Child J was admitted to hospital with a fractured skull.

                2.0 Methodology
                The review used individual management reviews from seven agencies.

                Section 3 – Terms of Reference
                The review examined the period from 2015 to 2017.

                PART FOUR: ANALYSIS
                Agencies did not share what they knew.

                Domestic abuse
                Police attended the home eleven times.

                Chapter 5 Lessons learned
                Practitioners need to ask about the men in the household.

                6. Recommendations for the Partnership
                Recommendations were made to each agency.
                The board should seek assurance.

                Appendix A – Glossary of terms
                s47: a child protection enquiry.
                """;
        assertEquals(List.of("cover", "introduction", "methodology", "terms-of-reference", "analysis", "findings",
                "recommendations", "glossary"), names(raw));
    }

    @Test
    void synonymsAndSentenceCaseHeadings() {
        String raw = """
                Overview
                This learning review concerns a teenage boy who died.

                Circumstances leading to the review
                Tom was found in a park.

                Key lines of enquiry
                How did agencies respond to missing episodes?

                How the review was conducted
                Practitioners attended two learning events.

                The family
                Tom lived with his mother and two sisters.

                Key practice episodes
                In May 2019 Tom was excluded from school.

                Appraisal of practice
                The school's response was timely.

                What we learned
                Exclusion removed a protective adult.

                Concluding comments
                Tom's death could not have been predicted.

                Single agency recommendations
                The school should review its exclusion policy.

                References
                Working Together to Safeguard Children (2018).
                """;
        assertEquals(List.of("executive-summary", "introduction", "terms-of-reference", "methodology", "family-background",
                "chronology", "analysis", "findings", "conclusions", "recommendations", "appendices"), names(raw));
    }

    /** The family's part headed by its make-up, or by the child's name: not a part the detector cannot name. */
    @Test
    void familyCompositionAndTheChildAndHerFamily() {
        for (String heading : List.of("4. FAMILY COMPOSITION AND BACKGROUND", "5. ERIN AND HER FAMILY",
                "6. Isla and Noah and their family")) {
            String raw = "1. INTRODUCTION\nThis review concerns the child.\n\n" + heading
                    + "\nThe child lived with her mother.\n\n7. Analysis\nThe assessments were descriptive.\n";
            assertEquals(List.of("introduction", "family-background", "analysis"), names(raw), heading);
        }
    }

    /** An appreciative-inquiry review: a child's story, then its Discovery and Dream phases, headed by long subtitles. */
    @Test
    void aChildsStoryAndAppreciativeInquiryPhases() {
        String raw = """
                2. Introduction
                Freya died in January 2024 while waiting for an assessment.

                5. Freya's story: a summary of key events
                Freya was referred to community paediatrics at ten.

                6. Discovery: what we found, what worked, what could be even better
                Restrictive eating was attributed to her autism.

                7. Dream and Design: what Freya's parents and practitioners want to see
                A pathway that does not wait for a diagnosis.

                8. Recommendations
                The Partnership should commission a pathway.

                the review found that what we saw in the records was often not what the family saw at home
                The panel agreed.
                """;
        assertEquals(List.of("introduction", "chronology", "findings", "recommendations"), names(raw));
        String learned = """
                5. Amelia's story
                Amelia was born in February 2020.

                8. What we have learned
                Safer sleep advice was given once, by telephone.

                9. Good practice
                The midwife visited in person despite the lockdown.

                10. Recommendations to the Partnership
                The Partnership should fund safer sleep visits.
                """;
        assertEquals(List.of("chronology", "findings", "recommendations"), names(learned));
        // a partnership's subgroup on the cover is who publishes, not a part of the report
        assertEquals(List.of("cover", "chronology"), names("Kirklees Safeguarding Children Partnership\nLearning and Improvement "
                + "Subgroup\nLearning Brief: Jay\n\nWhat happened: a short account\nJay was referred in March 2021.\n"));

        // 'Learning from a Rapid Review: Child R' is the note's title and running header, not its findings: the
        // account under the cover is the opening, where the incident is read
        assertEquals(List.of("cover", "chronology", "findings"), names("Derby and Derbyshire Safeguarding Children Partnership\n"
                + "Learning from a Rapid Review: Child R\n\n1. WHY WE HAVE PRODUCED THIS NOTE\nIn May 2020 Child R was taken to "
                + "hospital.\n\n3. KEY PRACTICE EPISODES\nPolice attended.\n\n4. WHAT WE LEARNED\nSeeing the child matters.\n"));
    }

    @Test
    void sixStepBriefing() {
        String raw = """
                Local Child Safeguarding Practice Review: Sam
                Six step briefing for practitioners

                Step one – The case
                Sam was 14 and lived with his grandmother after his father went to prison.

                Step two: What happened
                Sam went missing nine times in the summer and was found in another county.

                Step 3: What we learnt
                Return home interviews were offered by text and Sam never took them up.

                Step 4 – What needs to happen
                Return interviews should be offered in person by someone Sam already knows.

                Step 5: Reflect
                How do you make sure a missing child is asked why they went?

                Step 6: Further information
                The partnership's missing children protocol is on its website.
                """;
        assertEquals(List.of("cover", "family-background", "chronology", "findings", "recommendations", "other", "appendices"),
                names(raw));
    }

    @Test
    void sevenMinuteBriefing() {
        String raw = """
                7 Minute Briefing
                Rapid review: Baby R

                1. Background
                Baby R was born at 32 weeks and spent a month in the neonatal unit.

                2. Why it matters
                Bruising in a baby who is not yet mobile is rare and must always be explained.

                3. What happened
                A small bruise on Baby R's cheek was seen by the health visitor and put down to a dummy.

                4. Learning
                Practitioners did not follow the bruising protocol because the parents seemed caring.

                5. What to do
                Follow the bruising in non-mobile babies protocol every time, whoever the parents are.

                6. Questions to consider
                Would you feel able to challenge a consultant's explanation?

                7. Further resources
                The partnership's bruising protocol.
                """;
        assertEquals(List.of("cover", "family-background", "introduction", "chronology", "findings", "recommendations", "other",
                "appendices"), names(raw));
    }

    @Test
    void questionsForTheBoardStayInsideTheirFinding() {
        String raw = """
                Findings
                Finding 1: Professional curiosity
                Practitioners accepted the mother's account without checking it.

                Questions for the Board
                • How will the Board know that practitioners check what they are told?

                Finding 2: Working with fathers
                The father was never invited to a meeting.

                The case for change
                Resources and capacity
                Caseloads in the team were above forty for most of the period.
                """;
        List<String> ids = names(raw);
        assertEquals(List.of("findings"), ids);
    }

    @Test
    void sentencesThatStartLikeHeadingsAreProse() {
        String raw = """
                Introduction
                This review looks at the care of Baby D.
                Recommendations were made by the rapid review
                Analysis of the records showed that nobody asked about the father and this was a significant gap.
                Findings from the post-mortem examination were inconclusive.
                """;
        assertEquals(List.of("introduction"), names(raw));
    }

    @Test
    void coverFieldLinesAreNotHeadingsAndBriefsSayWhatTheyAreAbout() {
        String raw = """
                LEARNING BRIEF

                Learning from a Rapid Review | Published October 2023

                About this brief
                This learning brief summarises a rapid review held after the death of Baby R in 2022.

                1. The circumstances
                Baby R was ten weeks old when he died.

                2. Learning
                Safer sleep advice must be checked, not only given.
                """;
        assertEquals(List.of("cover", "introduction", "findings"), names(raw));
    }

    @Test
    void contentsEndWhereTheBodysOpeningProseStarts() {
        String raw = """
                CONCISE CHILD PRACTICE REVIEW

                CONTENTS
                1. Legal context and brief outline of circumstances ........ 2
                2. The family ........ 3

                1. LEGAL CONTEXT AND BRIEF OUTLINE OF CIRCUMSTANCES
                1.1 A concise Child Practice Review was commissioned by the Board on the recommendation of the
                sub-group, in accordance with the Welsh Government guidance for multi-agency reviews. The review
                concerns three siblings who lived with their mother in a rural part of the region.

                Family background
                The children lived with their mother.
                """;
        assertEquals(List.of("cover", "contents", "introduction", "family-background"), names(raw));
    }

    @Test
    void aMethodChapterEndsAtTheNextChapterWhateverItsTitle() {
        String raw = """
                Thematic Local Child Safeguarding Practice Review

                1. Introduction
                1.1 This thematic review concerns four babies who were seriously injured by adults caring for them.

                2. Method
                2.1 The review used the four rapid review reports and two practitioner workshops.

                3. The four babies
                Baby A was six weeks old when she was taken to hospital with a fractured femur.

                4. Theme 1: Pre-birth assessment
                None of the pre-birth assessments considered the fathers.

                5. Recommendations
                The Partnership should revise its bruising protocol.
                """;
        // '3. The four babies' and '4. Theme 1' are the case, not more method; the theme heading stays in
        // the part it sits in
        assertEquals(List.of("cover", "introduction", "methodology", "other", "recommendations"), names(raw));
        // a sub-numbered line or another number in the method does not end it
        String within = """
                2. Methodology
                2.1 Agencies provided chronologies.
                4. Practitioners attended two workshops and met the reviewer.
                """;
        assertEquals(List.of("methodology"), names(within));
    }

    @Test
    void repositoryCoverSheetAndContentsEntriesThatSurviveCleaning() {
        String raw = """
                Title: Serious Case Review Child K
                LSCB: Eastshire LSCB
                Author: A. Reviewer
                Date of publication: 2012
                This cover sheet was added by the repository.

                Eastshire Local Safeguarding Children Board
                Serious Case Review Child K

                Introduction
                Background
                Analysis
                Recommendations

                Introduction
                Child K was seven when she was taken into care.

                Background
                The family moved often.
                """;
        List<Section> sections = detector.detect(PREPARER.prepare(raw));
        List<String> ids = sections.stream().map(Section::name).toList();
        assertEquals("repository-cover-sheet", ids.get(0));
        assertEquals("cover", ids.get(1));
        assertTrue(ids.indexOf("introduction") > 0);
        assertTrue(!ids.contains("recommendations") && !ids.contains("analysis"), ids.toString());
        assertTrue(ids.contains("family-background"), ids.toString());
    }

    @Test
    void sectionsCoverTheTextInOrderAndSectionAtFindsThem() {
        PreparedText p = PREPARER.prepare("Cover page text\n\nExecutive Summary\nShort summary.\n\nRecommendations\nDo this.\n");
        List<Section> sections = detector.detect(p);
        assertEquals(0, sections.get(0).start());
        assertEquals(p.text().length(), sections.get(sections.size() - 1).end());
        for (int i = 1; i < sections.size(); i++) {
            assertEquals(sections.get(i - 1).end(), sections.get(i).start());
        }
        assertEquals("recommendations", SectionDetector.sectionAt(sections, p.text().indexOf("Do this")));
        assertEquals("executive-summary", SectionDetector.sectionAt(sections, p.text().indexOf("Short summary")));
        assertEquals("other", SectionDetector.sectionAt(List.of(), 3));
    }

    /** Every sample report names its recommendations; most have an introduction. Checks the pipeline end to end. */
    @Test
    void generatedSampleReports() throws Exception {
        Path dir = Path.of("datasets/sample/generated");
        AutoDetectParser parser = new AutoDetectParser();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().matches(".*\\.(pdf|docx|html)$")).sorted().toList();
        }
        int withRecommendations = 0;
        int withIntroduction = 0;
        for (Path f : files) {
            String text;
            try {
                text = TextExtractor.parseInProcess(parser, f, f.getFileName().toString(), 5_000_000).text();
            } catch (Exception e) {
                continue; // the sample deliberately includes a scanned PDF with no text layer
            }
            Set<String> ids = detector.detect(PREPARER.prepare(text)).stream().map(Section::name).collect(Collectors.toSet());
            withRecommendations += ids.contains("recommendations") ? 1 : 0;
            withIntroduction += ids.contains("introduction") ? 1 : 0;
        }
        assertThat(withRecommendations * 10, greaterThanOrEqualTo(files.size() * 8));
        assertThat(withIntroduction * 10, greaterThanOrEqualTo(files.size() * 7));
    }
}
