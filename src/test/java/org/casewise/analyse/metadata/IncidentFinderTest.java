package org.casewise.analyse.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The incident's outcome and year from opening sentences worded as real reviews word them. */
class IncidentFinderTest {

    private static IncidentFinder.Result find(String subject, String... sentences) {
        return IncidentFinder.find(List.of(sentences), List.of(Pattern.compile("\\b" + subject + "\\b")), true);
    }

    @Test
    void eventToldByPronounAfterASentenceAboutTheChild() {
        IncidentFinder.Result r = find("Rowan", "LCSPR: Baby Rowan",
                "Rowan was born in March 2023.",
                "In July 2023, when he was four months old, he was found unresponsive in the bath at the family home.",
                "Paramedics tried to resuscitate Rowan, but he died in hospital the following day.");
        assertEquals("death", r.outcome());
        assertEquals(2023, r.incidentYear());
    }

    @Test
    void deathToldFirstWithoutItsDateThenWithIt() {
        IncidentFinder.Result r = find("L", "Significant Case Review: Child L",
                "It is with great sadness that the Committee publishes this review following the death of a little boy, L.",
                "The Committee commissioned this review because L's death raised serious questions.",
                "Publication was delayed until the conclusion of criminal proceedings in the summer of 2015.",
                "The review period was agreed as January 2012 to the date of L's death.",
                "On an evening in March 2014, the ambulance service was called to the family home by L's mother.",
                "Paramedics found L unresponsive and he was pronounced dead shortly after arrival.");
        assertEquals("death", r.outcome());
        assertEquals(2014, r.incidentYear());
    }

    @Test
    void harmToldInOtherWords() {
        // the incident's date in a clause after 'the incident that led to the review'; a child found outside at
        // night and treated for hypothermia was seriously harmed
        IncidentFinder.Result cold = find("Rory", "Local Child Safeguarding Practice Review: Finley and Rory",
                "1.1 At the time of the incident that led to the review, in December 2021, Finley was seven years old and Rory was four.",
                "2.1 In the early hours of 11 December 2021 a taxi driver found Rory walking alone along the road near his home.",
                "Rory was taken to hospital and treated for mild hypothermia; he also had a nappy rash.");
        assertEquals("serious-harm", cold.outcome());
        assertEquals(2021, cold.incidentYear());
        // the Welsh criteria met in this case, and abuse a child disclosed
        IncidentFinder.Result met = find("Child C", "Extended Child Practice Review: Child C",
                "The criteria for an extended review were met because abuse of a child was known; the child had sustained serious "
                        + "impairment of health and development.",
                "Child C is a girl who was nine years old when, in February 2014, her mother found messages on her tablet.");
        assertEquals("serious-harm", met.outcome());
        IncidentFinder.Result disclosed = find("Child C", "Extended Child Practice Review: Child C",
                "In a joint investigation Child C went on to disclose that Mr F had sexually abused her over a year.");
        assertEquals("serious-harm", disclosed.outcome());
        // abuse told to a teacher: the disclosure is the event, and its year the incident's
        IncidentFinder.Result told = find("Leah", "Local Child Safeguarding Practice Review: \"LEAH\"",
                "1. In June 2019, when she was 13 years old, Leah told her form tutor at her secondary school that her "
                        + "stepfather had been sexually abusing her.");
        assertEquals("serious-harm", told.outcome());
        assertEquals(2019, told.incidentYear());
        // telling of something that is not abuse is no event
        IncidentFinder.Result chat = find("Leah", "Local Child Safeguarding Practice Review: \"LEAH\"",
                "1. In June 2019 Leah told her form tutor that she had been neglected at weekends, the review found.");
        assertEquals(null, chat.incidentYear());
    }

    @Test
    void aCoverFieldGivesTheDateOfTheIncident() {
        IncidentFinder.Result r = find("Baby H", "RAPID REVIEW: BABY H",
                "Date of incident: 22 February 2023",
                "Date of notification to National Panel: 23.02.2023",
                "1.2 This case was notified because Baby H died suddenly and unexpectedly while sharing a sofa with her father.");
        assertEquals("death", r.outcome());
        assertEquals(2023, r.incidentYear());
    }

    @Test
    void anAccountThatOpensWithItsDate() {
        // the death is told two sentences after the date, by a pronoun, with no date of its own
        IncidentFinder.Result fire = find("Child J", "SERIOUS CASE REVIEW: CHILD J",
                "Date of Overview Report: December 2008",
                "1.1 In the early hours of Sunday 9th March 2008 a fire broke out at the home of Child J, a boy aged fourteen.",
                "Firefighters brought Child J out of his first floor bedroom.",
                "He was taken to hospital but was pronounced dead shortly after arrival.");
        assertEquals("death", fire.outcome());
        assertEquals(2008, fire.incidentYear());
        IncidentFinder.Result stabbing = find("Daniel", "CASE MANAGEMENT REVIEW",
                "This review concerns a seven-year-old boy who was gravely injured by his father.",
                "1. On the evening of 14 April 2019 the police received several 999 calls from neighbours.",
                "Officers arrived within eight minutes.",
                "They found a seven-year-old boy, referred to in this report as Daniel, with stab wounds to his abdomen.",
                "2. The ambulance service took Daniel to hospital, where he was admitted to intensive care.",
                "The review covered the period from 1 January 2017 to 14 April 2019.");
        assertEquals("serious-harm", stabbing.outcome());
        assertEquals(2019, stabbing.incidentYear());
        // a dated sentence far from any harm or death is not the incident's
        IncidentFinder.Result far = find("Ellie", "LCSPR: Ellie",
                "Ellie was seriously harmed.",
                "She has told us that some professionals made her feel that she mattered.",
                "In March 2016 the family moved to the area.",
                "They lived with the maternal grandmother.",
                "Ellie started at a new school.",
                "She made friends quickly.",
                "Her overdose followed months of abuse.");
        assertEquals("serious-harm", far.outcome());
        assertEquals(null, far.incidentYear());
    }

    @Test
    void longRunningAbuseIsDatedByItsDisclosureNotByAnEarlierEvent() {
        IncidentFinder.Result r = find("Zofia", "Significant Case Review: 'Zofia'",
                "This Significant Case Review concerns a young girl, whom we have called 'Zofia', who was sexually abused over"
                        + " a long period by an adult relative living in her family home.",
                "Zofia has a learning disability and limited spoken language.",
                "1.1 In August 2017 the Child Protection Committee received a notification that a child, then aged 12, had made"
                        + " disclosures of serious sexual abuse by her maternal uncle.",
                "3.3 In August 2014 Zofia's maternal uncle arrived from Poland and moved into the flat.");
        assertEquals("serious-harm", r.outcome());
        assertEquals(2017, r.incidentYear());
    }

    @Test
    void theDeathOfAnotherNamedPersonIsNotTheChilds() {
        // the mother is named; the subject child was seriously injured in the same attack
        IncidentFinder.Result r = find("Maisie", "LCSPR: Maisie and Baby J",
                "1.2 The reviewers wish to begin by acknowledging the death of Leanne.",
                "2.1 In July 2019 Maisie was seriously injured when Mr B attacked the household.");
        assertEquals("serious-harm", r.outcome());
        assertEquals(2019, r.incidentYear());
    }

    @Test
    void noSingleEventIsOutcomeOther() {
        IncidentFinder.Result r = find("Child A", "Concise Child Practice Review",
                "The criteria for a concise review are that abuse or neglect of a child is known or suspected, that the child"
                        + " has died or experienced serious and potentially long-term harm.",
                "This review is unusual in that there was no single event.",
                "The Board considered that the children had experienced serious harm as a result of chronic neglect.");
        assertEquals("other", r.outcome());
    }

    @Test
    void noSinglePrecipitatingEventIsOutcomeOtherAndTheWelshCriteriaAreNoDeath() {
        IncidentFinder.Result neglect = find("M1", "Significant Case Review",
                "1.1 Late on the evening of 22 February 2014 officers found four children in the flat: M1, a girl then aged eleven.",
                "1.5 There was no single precipitating event of the kind that ordinarily leads to a Significant Case Review.",
                "The review was requested by the Children's Reporter because concerns had been raised repeatedly.");
        assertEquals("other", neglect.outcome());
        // the criteria quoted with a comma ('has died, sustained ...'), then the harm in this case
        IncidentFinder.Result w = find("Child W", "Extended Child Practice Review: Child W",
                "The criteria for an extended review are that abuse or neglect of a child is known or suspected and the child"
                        + " has died, sustained potentially life-threatening injury or serious and permanent impairment.",
                "In May 2016 Child W was found by police in a flat. She had taken a significant overdose of paracetamol"
                        + " and was admitted to intensive care.");
        assertEquals("serious-harm", w.outcome());
        assertEquals(2016, w.incidentYear());
    }

    @Test
    void aRelativesDeathIsNotTheChildsAndTheHarmNamedIsTheIncident() {
        IncidentFinder.Result d = find("D", "Case Management Review: D",
                "1.3 On 12 December 2016 D was taken to hospital where he was found to be severely underweight and dehydrated.",
                "1.5 The Panel met on 17 January 2017 and agreed that the criteria were met: a child had sustained serious harm.",
                "3.2 D's maternal grandmother lived close by and, until her death in March 2015, took D for several nights each month.");
        assertEquals("serious-harm", d.outcome());
        assertEquals(2016, d.incidentYear());
        IncidentFinder.Result kai = find("Kai", "Local Child Safeguarding Practice Review: Kai",
                "1.1 This review concerns a young man called Kai.",
                "In August 2022, when he was 15 years old, Kai was stabbed in the street a short distance from his home.");
        assertEquals("serious-harm", kai.outcome());
        assertEquals(2022, kai.incidentYear());
    }

    @Test
    void aDeathInPassingOrOneThatDidNotHappenIsNoDeath() {
        // a grandfather's death told in a relative clause of a sentence about the child
        IncidentFinder.Result r = find("Child R", "Extended Child Practice Review: Child R",
                "1.4 Late on the evening of 21 November 2020 Child R went to a neighbour's house and was admitted to hospital,"
                        + " severely underweight.",
                "2.1 Child R was born in April 2008.",
                "She lived with her mother and, until 2014, her maternal grandfather, who has since died.",
                "Mr D joined the household in 2015.");
        assertEquals("serious-harm", r.outcome());
        assertEquals(2020, r.incidentYear());
        // what would have happened without treatment
        IncidentFinder.Result jess = find("Jess", "Local Child Safeguarding Practice Review: 'Jess'",
                "1.1 On 14 October 2019, aged 17, Jess was taken by ambulance to hospital after her support worker found her"
                        + " collapsed in her room.",
                "She was admitted to the paediatric ward in a critical condition.",
                "The consultant paediatrician told the review that without admission that day, Jess would probably have died.");
        assertEquals("serious-harm", jess.outcome());
        assertEquals(2019, jess.incidentYear());
    }

    @Test
    void aGrandmothersDeathInTheFamilysStoryIsNotTheChilds() {
        IncidentFinder.Result r = find("Kai", "Local Child Safeguarding Practice Review: Kai",
                "1.1 In June 2021 Kai was admitted to hospital severely malnourished.",
                "4.1 Kai is White British.",
                "His maternal grandmother lived with them from 2015 until her death in November 2019.",
                "She did the shopping, took Kai to school and kept the house going; her death is important to understanding"
                        + " what followed.");
        assertEquals("serious-harm", r.outcome());
        assertEquals(2021, r.incidentYear());
    }

    @Test
    void anAccountThatOpensWithTheTimeOfDay() {
        IncidentFinder.Result r = find("Child M", "SCR Child M: Overview Report",
                "1.1 The Board commissioned this Serious Case Review in November 2010, following the death of a child referred"
                        + " to in this report as Child M.",
                "Child M was two years and seven months old when he died.",
                "Publication was deferred until criminal proceedings concluded in February 2012.",
                "2.1 At 07.40 on a morning in October 2010 the ambulance service received a call from Child M's mother.",
                "Paramedics found Child M in his cot in an upstairs bedroom.",
                "Resuscitation was attempted and he was taken to the local hospital, where he was pronounced dead shortly after"
                        + " arrival.");
        assertEquals("death", r.outcome());
        assertEquals(2010, r.incidentYear());
    }

    @Test
    void theCriteriaQuotedInGeneralAreNotTheIncident() {
        // the criteria come first and name harm; the child's harm, dated, comes after
        IncidentFinder.Result r = find("Child A", "CHILD PRACTICE REVIEW REPORT",
                "Volume 2 - Child Practice Reviews (Welsh Government, 2016), issued under the Social Services and Well-being"
                        + " (Wales) Act 2014.",
                "The criteria for a concise review are met where, within the area of the Board, abuse or neglect of a child is"
                        + " known or suspected, the child has sustained potentially life threatening injury or serious and"
                        + " permanent impairment of health or development.",
                "Circumstances resulting in the review",
                "Child A is an eleven year old girl.",
                "On 14 June 2017 the Family Liaison Officer from Child A's special school made a home visit because Child A had"
                        + " not attended school for three weeks.",
                "She found Child A lying on the living room sofa, very thin, breathing rapidly and not responding to her voice.",
                "She called an ambulance.",
                "Child A was admitted to the Royal Gwent Hospital with aspiration pneumonia, dehydration and severe malnutrition.",
                "She also had a grade 4 pressure ulcer over her sacrum.",
                "She was transferred to the Paediatric Intensive Care Unit at the Noah's Ark Children's Hospital for Wales, where"
                        + " she remained for nine days.",
                "A strategy discussion was held on 15 June 2017 and a joint Section 47 enquiry was undertaken.",
                "Her parents separated in the summer of 2015.",
                "The review considered agency involvement from 1 September 2015 to 14 June 2017.",
                "September 2015 was the start of the school year following the parents' separation, after which the pattern of"
                        + " Child A's care at home began to change.");
        assertEquals("serious-harm", r.outcome());
        assertEquals(2017, r.incidentYear());
        // with nothing else, the criteria still say the review was held for serious harm, but give no year
        IncidentFinder.Result only = find("Child B", "Concise Child Practice Review",
                "The criteria for a concise review are met where abuse or neglect of a child is known or suspected and the child"
                        + " has sustained potentially life-threatening injury (Welsh Government, 2016).",
                "Child B lived with his mother.");
        assertEquals("serious-harm", only.outcome());
        assertNull(only.incidentYear());
    }

    @Test
    void childrenWhoWereAbusedOverTimeWereSeriouslyHarmed() {
        IncidentFinder.Result r = find("Isla", "Local Child Safeguarding Practice Review: Isla and Noah",
                "1.1 This review concerns two children, Isla and Noah, who were sexually abused over a period of about eighteen"
                        + " months by Mr Y, their mother's partner.",
                "At the time the abuse came to light in March 2024 Isla was eight years old and Noah was six.",
                "1.3 In November 2024 Mr Y pleaded guilty to a number of offences against both children.");
        assertEquals("serious-harm", r.outcome());
        assertEquals(2024, r.incidentYear());
    }

    @Test
    void theFindingsAfterAnEventToldOfTheChildByPronoun() {
        IncidentFinder.Result m = find("M", "LEARNING REVIEW: \"M\"",
                "1. This Learning Review concerns a baby girl, referred to in this report as M.",
                "M was born in July 2022.",
                "In September 2022, when she was nine weeks old, she was taken by ambulance to the regional hospital.",
                "Investigations showed bleeding around the brain (subdural haemorrhages).");
        assertEquals("serious-harm", m.outcome());
        assertEquals(2022, m.incidentYear());
    }

    @Test
    void findingsToldRightAfterTheEventAreTheChildsHarm() {
        IncidentFinder.Result r = find("Baby T", "LCSPR: Baby T",
                "In September 2022 Baby T, then seven weeks old, was taken by ambulance to hospital after his mother called 999.",
                "A CT scan showed bilateral subdural haemorrhages, and an examination found retinal haemorrhages in both eyes.",
                "Baby T survived.");
        assertEquals("serious-harm", r.outcome());
        assertEquals(2022, r.incidentYear());
    }

    @Test
    void citedGuidanceYearIsNotTheIncident() {
        IncidentFinder.Result r = find("Child W", "Concise Child Practice Review: Child W",
                "A concise review was commissioned in accordance with the Guidance for Multi-Agency Child Practice Reviews"
                        + " (Welsh Government, 2012).",
                "The criteria for a concise review were met: Child W had sustained potentially life-threatening injuries.",
                "Child W is a boy who was two years and four months old in August 2015.",
                "On the evening of 14 August 2015 he was attacked by a dog in the kitchen of the family home.");
        assertEquals("serious-harm", r.outcome());
        assertEquals(2015, r.incidentYear());
    }

    @Test
    void harmAtTheEventPreferredToTheConvictionDate() {
        IncidentFinder.Result r = find("F", "Serious Case Review: F",
                "F was born in the summer of 1997.",
                "She was fifteen years old in March 2013, when police officers found her in a flat with three adult men.",
                "She was heavily intoxicated, and she later told officers that she had been raped.",
                "One man was convicted in June 2014 of rape of a child.");
        assertEquals("serious-harm", r.outcome());
        assertEquals(2013, r.incidentYear());
    }

    @Test
    void criteriaStatedAsMetForThisCaseStateTheHarm() {
        IncidentFinder.Result r = find("Baby N", "Case Management Review: Baby N",
                "In November 2018 Baby N, a girl aged nine weeks, was taken by ambulance from her home to hospital.",
                "The Panel considered the notification in January 2019 and concluded that the criteria in Regulation 17 of the"
                        + " Regulations (Northern Ireland) 2012 were met, in that a child had been seriously harmed.");
        assertEquals("serious-harm", r.outcome());
        assertEquals(2018, r.incidentYear());
    }

    @Test
    void noSingleIncidentIsOtherEvenWithNeglectNamed() {
        IncidentFinder.Result r = find("Erin", "Case Management Review: 'Erin'",
                "There was no single incident that led to this review.",
                "In June 2018 Erin was found asleep in the school foyer because there was no food in the house.",
                "Erin's name was placed on the register under the category of neglect.",
                "The Panel was satisfied that the criteria in Regulation 17 were met, on the basis that the case gave rise to"
                        + " concerns about neglect and about how agencies worked together.");
        assertEquals("other", r.outcome());
        assertNull(r.incidentYear());
    }

    @Test
    void aRiskOfHarmIsNoHarmAndAReviewMeetingNoIncident() {
        IncidentFinder.Result r = find("Baby R", "Local Child Safeguarding Practice Review: Baby R",
                "1.1 This review concerns Baby R, who was seven weeks old when, in December 2020, he was taken to hospital by "
                        + "ambulance after his father called 999.",
                "The safeguarding partners held a rapid review meeting in January 2021.",
                "The rapid review concluded that the criteria for a local child safeguarding practice review were met because "
                        + "Baby R had been seriously harmed, in particular:",
                "- the response to a bruise in a non-mobile baby.",
                "4.4 Mr S had a significant history that was known to some agencies.",
                "- In 2018 Mr S was convicted of assault by beating of a former partner.",
                "He attended eight sessions.",
                "- In 2019 the same former partner was assessed as being at high risk of serious harm.");
        assertEquals("serious-harm", r.outcome());
        assertEquals(2020, r.incidentYear());
    }

    @Test
    void harmDeniedAndEveryDateWithATwoDigitYear() {
        // a Scottish report that dates everything dd.mm.yy and says outright that the child was not harmed;
        // the decision to review comes with its date between 'decided' and 'that'
        IncidentFinder.Result r = find("Child L", "SIGNIFICANT CASE REVIEW CHILD L",
                "1.1 On 12.11.13 officers of Police Scotland attended a flat in Fife to check on the welfare of a child.",
                "They found Child L (DOB 17.05.06) living with her mother in conditions described as the worst they had seen.",
                "1.4 Child L did not die and was not seriously injured.",
                "The Chief Officers' Group decided on 09.12.13 that a Significant Case Review should be held, because the "
                        + "circumstances raised significant concern about how services had worked together.");
        assertEquals("other", r.outcome());
        assertEquals(2013, r.incidentYear(), "the dated account of how the child came to notice");
    }

    @Test
    void anOtherReviewIsDatedByHowTheChildCameToNotice() {
        IncidentFinder.Result r = find("Child 1", "LCSPR: Family M",
                "2.1 Late on an evening in November 2018 a neighbour called Essex Police because she could hear young children"
                        + " crying.",
                "Officers attended and found Child 1 and Child 2 alone.",
                "2.3 The Partnership convened a rapid review in December 2018.",
                "The rapid review decided that a local review should be undertaken because of concerns about how agencies "
                        + "worked together.");
        assertEquals("other", r.outcome());
        assertEquals(2018, r.incidentYear());
    }

    @Test
    void harmToldAsFindingsAfterTheBabyWasBroughtIn() {
        // no sentence names both the child and a harm word with an event word, as the rules first asked
        IncidentFinder.Result r = find("Rosie", "LCSPR: Rosie",
                "1.1 This review concerns a baby girl who will be called Rosie in this report.",
                "Rosie was born on 9 August 2022.",
                "On 28 September 2022, when she was seven weeks old, her father brought her to the Emergency Department.",
                "A CT scan showed bleeding over the surface of her brain of more than one age.",
                "Rosie was transferred to a paediatric intensive care unit.",
                "1.3 The partners decided that the case met the criteria for a local review, because there was learning about "
                        + "the recognition of early signs of harm to a non-mobile baby.");
        assertEquals("serious-harm", r.outcome());
        assertEquals(2022, r.incidentYear());
    }

    /** A fight told over six sentences, the harm in the last; {@code opening} is the dated first. */
    private static IncidentFinder.Result fight(String opening, String... after) {
        List<String> sentences = new java.util.ArrayList<>(List.of("CHILD PRACTICE REVIEW", opening,
                "Officers found the mother with a bleeding face.",
                "Child A was found in the back bedroom holding Child C.",
                "She told the first officer that Dad had thrown B at the door.",
                "Mr B was arrested at the scene.",
                "Child B was taken to hospital, where a fracture of the wrist was confirmed."));
        sentences.addAll(List.of(after));
        return IncidentFinder.find(sentences, List.of(Pattern.compile("\\bChild B\\b")), true);
    }

    @Test
    void aNumberedParagraphIsOneAccountToItsEnd() {
        // the dated opening and the harm five sentences later are one paragraph
        IncidentFinder.Result r = fight("1.2 In the early hours of 3 November 2013 a neighbour telephoned the police after"
                + " hearing screaming.", "1.3 The children had been on the child protection register under the category of"
                + " emotional abuse.");
        assertEquals("serious-harm", r.outcome());
        assertEquals(2013, r.incidentYear());
        // unnumbered, the same account is read only three sentences on: the year stays unknown rather than guessed
        IncidentFinder.Result unnumbered = fight("In the early hours of 3 November 2012 a neighbour telephoned the police after"
                + " hearing screaming.");
        assertEquals("serious-harm", unnumbered.outcome());
        assertNull(unnumbered.incidentYear());
    }
}
