package org.casewise.analyse.text;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class TextPreparerTest {

    private static final TextPreparer PREPARER = TextPreparer.create();

    private static List<String> sentences(PreparedText p) {
        return p.sentences().stream().map(Sentence::text).toList();
    }

    /**
     * Lines with no end-of-sentence character before their last one skip the detector: the sentences must
     * be those the detector gives when it reads every line and cell, on text mixing headings, table cells,
     * abbreviations, numbers, quotes and questions.
     */
    @Test
    void linesWithoutAnInnerSentenceEndAreTheSentencesTheDetectorWouldGive() throws Exception {
        SentenceDetectorME detector;
        try (InputStream in = TextPreparer.class.getResourceAsStream(TextPreparer.SENTENCE_MODEL)) {
            detector = new SentenceDetectorME(new SentenceModel(in));
        }
        List<String> pieces = List.of("Dr. Smith", "The child was seen", ".", "?", "!", " ", "  ", "\t", "1.2", "aged 3",
                "e.g.", "Mr", "\"No.\"", "she said", "Child A", "4. Findings", "Page 2", "...", "U.S.", "(see 3.1)", "Yes!",
                "why", "\n", "\n", "the GP", "2019.", "It was.");
        Random r = new Random(11);
        for (int n = 0; n < 400; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(12) + 1; k > 0; k--) {
                b.append(pieces.get(r.nextInt(pieces.size()))).append(r.nextInt(3) == 0 ? "" : " ");
            }
            String text = b.toString();
            List<String> expected = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                for (String cell : line.split("\t", -1)) {
                    if (cell.isBlank()) {
                        continue;
                    }
                    for (Span span : detector.sentPosDetect(cell)) {
                        String sentence = cell.substring(span.getStart(), span.getEnd()).strip();
                        if (!sentence.isEmpty()) {
                            expected.add(sentence);
                        }
                    }
                }
            }
            assertEquals(expected, sentences(PREPARER.split(text)), text);
        }
    }

    @Test
    void removesRunningHeadersAndPageNumbersButKeepsTheCover() {
        String raw = """
                Serious Case Review Family M
                Overview report
                Hertfordshire SCP

                1. Introduction
                1.1 In March 2014 the youngest child was taken to hospital with a head injury. The consultant
                paediatrician was concerned that the account did not fit the injury.
                Serious Case Review Family M  Page 2
                OFFICIAL SENSITIVE
                Hertfordshire SCP
                - 2 -
                1.2 The board decided that the criteria were met and appointed an independent author.
                Serious Case Review Family M  Page 3
                OFFICIAL SENSITIVE
                Hertfordshire SCP
                - 3 -
                2. Terms of reference
                2.1 The review covered the period from the mother's first pregnancy to the admission.
                Serious Case Review Family M  Page 4
                OFFICIAL SENSITIVE
                Hertfordshire SCP
                - 4 -
                2.2 Agencies were asked to provide chronologies.
                Serious Case Review Family M  Page 5
                OFFICIAL SENSITIVE
                Hertfordshire SCP
                5
                """;
        String text = PREPARER.prepare(raw).text();
        assertThat(text, not(containsString("Page 2")));
        assertThat(text, not(containsString("OFFICIAL")));
        assertThat(text, not(containsString("- 3 -")));
        assertTrue(text.startsWith("Serious Case Review Family M"), text);
        assertEquals(1, text.split("Hertfordshire SCP", -1).length - 1, "board kept once, on the cover: " + text);
        assertThat(text, containsString("The consultant paediatrician was concerned"));
    }

    @Test
    void removesFootersWithCopyrightAndVersionEvenWithoutPageNumbers() {
        StringBuilder raw = new StringBuilder("Child W\nLocal Child Safeguarding Practice Review\n\n");
        for (int page = 1; page <= 4; page++) {
            raw.append("Paragraph on page ").append(page).append(" says what the health visitor saw at the home visit.\n\n");
            raw.append("© Northshire Safeguarding Children Partnership 2021\nVersion 3.1 FINAL 12/03/2021\n\n");
        }
        String text = PREPARER.prepare(raw.toString()).text();
        assertThat(text, not(containsString("©")));
        assertThat(text, not(containsString("Version 3.1")));
        assertThat(text, containsString("Paragraph on page 4"));
    }

    @Test
    void keepsARepeatedLabelThatIntroducesAList() {
        StringBuilder raw = new StringBuilder("Cover\n\n");
        for (int theme = 1; theme <= 4; theme++) {
            raw.append("Theme ").append(theme).append(" was seen in several agencies' records over the period.\n\n");
            raw.append("Questions for the Board\n\n• Is the Board assured that this is not happening now?\n\n");
        }
        List<String> s = sentences(PREPARER.prepare(raw.toString()));
        assertEquals(4, s.stream().filter("Questions for the Board"::equals).count());
    }

    @Test
    void removesContentsWithDotLeadersAndFlattenedPageNumbers() {
        String raw = """
                Contents
                Introduction ........................ 3
                Terms of reference .................. 4
                2.1 Scope ........................... 4
                Analysis ............................ 9
                Recommendations ..................... 21

                Introduction
                The review was commissioned after Child T was admitted to hospital.
                """;
        String text = PREPARER.prepare(raw).text();
        assertThat(text, not(containsString("....")));
        assertThat(text, not(containsString("Recommendations")));
        assertThat(text, containsString("Introduction\nThe review was commissioned"));

        String flattened = """
                CONTENTS
                1. Introduction
                3
                2. Background to the family
                5
                3. Analysis of practice
                8
                1. Introduction
                Baby Q was eight weeks old when he was found unresponsive.
                """;
        String cleaned = PREPARER.prepare(flattened).text();
        assertThat(cleaned, not(containsString("Analysis of practice")));
        assertThat(cleaned, containsString("1. Introduction\nBaby Q was eight weeks old"));
    }

    @Test
    void removesAContentsRunWithoutAContentsHeading() {
        String raw = "Overview Report\n\n1. Introduction 3\n2. Terms of Reference 4\n3. The Family 6\n4. Chronology 9\n\n"
                + "1. Introduction\nThis is the body.\n";
        String text = PREPARER.prepare(raw).text();
        assertThat(text, not(containsString("Chronology")));
        assertThat(text, containsString("1. Introduction\nThis is the body."));
    }

    @Test
    void joinsWrappedLinesButKeepsHeadingsBulletsAndDatedEntries() {
        String raw = """
                Analysis of practice
                The health visitor recorded that the home was cluttered and that there was little food in the
                cupboards, but no referral was made because the mother said that her benefits had been
                sanctioned and money would come through the following week.
                The key lines of enquiry were:
                • how agencies responded to neglect
                • how the voice of the child was heard
                07.01.2007 Police. Officer submitted a domestic abuse notification to children's social care.
                12.01.2007 School. Designated safeguarding lead noted that Child P was hungry again.
                Domestic abuse
                Police attended eleven times.
                """;
        PreparedText p = PREPARER.prepare(raw);
        List<String> s = sentences(p);
        assertThat(s, hasItem("Analysis of practice"));
        assertThat(s, hasItem("• how agencies responded to neglect"));
        assertThat(s, hasItem("Domestic abuse"));
        assertThat(p.text(), containsString("little food in the cupboards, but no referral"));
        assertTrue(s.stream().anyMatch(x -> x.startsWith("The health visitor") && x.endsWith("following week.")), s.toString());
        assertTrue(s.stream().noneMatch(x -> x.contains("Child P was hungry again. Domestic")), s.toString());
        assertTrue(s.stream().noneMatch(x -> x.contains("heard 07.01")), s.toString());
    }

    @Test
    void aDateWrappedAfterItsDayOrPrepositionIsNotADatedEntry() {
        // wrapped prose as a PDF gives it: lines of about the same width, most carried on in lower case
        String raw = """
                1.1 This Extended Child Practice Review was commissioned by the regional safeguarding
                board in accordance with the guidance for multi-agency child practice reviews, and it
                was carried out by two reviewers who had no involvement with the young person or his
                family before the review began. They were supported by a panel of senior managers who
                were not involved in the case and who met on six occasions between the spring and the
                autumn, and by a learning event attended by practitioners from health, education and
                the police, and from the third sector organisation that provided his accommodation and
                support after he left the care of his foster carers, shortly before his seventeenth
                birthday, as the plan made for him when he was fifteen had set out that he should do.
                1.2 The review concerns a young man who is referred to as Cai. Cai died on 21
                November 2021 at the age of 17. He was found by police officers in woodland near his
                accommodation, the day after he had been reported missing. The Board commissioned the review in
                December 2021 under the statutory guidance, after the Coroner had opened an inquest into his death.
                07.01.2007 Police. Officer submitted a domestic abuse notification to children's social care.
                """;
        List<String> s = sentences(PREPARER.prepare(raw));
        assertThat(s, hasItem("Cai died on 21 November 2021 at the age of 17."));
        assertTrue(s.stream().anyMatch(x -> x.startsWith("The Board commissioned the review in December 2021 under")), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.startsWith("07.01.2007 Police.")), s.toString());
    }

    @Test
    void joinsASentenceSplitByAPageBreak() {
        StringBuilder raw = new StringBuilder("Child Practice Review - CYSUR 1/3\n\n");
        raw.append("The social worker visited the home and found that the children had been left with a\n\n");
        raw.append("Child Practice Review - CYSUR 2/3\n\n");
        raw.append("neighbour while the mother attended court.\n\n");
        raw.append("Child Practice Review - CYSUR 3/3\n");
        PreparedText p = PREPARER.prepare(raw.toString());
        assertThat(sentences(p), hasItem("The social worker visited the home and found that the children had been left with a "
                + "neighbour while the mother attended court."));
    }

    @Test
    void sentenceOffsetsIndexTheCleanedText() {
        String raw = "Summary\n\nMr. Jones, the GP, saw Child A on 3 May. He noted bruising.\n\tTable cell one\tCell two\n"
                + "Page 1 of 2\nRecommendations\n1. The board should audit s.47 enquiries. This is urgent.\n";
        PreparedText p = PREPARER.prepare(raw);
        for (Sentence s : p.sentences()) {
            assertEquals(s.text(), p.text().substring(s.start(), s.end()).strip());
            assertThat(s.text(), not(containsString("\n")));
        }
        assertThat(sentences(p), hasItem("Cell two"));
        assertThat(p.text(), not(containsString("Page 1 of 2")));
    }

    @Test
    void tokensSplitPunctuationButKeepPossessivesAndContractionsWhole() {
        // What the packaged UD English tokenizer really does: clitics stay on their word.
        List<String> t = PREPARER.tokens("The child's mother didn't attend, said the GP.");
        assertEquals(List.of("The", "child's", "mother", "didn't", "attend", ",", "said", "the", "GP", "."), t);
    }

    @Test
    void emptyAndNullInputGiveNoSentences() {
        assertTrue(PREPARER.prepare("").sentences().isEmpty());
        assertTrue(PREPARER.prepare(null).sentences().isEmpty());
    }
}
