package org.casewise.analyse.section;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.Memo;
import org.casewise.analyse.Regexes;

/**
 * Tells whether one line is the heading of a known part of a report, and which. A heading is a
 * short line without a closing full stop whose title, once numbering ('1.', '2.0', 'Section 3 –',
 * 'PART TWO:', 'Chapter 4') is stripped, starts with a known name and adds at most a short
 * qualifier joined by a linking word ('Recommendations for the Partnership', 'Analysis of
 * practice'). 'Recommendations were made to...' starts the same way but goes on with a verb.
 */
final class HeadingMatcher {

    private static final int MAX_CHARS = 100;
    private static final int MAX_WORDS = 12;
    /** At most this many words before a colon make a label heading a long sentence-case subtitle. */
    private static final int LABEL_WORDS = 3;
    private static final String NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final Pattern NUMBERING = Pattern.compile("^(?:(?:section|part|chapter|step)\\s+(?:\\d{1,2}|[ivx]{1,5}|[a-h]|"
            + NUMBER_WORD + ")\\b|\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?|[A-H][.)]|[IVX]{1,5}[.)]|\\(\\w{1,3}\\))\\s*[:.)–—-]?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APPENDIX = Pattern.compile("^(?:appendix|appendices|annex|annexe|annexes)\\b(?:\\s+(?:\\d{1,2}|[a-h]|[ivx]{1,4}|"
            + NUMBER_WORD + ")\\b)?\\s*[:.–—-]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBGROUP = Pattern.compile("\\bsub[- ]?group$");
    /** 'Learning from a Rapid Review', 'Learning from a Local Child Safeguarding Practice Review: Child R'. */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("^learning from an? (?:[\\w-]+ ){0,5}review\\b");
    /** Words that may follow a known name inside a heading ('Findings and learning', 'Scope of the review'). */
    private static final Pattern LINK = Pattern.compile("^(?:$|[:&(–—-]|(?:and|for|to|of|from|in|on|by|arising|about|into|with|"
            + "relating|regarding|concerning|made|identified|resulting|leading|that|which|since|at|during|\\d)\\b)", Pattern.CASE_INSENSITIVE);
    private static final String QUALIFIER = "(?:(?:the|key|main|overall|brief|summary of(?: the)?|single[- ]agency|multi[- ]agency|"
            + "partnership|agency|practice|emerging|general|our|final|further|concluding|detailed|review)\\s+)*";

    /** Names per part, most specific first: 'summary of agency involvement' is a chronology, not a summary. */
    private static final Map<SectionName, Pattern> NAMES = new LinkedHashMap<>();

    static {
        put(SectionName.CONTENTS, "(?:table of )?contents");
        put(SectionName.GLOSSARY, "glossary|abbreviations|acronyms|list of (?:abbreviations|acronyms)|key to (?:family members|"
                + "abbreviations|terms)|terminology|definitions");
        put(SectionName.CHRONOLOGY, "chronology|(?:summary|overview) of (?:agency|professional|multi-agency|service)? ?involvement|"
                + "agency involvement|key (?:practice )?episodes|key events|significant events|the facts|what happened|case history|"
                + "narrative|timeline|practice episodes|events|the children's experiences|history of (?:agency )?involvement|"
                // 'Freya's story: a summary of key events', 'Jack's story'
                + "[\\p{L}-]+(?:'s|s') story|(?:the )?story");
        put(SectionName.CONCLUSIONS, "(?:summary and )?conclusions?|(?:concluding|final|closing) (?:comments|remarks|observations|reflections|thoughts)");
        put(SectionName.INTRODUCTION, "introduction|reasons? for (?:the|this) review|why (?:this|the) review was (?:held|carried out|"
                + "commissioned|undertaken|conducted)|circumstances (?:leading|that led) to (?:the|this) review|(?:brief )?outline of "
                + "(?:the )?circumstances|background to (?:the|this) review|the decision to (?:undertake|hold|conduct) (?:a|the|this) review|"
                + "the incident|reason for review|why (?:it|this|this review|this briefing|the learning) matters|"
                + "about this (?:learning )?(?:brief|briefing|review|report)|(?:the )?circumstances|"
                + "purpose of (?:this|the) briefing");
        put(SectionName.TERMS_OF_REFERENCE, "terms of reference|scope|(?:key )?lines of enquiry|purpose of (?:the|this) review|"
                + "remit|review questions|key questions|period under review|focus of (?:the|this) review|aims? of (?:the|this) review");
        put(SectionName.METHODOLOGY, "methodology|methods?|(?:the )?review process|process|how (?:the|this) review was (?:conducted|"
                + "carried out|undertaken|done)|approach|involvement of (?:the )?family|family (?:involvement|contribution|participation)|"
                + "(?:the )?review (?:team|panel)|panel|(?:the )?learning together(?: model)?|parallel (?:processes|proceedings)|independence|"
                + "limitations|contributors");
        // 'family composition' before the bare 'family', which would match first and leave 'composition ...' unlinked
        put(SectionName.FAMILY_BACKGROUND, "family background|family (?:composition|structure|history|details)|(?:the )?family|"
                + "background(?: information)?|the case in brief|(?:the )?child(?:ren)? and (?:their|the|his|her) family|pen picture|"
                // the child named: 'Erin and her family', 'Isla and Noah and their family'
                + "[\\p{L}'-]+(?: and [\\p{L}'-]+)? and (?:his|her|their) family|"
                + "genogram|about (?:the )?(?:child|children|family)|case summary|summary of the case|"
                // Briefings: 'Step 1: The case'. Not 'The case for change', which argues for recommendations.
                + "the case(?! for)|about the case|case background");
        put(SectionName.ANALYSIS, "analysis|appraisal(?: of practice)?|discussion|thematic analysis|themes|evaluation|"
                + "analysis of (?:practice|agency involvement|involvement)");
        put(SectionName.FINDINGS, "findings|finding (?:\\d{1,2}|[a-h]|" + NUMBER_WORD + ")\\b|learning|lessons?(?: to be)?(?: learned| learnt)?|learning points|what (?:we|the review) "
                + "(?:have |has )?(?:learned|learnt|found|identified|discovered)|(?:examples of )?good practice|identified learning|key messages|practice and organisational learning|"
                + "learning themes|"
                // appreciative inquiry's cycle: what was found ('Discovery'), then what should be ('Dream and Design')
                + "discovery|dream(?: and design)?");
        put(SectionName.RECOMMENDATIONS, "recommendations?|improving systems and practice|what (?:needs to (?:change|happen)|should "
                + "(?:happen|change)|will change|to do|you (?:should|can|need to|must) do|(?:practitioners|managers|agencies|we) "
                + "(?:should|can|need to|will) do)|action plan|actions?|next steps");
        put(SectionName.EXECUTIVE_SUMMARY, "executive summary|summary|overview|synopsis|abstract");
        put(SectionName.APPENDICES, "appendix|appendices|annexe?s?|references|bibliography|sources|further reading|documents consulted|"
                + "find out more|further information|more information|(?:useful |additional |helpful )?(?:links|contacts)|"
                // Not bare 'Resources': 'Resources and capacity' is a theme heading inside an analysis.
                + "(?:useful|additional|helpful|further|key) resources");
        // Briefings end with prompts for practitioners ('Questions to consider', 'Step 5: Reflect'). They are none of the
        // parts above, and left unheaded they would read as part of the recommendations before them. Not 'Questions for
        // the Board': SCIE reports put those inside each finding, and the finding goes on after them.
        put(SectionName.OTHER, "(?:reflective |discussion )?questions(?! for (?:the )?(?:board|partnership|committee|panel|lscb|lscp|"
                + "scp|safeguarding|strategic))(?: to (?:consider|reflect on|think about|ask|discuss)| for "
                + "(?:reflection|discussion|practitioners|managers|supervisors|supervision|teams?|you))?|"
                + "reflect(?:ion|ions)?|points (?:for|to) (?:reflection|reflect on|consider|discuss)|things to (?:think about|consider)|"
                + "over to you");
    }

    private static void put(SectionName name, String alternatives) {
        NAMES.put(name, Pattern.compile("^" + QUALIFIER + "(?:" + alternatives + ")(?=\\s|$|[:&(–—-])(.*)$", Pattern.CASE_INSENSITIVE));
    }

    private HeadingMatcher() {
    }

    /** The part this line heads, or null when it is not a heading of a known part. */
    static SectionName match(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_CHARS || Regexes.splitCount(t) > MAX_WORDS) {
            return null;
        }
        if (t.contains(" | ")) {
            // fields of a cover or running line ('Learning from a Rapid Review | Published October 2023'), or a table row
            return null;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == '?' || last == '!') {
            return null;
        }
        String title = NUMBERING.matcher(t).replaceFirst("").strip();
        if (title.isEmpty() || !Character.isUpperCase(firstLetter(title)) || !mostlyCapitalised(title)) {
            return null;
        }
        return KNOWN.get(title).orElse(null);
    }

    /**
     * Heading-shaped lines recur from report to report ('Introduction', '3. Recommendations') and
     * each is tried against every part's pattern, so the answers are kept (a pure function).
     */
    private static final Memo<String, Optional<SectionName>> KNOWN = new Memo<>(t -> Optional.ofNullable(named(t)), 50_000);

    private static SectionName named(String title) {
        String lower = Regexes.collapseSpaces(title.toLowerCase(Locale.ROOT).replace('’', '\''));
        if (lower.endsWith(":")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        // a partnership's group on its cover ('Learning and Improvement Subgroup') names who publishes, not a part;
        // 'Learning from a Rapid Review: Child R' is the document's title (and running header), not its findings
        if (SUBGROUP.matcher(lower).find() || DOCUMENT_TITLE.matcher(lower).find()) {
            return null;
        }
        Matcher appendix = APPENDIX.matcher(lower);
        if (appendix.matches()) {
            return NAMES.get(SectionName.GLOSSARY).matcher(appendix.group(1)).matches() ? SectionName.GLOSSARY : SectionName.APPENDICES;
        }
        for (Map.Entry<SectionName, Pattern> e : NAMES.entrySet()) {
            Matcher m = e.getValue().matcher(lower);
            if (m.matches() && LINK.matcher(m.group(1).strip()).find()) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * Title case, upper case, or sentence case with few words: what headings look like. A sentence
     * fragment of many lowercase words is prose, even without its full stop; but a short label before a
     * colon heads its subtitle ('Discovery: what we found, what worked, what could be even better').
     */
    private static boolean mostlyCapitalised(String title) {
        if (Regexes.splitCount(title) <= 9) {
            return true;
        }
        int colon = title.indexOf(':');
        if (colon > 0 && Regexes.splitCount(title.substring(0, colon)) <= LABEL_WORDS) {
            return true;
        }
        String[] words = title.split("\\s+");
        int capital = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(firstLetter(w))) {
                capital++;
            }
        }
        return capital * 2 >= words.length;
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 'a';
    }
}
