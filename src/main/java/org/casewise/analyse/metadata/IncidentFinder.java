package org.casewise.analyse.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.GateText;
import org.casewise.analyse.GatedPattern;

/**
 * What happened to the subject and when: the outcome (death, serious-harm, other) and the year of
 * the incident that led to the review. Reads only the opening parts of a report (cover,
 * introduction, summary), because chronologies and analyses are full of other injuries and dates;
 * the caller chooses those sentences.
 *
 * <p>This class finds the sentence that tells the incident, and from it the outcome; which year is
 * the incident's is then worked out by {@link IncidentYears} from that sentence and the rest of
 * the opening. The cues both need (DEATH, HARM, EVENT_CUE, REMIT, REASON, CHILD_WORD) and the tests
 * for the subject (mentionsSubject, byPronounAfterName) are therefore package-private.
 */
final class IncidentFinder {

    private static final String PARENT = "(?:mother|mum|father|dad|parents?|grandmother|grandfather|grandparent|partner"
            + "|stepfather|step-father|carer|aunt|uncle|husband|wife|sibling|brother|sister)";
    static final Pattern DEATH = Pattern.compile("(?i)\\b(?:died|dies|death|was found dead|found lifeless"
            + "|pronounced (?:dead|life extinct)|was killed|were killed|murdered|unlawfully killed|took (?:his|her|their) own life"
            + "|found deceased"
            + "|suicide|fatal(?:ly)?|passed away|manslaughter|homicide)\\b");
    /** DEATH tried only where one of its words starts: every opening sentence is asked. */
    private static final GatedPattern DEATH_GATED = new GatedPattern(DEATH);
    /** Deaths that are not the subject's, or did not happen. */
    private static final GatedPattern NOT_SUBJECT_DEATH = GatedPattern.compile("(?i)(?:death of (?:his|her|their|the child's|a|the) "
            + "(?:\\w+ )?" + PARENT + "|" + PARENT + "(?:'s)? (?:had )?(?:died|death)|(?:his|her|their) " + PARENT + "(?:'s)? death"
            + "|risk of (?:death|suicide)|near[- ]death|did not die|death threats?"
            // what did not happen: 'without admission that day, Jess would probably have died'
            + "|(?:could|might|would|may)(?: (?:probably|likely|well|possibly|easily|otherwise|almost certainly))? have died"
            // a relative's death told in passing: 'her maternal grandfather, who has since died'
            + "|" + PARENT + ",? who (?:has |had )?(?:since |later |subsequently |recently )?died"
            // 'His maternal grandmother lived with them from 2015 until her death in November 2019'
            + "|" + PARENT + "\\b[^.;]{0,80}?\\buntil (?:her|his|their) (?:own )?death"
            + "|threat(?:s|ened)? (?:to kill|of suicide|suicide)|suicidal (?:ideation|thoughts)|suicide attempt|attempted suicide"
            + "|domestic homicide reviews?(?! ?:)|homicide reviews? (?:and|or)|deaths? (?:and|or) serious (?:injur|harm)|child deaths? overview"
            + "|child death review|(?:death|deaths) (?:of|in) (?:children|infants|babies)\\b|infant deaths|sudden infant death syndrome (?:guidance|campaign)"
            + "|how agencies (?:understood|responded)|(?:theme|learning about|learning from)\\W+(?:\\w+ ){0,3}deaths?"
            // the statutory criteria quoted: 'met where a child has died or sustained potentially life-threatening injury'
            + "|(?:where|when|if|whether|that) (?:a |the )?(?:child|young person) (?:has )?(?:died|dies) or"
            // the Welsh criteria: '... is known or suspected and the child has died or sustained potentially ...'
            + "|(?:child|young person) (?:has )?(?:died|dies),? or (?:has )?(?:sustained|suffered|been)"
            + "|(?:child|young person) (?:has )?(?:died|dies), (?:sustained|suffered)"
            + "|sudden (?:unexpected|infant) deaths? (?:in infancy )?and unsafe sleep|deaths? (?:and|or) (?:serious )?injur\\w*)");
    // 'assessed as being at high risk of serious harm', 'likely to suffer significant harm': a risk, not harm done;
    // 'did not die and was not seriously injured': harm denied
    static final Pattern HARM = Pattern.compile("(?i)\\b(?<!risk of )(?<!risks of )(?<!likely to suffer )(?<!not )(?<!never )(?:serious(?:ly)? (?:injur\\w*|harm\\w*|hurt|ill)"
            + "|significant (?:injur\\w*|harm)|non-accidental|inflicted|life[- ]threatening|life[- ]changing|fractur\\w*"
            + "|head injur\\w*|brain (?:injur\\w*|damage|bleed\\w*|haemorrhage)|abusive head trauma|subdural"
            // 'bleeding over the surface of her brain'
            + "|bleed(?:ing)? (?:on|in|over|around|to) (?:the (?:surface|lining) of )?(?:the|her|his|its) brain"
            + "|sexual(?:ly)? (?:abuse[ds]?|abusing|assault\\w*|exploit\\w*)|raped|rape|stabbed|stab wounds?|shot|assaulted"
            + "|overdose[ds]?|scalds?|scalded|burns|poison\\w*|ingest\\w*|intensive care|critical condition|ventilat\\w*"
            + "|permanent(?:ly)? (?:impair\\w*|disab\\w*)|serious self-harm|severe(?:ly)? (?:neglect\\w*|malnourish\\w*|injur\\w*|underweight|dehydrat\\w*)"
            + "|neglect(?:ed)?|malnourished|emaciated|starv\\w*|exploit\\w*|trafficked|harm suffered"
            // 'treated for mild hypothermia' (a child found outside at night); the Welsh criteria met: 'the child
            // had sustained serious impairment of health and development'
            + "|hypotherm\\w*|serious (?:and permanent )?impairment)");
    /** HARM run only where one of its words starts (it is also used as a plain pattern near a year). */
    private static final GatedPattern HARM_GATED = new GatedPattern(HARM);
    /** The sentence tells of something that happened to someone, not of a review's remit. */
    static final GatedPattern EVENT_CUE = GatedPattern.compile("(?i)\\b(?:suffered|sustained|was (?:admitted|taken|brought|found|injured"
            // 'was transferred to a paediatric intensive care unit'; 'her father brought her to the Emergency Department'
            + "|transferred to (?:a|the) (?:\\w+ )?(?:hospital|intensive care|unit|specialist)"
            + "|assaulted|attacked|bitten|rushed|airlifted|abused|neglected|exploited|seriously"
            + "|stabbed|shot|beaten|strangled|raped|burned|scalded|poisoned)|were (?:admitted|found|made|attacked)"
            // 'who was sexually abused over a long period by an adult relative'; 'two children, Isla and Noah, who
            // were sexually abused over a period of about eighteen months'
            + "|(?:was|were) (?:sexually|physically|emotionally|severely|repeatedly) (?:abused|assaulted|exploited|neglected|harmed|injured)"
            + "|found (?:him|her|them)|(?:brought|took|rushed|carried) (?:him|her|them) (?:in)?to|died|concerns? the"
            + "|following the|into the|after the|in respect of|resulting in|circumstances|incident|admission|presented"
            // 'Child C went on to disclose that Mr F had sexually abused her'; 'Leah told her form tutor at her
            // secondary school that her stepfather had been sexually abusing her'
            // (what was told is abuse: 'She told officers that neighbours were shouting' tells of no event)
            + "|disclos(?:e|ed|ing) that|told (?:\\w+ ){1,8}?that(?=[^.]{0,80}\\b(?:abus|assault|rap(?:e|ed|ing)\\b|sexual)))\\b");
    /** The review says nothing happened to set it off: a review of long-term neglect, outcome 'other'. */
    private static final GatedPattern NO_INCIDENT = GatedPattern.compile("(?i)\\bno (?:single |specific |particular |one )?(?:incident|event)"
            + " (?:that |which )?(?:led|prompted|triggered|gave rise)"
            // 'This review is unusual in that there was no single event.'
            + "|\\bthere (?:was|is|has been) no (?:single|specific|particular|one) (?:incident|event)\\b(?! of)"
            // 'There was no single precipitating event of the kind that ordinarily leads to a Significant Case Review.'
            + "|\\bthere (?:was|is|has been) no (?:single|specific|particular|one) (?:precipitating|triggering) (?:incident|event)\\b");
    /** The criteria for a review stated as met, which says what they name happened in this case. */
    private static final GatedPattern CRITERIA_MET = GatedPattern.compile("(?i)\\b(?:were|was|been) met\\b|\\bmet the (?:criteria|threshold)");
    /**
     * The statutory criteria quoted in general ('The criteria for a concise review are met where ... the child has sustained
     * potentially life threatening injury'): what any such review needs, not what happened to this child.
     */
    private static final GatedPattern CRITERIA_QUOTED = GatedPattern.compile("(?i)\\bcriteria\\b[^.]{0,60}?\\b(?:are|is) "
            + "(?:(?:only )?met (?:where|when|if)|that)\\b");
    /**
     * A conviction or charge for harming the child states the harm ('charged with ... sexual assault of
     * a child'), but its date is the court's: the harm told at the event itself is preferred.
     */
    private static final GatedPattern CONVICTION = GatedPattern.compile("(?i)\\b(?:charged with|convicted of|pleaded guilty to)\\b");
    // gated: a find tries 'responded to' at every offset of the sentence, the gate only where it occurs
    static final GatedPattern REMIT = GatedPattern.compile("(?i)^\\W*(?:how agencies|key lines of enquiry|to consider|whether)|responded to");
    /** The sentence gives the reason for the review: what it says happened is about the subject. */
    static final GatedPattern REASON = GatedPattern.compile("(?i)\\b(?:this|the) (?:(?:significant|serious|local|child|safeguarding"
            + "|practice|case|learning|management|extended|concise|rapid|thematic) ){0,5}review (?:\\(\\w+\\) )?(?:was )?(?:concerns?|commissioned|undertaken"
            + "|held|carried out|conducted|initiated|arranged|requested)|circumstances of|incident that led to|led to (?:this|the) review"
            + "|(?:criteria|threshold) (?:for (?:a|an|the)|in|of|under|set out in)\\b|(?:decided|agreed|recommended)(?: on [^,;]{1,25}?)? (?:to (?:undertake|commission|hold)|that)"
            + "|reasons? for (?:the|this) review|(?:notified|notification) (?:to|of)");
    /**
     * A stated reason that says why the review was held, as 'other' needs: "commissioned because ...
     * raised concerns about how agencies worked together". "A review of the circumstances of Child T"
     * says only that there was a review, which is no outcome at all.
     */
    private static final GatedPattern CAUSE = GatedPattern.compile("(?i)\\b(?:because|as a result of|concerns? (?:about|regarding|over|that)"
            + "|raised concerns|work(?:ed|ing) together|(?:met|meet|meets) the (?:criteria|threshold)|criteria for"
            + "|(?:criteria|threshold)\\b[^.]{0,80}\\b(?:were|was) met|on the basis that"
            // 'There was no single incident that led to this review': a review of long-term neglect
            + "|no (?:single |specific |particular )?(?:incident|event)\\b)");

    private IncidentFinder() {
    }

    record Result(String outcome, Integer incidentYear) {
    }

    /**
     * @param sentences the opening sentences (cover, introduction, summary), in order
     * @param subjects  patterns naming the children the review is about (may be empty)
     * @param anyText   true when the report has any substantive text (else the outcome is null)
     */
    static Result find(List<String> sentences, List<Pattern> subjects, boolean anyText) {
        String deathSentence = null;
        // the death told again later in the opening: a foreword may tell it without its date
        List<String> laterDeaths = new java.util.ArrayList<>(3);
        String weakDeathSentence = null;
        String harmSentence = null;
        String harmBeside = null;
        String harmConviction = null;
        // the statutory criteria quoted: harm of the kind such a review is held for, told of no one in particular
        boolean criteriaHarm = false;
        boolean reasonStated = false;
        boolean noIncident = false;
        List<String> spaced = new java.util.ArrayList<>(sentences.size());
        for (String raw : sentences) {
            spaced.add(NumericDates.expand(ChildFinder.singleSpaced(raw == null ? "" : raw)));
        }
        Events events = new Events(spaced);
        for (int i = 0; i < spaced.size(); i++) {
            String s = spaced.get(i);
            // one prepared text for the sentence's gated patterns (each would lowercase it again)
            GateText text = new GateText(s);
            boolean title = i == 0;
            boolean reason = REASON.find(text);
            reasonStated |= reason && CAUSE.find(text);
            noIncident |= NO_INCIDENT.find(text);
            if (REMIT.find(text)) {
                continue;
            }
            // A death the sentence ties to the subject (by name, 'the death of X' or the reason for the
            // review) is strong; one known only by a pronoun or 'child' ("she died in March 2009", a
            // grandmother; guidance quoting "where the child has died") is weak, and serious harm to the
            // subject stated elsewhere outweighs it.
            if ((deathSentence == null || laterDeaths.size() < 3) && subjectDeath(text, subjects, reason)) {
                // 'L was born in March 2007. He died at his home on 14 October 2016.': the pronoun is the child's
                boolean pronounForSubject = byPronounAfterName(spaced, i, subjects, PRONOUN_START);
                if (reason || mentionsSubjectItself(s, subjects) && !pronounsOwnDeath(s) || deathOfName(s, subjects) || title
                        || pronounForSubject) {
                    if (deathSentence == null) {
                        deathSentence = s;
                    } else {
                        laterDeaths.add(s);
                    }
                } else if (deathSentence == null && weakDeathSentence == null) {
                    weakDeathSentence = s;
                }
            }
            // a title has no verb: 'Child J: serious injury to a toddler' states the harm by itself
            // the findings told right after the event ('Baby T was taken by ambulance to hospital ...'. 'A CT
            // scan showed bilateral subdural haemorrhages.') name no child, but are the child's
            boolean afterSubjectEvent = i > 1 && events.at(i - 1) && (mentionsSubject(spaced.get(i - 1), subjects)
                    || byPronounAfterName(spaced, i - 1, subjects, PRONOUN_SUBJECT));
            if (CRITERIA_QUOTED.find(text) && HARM_GATED.find(text)) {
                criteriaHarm = true;
                continue;
            }
            if ((harmSentence == null || harmBeside == null) && HARM_GATED.find(text)
                    && (reason || title || mentionsSubject(s, subjects) || CHILD_WORD.matcher(s).find() || afterSubjectEvent)) {
                // the criteria stated as met for this case: 'were met, in that a child had been seriously harmed'
                if (harmSentence == null && (EVENT_CUE.find(text) || title && !s.isBlank() || reason && CRITERIA_MET.find(text))) {
                    harmSentence = s;
                } else if (harmConviction == null && !title && CONVICTION.find(text)) {
                    harmConviction = s;
                } else if (harmBeside == null && !title && (events.at(i - 1) || events.at(i + 1))) {
                    // The harm told as a state beside the event ('Tomasz was found by police officers. He
                    // was severely malnourished.'): used when no sentence tells harm and event together.
                    harmBeside = s;
                }
            }
        }
        if (harmSentence == null) {
            harmSentence = harmBeside != null ? harmBeside : harmConviction;
        }
        if (noIncident && deathSentence == null) {
            // what harm the opening names (neglect over years) was not an incident
            harmSentence = null;
            reasonStated = true;
        }
        if (deathSentence == null && harmSentence == null) {
            deathSentence = weakDeathSentence;
        }
        // 'other' needs a stated reason for the review that is neither a death nor serious harm;
        // a briefing that never says what happened has no outcome we could know.
        // The quoted criteria tell the outcome when nothing else in the opening does (a concise review is held for
        // serious harm), but give no year: their neighbours are the guidance's dates, not the incident's.
        String outcome = deathSentence != null ? "death" : harmSentence != null || criteriaHarm && !noIncident
                ? "serious-harm" : reasonStated && anyText ? "other" : null;
        return new Result(outcome, IncidentYears.find(spaced, subjects, deathSentence, laterDeaths, harmSentence,
                outcome, noIncident));
    }

    /**
     * {@link #eventAt} of each sentence, worked out once: the opening's loop asks it of a sentence as
     * the one before the next and as a neighbour on either side.
     */
    private static final class Events {
        private final List<String> sentences;
        /** 0 not asked yet, 1 no event, 2 an event. */
        private final byte[] known;

        Events(List<String> sentences) {
            this.sentences = sentences;
            this.known = new byte[sentences.size()];
        }

        boolean at(int i) {
            if (i <= 0 || i >= known.length) {
                return false;
            }
            if (known[i] == 0) {
                known[i] = (byte) (eventAt(sentences, i) ? 2 : 1);
            }
            return known[i] == 2;
        }
    }

    /** Whether sentence i (0 is the title, which tells no event) is in range and tells of one (a conviction is one). */
    private static boolean eventAt(List<String> sentences, int i) {
        return i > 0 && i < sentences.size() && (EVENT_CUE.find(sentences.get(i)) || CONVICTION.find(sentences.get(i)))
                && !REMIT.find(sentences.get(i));
    }

    /**
     * The child told of by a pronoun as the subject of a clause ('M was born in July 2022. In September 2022,
     * when she was nine weeks old, she was taken by ambulance to the regional hospital'), the sentence
     * before having named the child.
     */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?:^|, )(?:[Ss]he|[Hh]e) was (?:taken|admitted|found|rushed|brought)\\b");
    private static final Pattern PRONOUN_START = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\s+)?(?:He|She)\\b");
    /** The death of a named person: the name keeps its capital (the words before it may have any case). */
    private static final Pattern DEATH_OF_NAME = Pattern.compile("(?i:death of|into the death|killing of)\\s+[A-Z]");
    static final Pattern CHILD_WORD = Pattern.compile("(?i)\\b(?:child|children|baby|babies|infant|boy|girl|son|daughter|young (?:person|people)|siblings"
            + "|teenager|he|she|his|her|[A-Z][a-z]+ \\(not (?:his|her) real name\\))\\b");

    /**
     * 'the death of Leanne': a named person's death, taken for the subject's only when no subject was
     * found. When subjects are known, the death of one of them mentions the subject, which its callers
     * test first, and any other name (a mother killed with her children present) is someone else.
     */
    private static boolean deathOfName(String s, List<Pattern> subjects) {
        return subjects.isEmpty() && DEATH_OF_NAME.matcher(s).find();
    }

    /**
     * Sentence i tells of the child by a pronoun (as {@code pronoun} finds it) and the sentence before it
     * names the child: 'L was born in March 2007. He died at his home on 14 October 2016.'
     */
    static boolean byPronounAfterName(List<String> spaced, int i, List<Pattern> subjects, Pattern pronoun) {
        return i > 1 && pronoun.matcher(spaced.get(i)).find() && mentionsSubject(spaced.get(i - 1), subjects);
    }

    static boolean mentionsSubject(String s, List<Pattern> subjects) {
        return subjects.stream().anyMatch(p -> p.matcher(s).find());
    }

    /** The subject's name followed by a relative of theirs: "D's maternal grandmother". */
    private static final Pattern RELATIVE_AFTER = Pattern.compile("(?i)^['\u2019]s (?:(?:maternal|paternal|late|own|older|younger|half-)\\s*)?"
            + PARENT + "\\b");

    /**
     * The subject named as themselves, not only as whose relative someone is, nor in a sentence about
     * that relative: in "D's maternal grandmother lived close by and, until her death in March 2015, ..."
     * the death is the grandmother's.
     */
    private static boolean mentionsSubjectItself(String s, List<Pattern> subjects) {
        boolean any = false;
        for (Pattern p : subjects) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                boolean relative = RELATIVE_AFTER.matcher(s).region(m.end(), s.length()).lookingAt();
                if (relative && OPENING_NUMBER.matcher(s).region(0, m.start()).matches()) {
                    // the relative is what the sentence is about ('3.2 D's maternal grandmother lived close by
                    // and, until her death in March 2015, ... taking D for several nights each month')
                    return false;
                }
                any |= !relative;
            }
        }
        return any;
    }

    /** 'She did the shopping, took Kai to school ...; her death is important': the death of whoever 'she' is. */
    private static final Pattern PRONOUNS_OWN_DEATH = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\s+)?(?:She\\b.*\\bher death|He\\b.*\\bhis death)\\b");

    /**
     * The sentence is about someone told of by a pronoun, whose own death it names: the child it also
     * names (as who was taken to school) is not the one who died. A child's own death is told with the
     * child as the subject ('Kai died', 'He died'), and a sentence that starts with the pronoun names
     * the child only as someone else.
     */
    private static boolean pronounsOwnDeath(String s) {
        return PRONOUNS_OWN_DEATH.matcher(s).find();
    }

    private static final Pattern OPENING_NUMBER = Pattern.compile("\\s*(?:\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\s+)?");

    /** A death in the sentence that is the subject's: not a parent's, not a risk, not the name of a review type. */
    static boolean subjectDeath(String s, List<Pattern> subjects, boolean reason) {
        return subjectDeath(new GateText(s), subjects, reason);
    }

    /** The same for a sentence prepared for its gated patterns. */
    private static boolean subjectDeath(GateText text, List<Pattern> subjects, boolean reason) {
        if (!DEATH_GATED.find(text)) {
            return false;
        }
        String s = text.toString();
        String cleaned = NOT_SUBJECT_DEATH.replaceAll(text, " ");
        if (!DEATH.matcher(cleaned).find()) {
            return false;
        }
        return reason || mentionsSubject(s, subjects) || CHILD_WORD.matcher(s).find() || deathOfName(s, subjects);
    }
}
