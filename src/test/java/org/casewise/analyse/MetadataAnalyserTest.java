package org.casewise.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.casewise.store.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of the first metadata pass, on cover pages written the way reports print them. */
class MetadataAnalyserTest {

    @Test
    void publicationDateBeatsChronologyYears() {
        String head = "Serious Case Review\nChild D\nThe scope ran from March 2009 to June 2011.\n"
                + "Date of publication: 14 November 2013\n";
        assertEquals(2013, MetadataAnalyser.year(head, "", Optional.of(2012), false));
    }

    @Test
    void publicationLabelInMarkdownBold() {
        String head = "## Baby Rowan\n**Date agreed by the Safeguarding Partners:** December 2024\n**Published:** March 2025\n";
        assertEquals(2025, MetadataAnalyser.year(head, "", Optional.empty(), false));
    }

    @Test
    void publicationFieldAtTheEnd() {
        // the Welsh Child Practice Review template closes with the dates, after the reviewers' statement
        String tail = "Statement by Reviewer(s)\nReviewer 1: A. Jones\nDate report approved by NWSB: 6 December 2023\n"
                + "Date of publication: January 2024\n";
        assertEquals(2024, MetadataAnalyser.year("Concise Child Practice Review\nRe: NWSB 03/2023\n", tail, Optional.empty(), false));
        // a bare 'published' at the end is a reference, not the report's own date
        String references = "References\nHM Government (2018) Working Together to Safeguard Children, published July 2018\n";
        assertEquals(2022, MetadataAnalyser.year("Child Practice Review\nBaby H\nOctober 2022\n", references, Optional.empty(), false));
        assertEquals("", MetadataAnalyser.tail("a short text"), "a text no longer than the head has no tail of its own");
    }

    @Test
    void publicationDateInACoverTable() {
        // a Markdown cover table: the cell border stands between the label and the date; the case number's
        // year ('02/2017') and the referral date are not the publication
        String head = "# Concise Child Practice Review\n**Re: NWSCB 02/2017 - \"Child W\"**\n\n| Field | Detail |\n|---|---|\n"
                + "| Date of referral to the Board's Review Sub-Group | 23 May 2017 |\n| Date approved by the Board | 12 March 2018 |\n"
                + "| Date published | July 2018 |\n";
        assertEquals(2018, MetadataAnalyser.year(head, "", Optional.empty(), false));
    }

    @Test
    void coverMonthAndYearWhenNoPublicationLabel() {
        assertEquals(2017, MetadataAnalyser.year("Child Practice Review\nBaby H\nOctober 2017\n", "", Optional.empty(), false));
    }

    @Test
    void aDateInTheAccountIsNotTheCoversAndTheEndSaysWhenTheReportWasSignedOff() {
        String head = "CHILD PRACTICE REVIEW REPORT\nConcise Review\nRe: NWSCB/CPR/03/2016 - Child J\n\nChild J is a girl who was"
                + " four years old when the concerns were identified. Between her first birthday and June 2016, Child J attended"
                + " hospital on 47 occasions across four hospitals.\n";
        assertNull(MetadataAnalyser.year(head, "", Optional.empty(), false));
        assertEquals(2017, MetadataAnalyser.year(head, "The final report was approved by the NWSCB on 27 April 2017.\n",
                Optional.empty(), false));
        assertEquals(2016, MetadataAnalyser.year(head, "Reviewer 1 (Signature)   ..........   Date  23/03/2016\n",
                Optional.empty(), false));
        assertEquals(2017, MetadataAnalyser.year(head, "**Reviewer 2** Signature: *G. Lloyd* Date: 14/03/2017\n",
                Optional.empty(), false));
        // the closing prose: publication before approval
        assertEquals(2020, MetadataAnalyser.year(head, "The Board approved the report on 21 November 2019, and it was published in"
                + " February 2020 after the family had been given the opportunity to read it.\n", Optional.empty(), false));
        assertEquals(2019, MetadataAnalyser.year(head, "The Board approved the report on 21 November 2019.\n", Optional.empty(), false));

        // the board's closing publication line, in Markdown italics; a reference list's publisher is not the board
        assertEquals(2017, MetadataAnalyser.year(head, "Date: 20 June 2017\n\n*Published by Cwm Taf Safeguarding Board, November"
                + " 2017*\n", Optional.empty(), false));
        assertNull(MetadataAnalyser.year(head, "References\nWorking Together to Safeguard Children.\nPublished by HM Government,"
                + " July 2018.\n", Optional.empty(), false));
    }

    @Test
    void documentPropertyYearIsTheLastResort() {
        assertEquals(2008, MetadataAnalyser.year("Overview report\nChild A\n", "", Optional.of(2008), false));
        assertNull(MetadataAnalyser.year("Overview report\nChild A\n", "", Optional.empty(), false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Report submitted to the Panel: 14 December 2018\\nApproved for publication: June 2019|2019",
        "Report presented to the Board: 17 September 2014\\nPublication: June 2015|2015",
        "Final version, presented to the LSCB 26 September 2013\\nDate of publication: 18/03/2014|2014",
        "Date of Overview Report: December 2008\\nDate of publication of Executive Summary: October 2009|2009",
        "Publication deferred 2015 for the trial\\nDecember 2013|2013",
        "Overview report completed: 30 September 2010\\nPublished by the LSCB: 18 October 2011 (after the trial)|2011",
        "Report approved by Fife Child Protection Committee: 12.12.24\\nPublished: 11.03.25|2025",
        "Published by Leeds Safeguarding Children Board, 18 May 2011. The full overview report was considered by the Board in "
            + "December 2010 and is not being published to protect the privacy of the child and her siblings.|2011"})
    void statedPublicationInItsOtherForms(String cover, int year) {
        assertEquals(year, MetadataAnalyser.year("Serious Case Review\n" + cover.replace("\\n", "\n") + "\n", "", Optional.empty(), false));
    }

    @Test
    void aDraftHasNoPublicationYearUnlessOneIsStated() {
        String cover = "DRAFT v0.7 - NOT FOR PUBLICATION\nSerious Case Review: Child Q\nDraft for the SCR Panel, 12 April 2019\n";
        assertNull(MetadataAnalyser.year(cover, "", Optional.of(2019), true));
        assertEquals(2019, MetadataAnalyser.year(cover, "", Optional.of(2019), false), "the same cover, not a draft");
        assertEquals(2020, MetadataAnalyser.year(cover + "Date of publication: January 2020\n", "", Optional.empty(), true));
        // a version table's 'Draft for sign-off; intended for publication in November 2021'
        assertEquals(2021, MetadataAnalyser.year(cover + "| 0.3 | 13 September 2021 | Draft for sign-off; intended for publication in "
                + "November 2021 |\n", "", Optional.empty(), true));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "SERIOUS CASE REVIEW\\nChild K\\nOverview report|scr",
            "Local Child Safeguarding Practice Review\\nChild B\\nFollowing a rapid review in May 2020|lcspr",
            "Concise Child Practice Review\\nCYSUR 2/2016|child-practice-review",
            "Significant Case Review into the circumstances of Child R|significant-case-review",
            "7-Minute Briefing\\nThe Brook Children|learning-brief",
            "Safeguarding Adults Review: Jay|sar",
            "Domestic Homicide Review into the death of Adult A|dhr"})
    void reviewTypeFromTheCover(String cover, String type) {
        assertEquals(type, MetadataAnalyser.reviewType(cover.replace("\\n", "\n")));
    }

    @Test
    void executiveSummaryOnlyWhenTheTitleOrCoverSaysSo() {
        String fullReport = "Serious Case Review: Child M\nContents\n1. Executive summary\n2. Introduction";
        assertEquals("scr", MetadataAnalyser.reviewType("Serious Case Review: Child M", fullReport));
        assertEquals("executive-summary",
                MetadataAnalyser.reviewType("Serious Case Review Child L: Executive Summary", fullReport));
        // the cover's own line, before the contents: a summary published alone
        String cover = "DERBYSHIRE SAFEGUARDING CHILDREN BOARD\n\nSERIOUS CASE REVIEW\n\nCHILD B\n\nEXECUTIVE SUMMARY\n\n"
                + "September 2009\n\nCONTENTS\n1. Introduction 2";
        assertEquals("executive-summary", MetadataAnalyser.reviewType("SERIOUS CASE REVIEW CHILD B", cover));
        // the contents' entry or the section's own heading after the contents does not count
        String contentsFirst = "SERIOUS CASE REVIEW\nCHILD B\nCONTENTS\nExecutive summary\nIntroduction\n\nExecutive summary\n1.1 In 2019";
        assertEquals("scr", MetadataAnalyser.reviewType("SERIOUS CASE REVIEW CHILD B", contentsFirst));
    }

    @Test
    void learningFromARapidReviewIsARapidReviewUnlessItIsABrief() {
        String note = "WARWICKSHIRE SAFEGUARDING CHILDREN PARTNERSHIP\n\nLEARNING FROM A RAPID REVIEW\n\n\"Child H\"\n\n"
                + "The criteria for a Local Child Safeguarding Practice Review were not met.";
        assertEquals("rapid-review", MetadataAnalyser.reviewType("LEARNING FROM A RAPID REVIEW Child H", note));
        String brief = "LEARNING BRIEF\n\nLearning from a Rapid Review\n\nBaby R";
        assertEquals("learning-brief", MetadataAnalyser.reviewType("LEARNING BRIEF Baby R", brief));
    }

    @Test
    void draftsMarkedConfidentialAreRestricted() {
        assertEquals(Visibility.RESTRICTED,
                MetadataAnalyser.visibility("STRICTLY CONFIDENTIAL - DRAFT - NOT FOR PUBLICATION\nLCSPR Child F"));
        assertEquals(Visibility.PUBLIC, MetadataAnalyser.visibility("Serious Case Review\nFinal report, published"));
    }

    @Test
    void aWebPageTitleLosesItsSiteName() {
        assertEquals("7-Minute Briefing: Child K", MetadataAnalyser.title("Home > Case reviews\n",
                Optional.of("7-Minute Briefing: Child K | Essex Safeguarding Children Partnership"), "x.html"));
    }

    @Test
    void aRepositoryCoverSheetsTitleFieldIsTheTitle() {
        String head = "Title: Serious Case Review: Baby Q. Executive summary.\nLSCB: Somerset Local Safeguarding Children Board\n"
                + "This document has been deposited with the national case review repository. Copyright\nremains with the LSCB.\n"
                + "SOMERSET LOCAL SAFEGUARDING CHILDREN BOARD\nSERIOUS CASE REVIEW\nBABY Q (and her brother, Child R)\nEXECUTIVE SUMMARY\n";
        assertEquals("Serious Case Review: Baby Q. Executive summary.", MetadataAnalyser.title(head, Optional.empty(), "x.txt"));
        // the report's own cover, which may name more children than the field
        assertEquals("SERIOUS CASE REVIEW: BABY Q (and her brother, Child R)", MetadataAnalyser.coverTitle(head, "x.txt"));
    }

    /** The Welsh Government template: its banner is the same on every review; the kind and the reference below name this one. */
    @Test
    void aWelshTemplatesTitleIsItsKindAndReference() {
        assertEquals("Concise Child Practice Review Re: WBSCB 03/2015 - \"Child R\"", MetadataAnalyser.title(
                "Bwrdd Diogelu Plant Bae'r Gorllewin\nWestern Bay Safeguarding Children Board\n\nADOLYGIAD YMARFER PLANT - ADRODDIAD\n"
                        + "CHILD PRACTICE REVIEW - REPORT\n\nAdolygiad Cryno / Concise Child Practice Review\n\n"
                        + "Re: WBSCB 03/2015 - \"Child R\"\n\nAdolygwyr / Reviewers:\n", Optional.empty(), "x.txt"));
        assertEquals("Concise Child Practice Review Re: CTMSB 2/2020", MetadataAnalyser.title(
                "Cwm Taf Morgannwg Safeguarding Board\nCHILD PRACTICE REVIEW\nCONCISE REVIEW\nRe: CTMSB 2/2020\nBaby T\n",
                Optional.empty(), "x.txt"));
        // the kind of review without the banner, its reference after the Welsh 'Cyf /'
        assertEquals("Extended Child Practice Review Re: WBSCB 02/2017 - \"Child W\"", MetadataAnalyser.title(
                "Bwrdd Diogelu Plant Bae'r Gorllewin\nWestern Bay Safeguarding Children Board\n\nAdolygiad Estynedig o Ymarfer Plant\n"
                        + "Extended Child Practice Review\n\nCyf / Re: WBSCB 02/2017 - \"Child W\"\n\nAdroddiad / Report\n",
                Optional.empty(), "x.txt"));
        // a banner without the template's lines below is still a title of its own
        assertEquals("CHILD PRACTICE REVIEW REPORT: South Wales Police", MetadataAnalyser.title(
                "CHILD PRACTICE REVIEW REPORT\nSouth Wales Police\n", Optional.empty(), "x.txt"));
    }

    @Test
    void titleJoinsABareReviewTypeWithItsSubject() {
        assertEquals("Local Child Safeguarding Practice Review: Child B", MetadataAnalyser.title(
                "Norfolk Safeguarding Children Partnership\nLocal Child Safeguarding Practice Review\nChild B\n",
                Optional.empty(), "x.pdf"));
        assertEquals("Serious Case Review: Baby N", MetadataAnalyser.title(
                "Home > Case reviews > Baby N\nSerious Case Review: Baby N\n", Optional.empty(), "x.html"));
        // a boxed notice for the board's case review group, and the group itself, are not the title
        assertEquals("LOCAL CHILD SAFEGUARDING PRACTICE REVIEW: \"REECE\"", MetadataAnalyser.title(
                "*  DRAFT v0.6  -  NOT FOR PUBLICATION  *\n*  For the Norfolk Partnership    *\n*  Case Review Group, 14 February "
                        + "2024   *\n\nNORFOLK SAFEGUARDING CHILDREN PARTNERSHIP\n\nLOCAL CHILD SAFEGUARDING PRACTICE REVIEW\n\n"
                        + "\"REECE\"\n", Optional.empty(), "x.txt"));
        // the subject after a line that only links it ('in respect of')
        assertEquals("CASE MANAGEMENT REVIEW: CHILD R", MetadataAnalyser.title("SAFEGUARDING BOARD FOR NORTHERN IRELAND\n\n"
                + "       CASE MANAGEMENT REVIEW\n\n          in respect of\n\n              CHILD R\n\nOVERVIEW REPORT\n",
                Optional.empty(), "x.txt"));
        assertEquals("CASE MANAGEMENT REVIEW: FAMILY P", MetadataAnalyser.title("This draft is confidential to the members of the "
                + "Case Management Review Panel\nCASE MANAGEMENT REVIEW\nFAMILY P\n", Optional.empty(), "x.txt"));
        // an italic or bold title is no box
        assertEquals("*Serious Case Review: Child A*", MetadataAnalyser.title("*Serious Case Review: Child A*\nA briefing for "
                + "practitioners\n", Optional.empty(), "x.md"));
        // the national panel's name is no review group
        assertEquals("A national review by the Child Safeguarding Practice Review Panel", MetadataAnalyser.title(
                "A national review by the Child Safeguarding Practice Review Panel\n", Optional.empty(), "x.txt"));
    }
}
