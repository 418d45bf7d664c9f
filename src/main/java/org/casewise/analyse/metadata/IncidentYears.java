package org.casewise.analyse.metadata;

import static org.casewise.analyse.metadata.IncidentFinder.CHILD_WORD;
import static org.casewise.analyse.metadata.IncidentFinder.DEATH;
import static org.casewise.analyse.metadata.IncidentFinder.EVENT_CUE;
import static org.casewise.analyse.metadata.IncidentFinder.HARM;
import static org.casewise.analyse.metadata.IncidentFinder.REASON;
import static org.casewise.analyse.metadata.IncidentFinder.REMIT;
import static org.casewise.analyse.metadata.IncidentFinder.byPronounAfterName;
import static org.casewise.analyse.metadata.IncidentFinder.mentionsSubject;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which year is the incident's, once {@link IncidentFinder} has found the sentence that tells it.
 * An opening is full of years that are not the incident's (the child's birth, the review period,
 * the trial, publication, guidance cited by its year), and the incident sentence often gives no
 * date of its own, so the year is sought in turn: beside the outcome word in that sentence or its
 * neighbours, in the death told again later, in a stated date of the incident, in the dated account
 * that leads up to the outcome, in the first dated event that befell the subject, and for an
 * 'other' review in the dated account of how the child came to notice. Kept apart from finding the
 * incident because it is a search of its own over the same sentences, with its own patterns; the
 * cues both need (the outcome words, an event, the remit, a stated reason, a child) stay in
 * {@link IncidentFinder}.
 */
final class IncidentYears {

    /** A sentence about the period the review looked at, whose dates are its bounds. */
    private static final Pattern SCOPE = Pattern.compile("(?i)\\b(?:review|scope|time) period|\\bperiod (?:under review|of the review"
            + "|covered|considered)|\\bscope of (?:the|this) review|\\bthe review (?:covers|covered|considers|considered|looked at) (?:the )?period");
    private static final Pattern YEAR = Pattern.compile("\\b(19[6-9]\\d|20[0-4]\\d)\\b");
    /** Words before a year that make it another date; whole words ('to' is not the end of 'October'). */
    private static final Pattern NOT_INCIDENT_YEAR = Pattern.compile("(?i)(?:\\b(?:born|birth|trial|convicted|sentenced|court|published"
            + "|publication|commissioned (?:on|in)|decided on|agreed on|completed|revised|between|from|since|until|to|"
            + "working together|guidance|act|regulations?|notifi\\w*|review in|review meetings?)\\b|\\()\\W*(?:\\d{1,2}(?:st|nd|rd|th)? )?(?:\\w+ ){0,2}$"
            // a citation in brackets: '(Welsh Government, 2012)', '(HM Government, 2018)'
            + "|\\([^()]{2,40},\\s*$"
            // after a bracket: 'Regulations (Northern Ireland) 2012'
            + "|\\)\\s*$");
    private static final Pattern INCIDENT_DATE = Pattern.compile("(?i)\\b(?:the incident|the (?:child's |baby's )?death|the"
            + " (?:serious )?injur(?:y|ies)|the admission|the event|the assault)\\s+(?:which |that )?(?:occurred |happened |took place )?"
            // 'At the time of the incident that led to the review, in December 2021, Finley was seven'
            + "(?:(?:which |that )?(?:led to|prompted|triggered|gave rise to) (?:this|the) review,?\\s+)?"
            + "(?:in|on)\\s+(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:[A-Z][a-z]+\\s+)?|(?:early |late |mid-?)?(?:spring|summer|autumn|winter)\\s+)"
            + "(19[6-9]\\d|20[0-4]\\d)\\b"
            // a cover field: 'Date of incident: 22 February 2023', 'Date of death: 03.11.2019'
            + "|^\\W*date of (?:the )?(?:incident|death|injury|injuries|event|serious incident)\\s*:?\\s*[^:]{0,20}?(19[6-9]\\d|20[0-4]\\d)\\b");
    /**
     * A sentence that opens with its date ('1.1 In the early hours of Sunday 9th March 2008 a fire broke
     * out ...', 'On the evening of 14 April 2019 the police received ...', 'On 12.11.2013 officers attended'
     * once {@link NumericDates} has written a two-digit year out): how an account of the incident usually
     * begins. The year is read from its first sixty characters.
     */
    // a clock time may come first ('2.1 At 07.40 on a morning in October 2010'): its '.' ends no sentence
    private static final Pattern DATED_OPENING = Pattern.compile("^\\W*(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:In|On|During|Early|Late|At)\\b"
            + "(?:[^.;:]|\\d[.:]\\d{2}\\b){0,50}?\\b(?:\\d{1,2}[./]\\d{1,2}[./])?(19[6-9]\\d|20[0-4]\\d)\\b");
    /** What brings a child to notice when no one died or was harmed: the event of an 'other' review. */
    private static final Pattern DISCOVERY = Pattern.compile("(?i)\\b(?:(?:were|was) found|(?:officers|police|they) (?:attended|found)"
            + "|(?:called|telephoned|contacted) (?:the )?police|(?:taken|received) into (?:the )?care|reported (?:him |her )?missing"
            + "|child protection order)");
    /** How many sentences after a dated opening may tell the harm or death it leads to. */
    private static final int ACCOUNT_SPAN = 3;
    /** How far the account may run when it opens a numbered paragraph: to the paragraph's end, within this many sentences. */
    private static final int PARAGRAPH_SPAN = 8;
    /** A dotted paragraph number ('1.2 ', '3.4.1 '): a bare '12 ' opens as many sentences with a count. */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\W*\\d{1,2}(?:\\.\\d{1,2}){1,3}\\.?\\s");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:he|she)\\b");

    private IncidentYears() {
    }

    /**
     * The incident's year, or null when the opening gives none.
     *
     * @param spaced        the opening sentences as {@link IncidentFinder#find} prepared them, in order
     * @param subjects      patterns naming the children the review is about (may be empty)
     * @param deathSentence the sentence that tells the subject's death, or null
     * @param laterDeaths   the subject's death told again later in the opening
     * @param harmSentence  the sentence that tells serious harm to the subject, or null
     * @param outcome       the outcome found for the review ("death", "serious-harm", "other" or null)
     * @param noIncident    whether the review says no single incident led to it
     */
    static Integer find(List<String> spaced, List<Pattern> subjects, String deathSentence, List<String> laterDeaths,
            String harmSentence, String outcome, boolean noIncident) {
        Integer year = null;
        String incident = deathSentence != null ? deathSentence : harmSentence;
        if (incident != null) {
            year = yearTold(incident, deathSentence != null ? DEATH : HARM, spaced, -1, 1);
        }
        if (year == null && incident != null && incident.equals(deathSentence)) {
            // the death told again later in the opening, with its date ('1. Foreword: following the death of
            // a little boy ...', then '2.1 On an evening in March 2014 ... he was pronounced dead')
            for (String later : laterDeaths) {
                // not the scope: 'The review period was agreed as January 2015 to the date of Child Q's death'
                if (year == null && !SCOPE.matcher(later).find()) {
                    // its own year, or the one in the sentence that leads up to it ('On an evening in March
                    // 2014 ... Paramedics found L unresponsive and he was pronounced dead')
                    year = yearTold(later, DEATH, spaced, -1);
                }
            }
        }
        if (year == null) {
            for (String s : spaced) {
                Matcher m = INCIDENT_DATE.matcher(s);
                if (m.find()) {
                    year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                    break;
                }
            }
        }
        if (year == null && incident != null) {
            year = datedAccount(spaced, deathSentence != null ? DEATH : HARM);
        }
        if (year == null && incident != null) {
            // The incident told without a date ('Child J: serious injury to a toddler'): the first dated
            // event that befell the subject in the opening ('In August 2023 Child J ... was brought to the
            // Emergency Department').
            for (int i = 1; i < spaced.size(); i++) {
                String s = spaced.get(i);
                // 'Rowan was born in March 2023. In July 2023, when he was four months old, he was found ...'
                boolean aboutSubject = mentionsSubject(s, subjects) || byPronounAfterName(spaced, i, subjects, PRONOUN);
                if (EVENT_CUE.find(s) && aboutSubject && !REMIT.find(s)) {
                    year = yearNear(s, EVENT_CUE.pattern());
                    if (year != null) {
                        break;
                    }
                }
            }
        }
        if (year == null && "other".equals(outcome) && !noIncident) {
            // No death or harm, yet something brought the child to notice: the dated account of it ('Late on an
            // evening in November 2018 a neighbour called Essex Police ... Officers attended and found Child 1
            // and Child 2 alone', 'In late October 2022 Kyle ... was found by Police Scotland officers'); not when
            // the review says there was no single incident
            year = datedAccount(spaced, DISCOVERY);
        }
        return year;
    }

    /**
     * The year of the first sentence that opens with a date and, itself or within the next
     * {@value #ACCOUNT_SPAN} sentences, tells the outcome ('In the early hours of 9 March 2024 an
     * ambulance was called to Esme's home ...'. ... 'At hospital she was found to be severely
     * malnourished'), or that tells an event befalling a child itself ('In May 2010 a three year old
     * girl ... was admitted to hospital'): the account of the incident, whose later sentences carry no
     * date. Used when the incident was found but no sentence near it gives a year, before the first
     * dated event of the subject (which may be any event: 'In August 2014 Zofia's uncle moved into
     * the flat'); never the scope, the remit or the review's own dates.
     */
    private static Integer datedAccount(List<String> spaced, Pattern outcomeWord) {
        for (int i = 1; i < spaced.size(); i++) {
            String s = spaced.get(i);
            Matcher m = DATED_OPENING.matcher(s);
            if (!m.find() || SCOPE.matcher(s).find() || REMIT.find(s) || REASON.find(s)
                    || NOT_INCIDENT_YEAR.matcher(s.substring(Math.max(0, m.start(1) - 30), m.start(1))).find()) {
                continue;
            }
            // '1.1 In May 2010 a three year old girl ... was admitted to hospital': the event itself
            if (EVENT_CUE.find(s) && CHILD_WORD.matcher(s).find()) {
                return Integer.parseInt(m.group(1));
            }
            // a numbered paragraph is one account to its end ('1.2 In the early hours of 3 November 2013 a
            // neighbour telephoned the police ...' and, five sentences on, '... a fracture was confirmed')
            boolean numbered = PARAGRAPH_NUMBER.matcher(s).lookingAt();
            for (int j = i; j < spaced.size(); j++) {
                boolean inSpan = j <= i + ACCOUNT_SPAN
                        || numbered && j <= i + PARAGRAPH_SPAN && !PARAGRAPH_NUMBER.matcher(spaced.get(j)).lookingAt();
                if (!inSpan) {
                    break;
                }
                if (outcomeWord.matcher(spaced.get(j)).find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        return null;
    }

    /**
     * The year of the sentence's outcome word, else of the neighbouring sentences at the given
     * offsets, in order (never the title): 'Leo's death was notified ...' names no year; the sentence
     * before or after usually does ('Leo was found deceased ... in November 2022.').
     */
    private static Integer yearTold(String sentence, Pattern word, List<String> spaced, int... neighbours) {
        Integer year = yearNear(sentence, word);
        int at = spaced.indexOf(sentence);
        for (int offset : neighbours) {
            int near = at + offset;
            if (year == null && at > 0 && near > 0 && near < spaced.size()) {
                year = yearNear(spaced.get(near), word);
            }
        }
        return year;
    }

    /** The year in the sentence nearest to the outcome word, skipping birth, trial and publication years. */
    private static Integer yearNear(String s, Pattern outcomeWord) {
        Matcher o = outcomeWord.matcher(s);
        int at = o.find() ? o.start() : 0;
        Integer best = null;
        int bestDistance = Integer.MAX_VALUE;
        Matcher y = YEAR.matcher(s);
        while (y.find()) {
            String lead = s.substring(Math.max(0, y.start() - 30), y.start());
            if (NOT_INCIDENT_YEAR.matcher(lead).find()) {
                continue;
            }
            int distance = Math.abs(y.start() - at);
            if (distance < bestDistance) {
                best = Integer.parseInt(y.group(1));
                bestDistance = distance;
            }
        }
        return best;
    }
}
