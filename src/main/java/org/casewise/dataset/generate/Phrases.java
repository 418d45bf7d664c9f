package org.casewise.dataset.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Connective text of generated reports: introductions, methods, scope statements and briefings'
 * prompts, several wordings each. Case slots ({board}, {year}, {incident}, {scopeStart},
 * {scopeEnd}, {label}, {author}) are filled by {@link #fillCase}; family slots by {@link Slots}.
 * Nothing here evidences a theme: theme sentences come only from the phrase bank.
 */
final class Phrases {

    /** Why a review was commissioned, in the vocabulary of its era: rapid reviews only exist from 2018. */
    static final List<String> DECISION = List.of(
            "The decision to undertake a review was made because the case raised questions about inter-agency working and the potential for learning.",
            "{board} agreed that the circumstances met the statutory criteria and appointed {author} as independent reviewer.");
    static final List<String> DECISION_SCR = List.of(
            "The Serious Case Review Panel met in {incident} and recommended to the Chair that a review be undertaken because of concerns about how agencies had worked together.",
            "The Independent Chair of the LSCB decided that the criteria for a Serious Case Review set out in Working Together were met.");
    static final List<String> DECISION_LCSPR = List.of(
            "The case was notified to the national panel and the safeguarding partners agreed that the criteria for a local review were met.",
            "A rapid review was held within fifteen working days and recommended that a local review be commissioned.");
    static final List<String> SCOPE = List.of(
            "The review considered agency involvement from {scopeStart} to {scopeEnd}, with relevant earlier history summarised where it helped to understand the family.",
            "The period under review ran from {scopeStart} until the incident in {scopeEnd}.",
            "Agencies were asked to provide information about their contact with the family between {scopeStart} and {scopeEnd}.");
    static final List<String> IMR_METHOD = List.of(
            "Individual Management Reviews were commissioned from each agency that had contact with the family. Each IMR author was independent of line management of the practitioners involved. The overview author read all IMRs and chronologies and met the IMR authors as a group.",
            "The review followed the model set out in Working Together: agencies produced chronologies and Individual Management Reviews, which the panel scrutinised before the overview report was written.",
            "Each agency completed a chronology and an Individual Management Review. The panel, chaired independently, met six times and challenged the IMRs before agreeing the findings.");
    static final List<String> SCIE_METHOD = List.of(
            "The review used the Social Care Institute for Excellence Learning Together model, a systems approach which looks beyond individual actions to the organisational factors that made good or poor practice more or less likely.",
            "A systems methodology was used. Case Group practitioners took part in individual conversations and two follow-on meetings, and the Review Team identified the underlying patterns that shaped practice.",
            "The review was conducted using the Learning Together approach. It does not seek to apportion blame but to understand why practitioners acted as they did at the time.");
    static final List<String> HYBRID_METHOD = List.of(
            "The review combined agency chronologies with a practitioner learning event and conversations with managers.",
            "A hybrid methodology was used: agency reports were followed by a learning event attended by twenty-two practitioners.",
            "The reviewer read agency records, met practitioners individually and held a reflective workshop before drafting the report.");
    static final List<String> LCSPR_METHOD = List.of(
            "The review was led by an independent reviewer working with a panel of senior managers from the three safeguarding partners. Practitioners contributed through a learning event.",
            "Following the rapid review, the safeguarding partners commissioned an independent reviewer. Agencies provided reports, and practitioners and managers were interviewed.",
            "The reviewer used an appreciative, practitioner-led approach, recognising good practice as well as areas for development.");
    static final List<String> NATIONAL_METHOD = List.of(
            "We reviewed the local reviews and rapid reviews of the cases, spoke to practitioners and leaders in each area, and tested our emerging findings with an expert reference group.",
            "The Panel examined case material from several local areas and held focus groups with practitioners, managers and family members.");
    static final List<String> RAPID_REVIEW = List.of(
            "The rapid review met within fifteen working days of the notification. It identified immediate learning for the police and health partners and recommended a local review.",
            "At the rapid review the safeguarding partners agreed that the case might highlight improvements needed to safeguard children and that further learning could be gained from a full review.");
    static final List<String> FAMILY_INVOLVEMENT = List.of(
            "{mother} met the reviewer and spoke about the support the family received. {father} was invited to contribute but did not respond.",
            "Both parents were written to at the start of the review. {mother} chose not to take part because of ongoing criminal proceedings.",
            "The reviewer met the child's grandparents, who described the family's experience of services.");
    static final List<String> SUMMARY = List.of(
            "This review concerns {child}, who was {age} at the time of the incident that led to the review.",
            "This is a summary of a review into the circumstances of {child}. The full report sets out the learning for local agencies.");
    static final List<String> LIVED_EXPERIENCE = List.of(
            "The reviewer has tried throughout to hold on to what daily life was like for {child}, and what {pronoun} would have seen and heard at home.",
            "Little was recorded about what life was like for {child} day to day. The review has pieced this together from agency records and from what family members told the reviewer.");
    static final List<String> BRIEFING_BACKGROUND = List.of(
            "This briefing summarises the learning from a review of the circumstances of {child}, who was {age}.",
            "{board} published a review about {child} in {year}. This briefing sets out what practitioners need to know.");
    static final List<String> WHY_IT_MATTERS = List.of(
            "The same issues have been found in reviews locally and nationally. Every practitioner can make a difference by acting on this learning.",
            "National analyses of reviews show that these circumstances recur. Learning only makes a difference when it changes practice.");
    static final List<String> FURTHER = List.of(
            "The full report is available on the Partnership's website. Multi-agency training on this learning is available through the training programme.",
            "Read the full review and the action plan on the website, and discuss this briefing at your next team meeting.");
    static final List<String> FOREWORD = List.of(
            "This review looks at what happened to children whose circumstances were known to several agencies. Their experiences must shape how we protect children in future.",
            "The Panel has examined these cases because they raise issues of national significance.");
    static final List<String> FAMILY = List.of(
            "{child} lived with {mother} and {sibling}. {father} lived nearby and had irregular contact.",
            "The household consisted of {mother}, {partner} and the children. {father} had little contact after the parents separated.",
            "{mother} had moved to the area two years before the incident. The family had few links with relatives locally.",
            "{child} was the youngest of three children. The family had been known to agencies in another area before moving.");
    static final List<String> CONCLUSION = List.of(
            "It is not possible to say whether a different response would have prevented what happened. The review has, however, identified learning which is important for all agencies.",
            "Practitioners worked hard with this family and there were examples of good practice. The learning identified must now be embedded across the partnership.",
            "The review found that the harm was not predictable, but that opportunities to understand the child's experience were missed.");

    private static final List<String> QUESTIONS = List.of(
            "What would you do if a parent's account did not match what you saw?",
            "How do you find out who lives in the household?",
            "When did you last see a child on their own, and what did they tell you?",
            "How do you escalate a concern if you disagree with a decision?",
            "What do you know about the history of the families you work with?",
            "How do you involve fathers and male carers in your assessments?",
            "Who else might hold information about this family?");
    private static final List<String> BOARD_QUESTIONS = List.of(
            "How can the Board be assured that this pattern is not present in current cases?",
            "What would help practitioners to recognise this issue earlier?",
            "Is the Board aware of how widespread this issue is in local practice?",
            "What are the organisational barriers that make this more likely, and can they be removed?");
    private static final List<String> GLOSSARY = List.of(
            "CSC - Children's Social Care", "HV - Health Visitor", "GP - General Practitioner",
            "CAMHS - Child and Adolescent Mental Health Services", "MASH - Multi-Agency Safeguarding Hub",
            "MARAC - Multi-Agency Risk Assessment Conference", "IMR - Individual Management Review",
            "CP - Child Protection", "CIN - Child in Need", "ED - Emergency Department", "s47 - Section 47 enquiry");

    private Phrases() {
    }

    /** Why the review happened, by outcome and by the child's age. */
    static String outcome(CaseFacts f, SplittableRandom r) {
        String when = "{incident}";
        if (f.kind().adult()) {
            return f.outcome().equals("death")
                    ? "This review concerns the death of " + f.caseLabel() + " in " + when + "."
                    : "This review concerns serious harm suffered by " + f.caseLabel() + " in " + when + ".";
        }
        return switch (f.outcome()) {
            case "death" -> CasePlanner.pick(r, "In " + when + " {child}, then {age}, died.",
                    "{child} died in " + when + " at the age of {age}.".replace("the age of {age}", "{age}"),
                    "This review was commissioned following the death of {child}, aged {age}, in " + when + ".");
            case "serious-harm" -> CasePlanner.pick(r, "In " + when + " {child}, then {age}, was admitted to {hospital} with serious injuries.",
                    "{child} suffered serious harm in " + when + ", when {pronoun} was {age}.",
                    "This review concerns the serious harm suffered by {child}, aged {age}, in " + when + ".");
            default -> "This review was commissioned because the circumstances of {child}, aged {age}, raised concerns about how agencies worked together.";
        };
    }

    /** The decision sentences that fit this kind of review. */
    static List<String> decision(CaseFacts f) {
        List<String> out = new ArrayList<>(DECISION);
        if (f.kind() == ReviewKind.ENGLAND_SCR || f.kind() == ReviewKind.EXECUTIVE_SUMMARY) {
            out.addAll(DECISION_SCR);
        } else if (f.kind() == ReviewKind.ENGLAND_LCSPR || f.kind() == ReviewKind.NATIONAL_REVIEW
                || f.kind() == ReviewKind.LEARNING_BRIEF && f.year() >= 2019) {
            out.addAll(DECISION_LCSPR);
        }
        return out;
    }

    /** Month of the incident (1-12), derived from the facts so that related reports agree. */
    static int incidentMonth(CaseFacts f) {
        return Math.floorMod(f.publicationDate().getMonthValue() + 4, 12) + 1;
    }

    static String fillCase(String template, CaseFacts f) {
        String board = f.printedBoard() == null ? "The safeguarding partnership" : f.printedBoard();
        return template.replace("{board}", board)
                .replace("{year}", String.valueOf(f.year()))
                .replace("{incident}", monthName(f) + " " + f.incidentYear())
                .replace("{scopeStart}", "January " + (f.incidentYear() - 1))
                .replace("{scopeEnd}", monthName(f) + " " + f.incidentYear())
                .replace("{label}", f.caseLabel())
                .replace("{author}", f.author());
    }

    private static String monthName(CaseFacts f) {
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
        return months[incidentMonth(f) - 1];
    }

    static List<String> questions(SplittableRandom r) {
        return sample(r, QUESTIONS, 3);
    }

    static List<String> boardQuestions(SplittableRandom r) {
        return sample(r, BOARD_QUESTIONS, 2);
    }

    static List<String> glossary(SplittableRandom r) {
        return sample(r, GLOSSARY, 5 + r.nextInt(4));
    }

    /** Section headings name themes in some reports and paraphrase them in others. */
    static String themeHeading(String label, SplittableRandom r) {
        return CasePlanner.pick(r, label, "Learning about " + label.toLowerCase(java.util.Locale.UK), label + " and its impact on the child");
    }

    private static List<String> sample(SplittableRandom r, List<String> pool, int n) {
        List<String> copy = new ArrayList<>(pool);
        List<String> out = new ArrayList<>();
        while (out.size() < n && !copy.isEmpty()) {
            out.add(copy.remove(r.nextInt(copy.size())));
        }
        return out;
    }
}
