package org.casewise.analyse.metadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.GateText;
import org.casewise.analyse.GatedPattern;
import org.casewise.analyse.Regexes;

/**
 * Who a review is about: the candidate subjects and how the text names each. Pseudonyms come in many
 * forms ('Child A', 'Baby F', 'Child LR', 'Child C1 and C2', 'Laura (not her real name)', case codes
 * such as 'CN18' in the title, a first name given with an age: 'Callum, then two', a bare letter: 'L
 * died'); the subjects are those the title names, else the ones the text keeps coming back to, and
 * children named together in the opening. {@link NameCounts} counts how often the text uses each name;
 * {@link ChildFinder} then reads each one's age and sex.
 */
final class ChildCandidates {

    /** The words a review labels its children with: 'Child B', 'Sibling 2', 'Twin A'. */
    static final String LABEL_WORDS = "Child|Baby|Infant|Young [Pp]erson|Sibling|Twin";
    private static final GatedPattern LABELLED = GatedPattern.compile(
            "\\b(?:" + LABEL_WORDS + "|CHILD|BABY|TWIN)[ \\t\\u00a0]+([A-Z]{1,3}\\d{0,2}|\\d{1,2})\\b((?:\\s*(?:,|and|&)\\s*[A-Z]{1,3}\\d{1,2}\\b)*)");
    private static final Pattern FOLLOWING_CODE = Pattern.compile("[A-Z]{1,3}\\d{1,2}");
    /** 'Laura (not her real name)' or 'referred to in this report as Laura'. */
    private static final String REFERRED_AS = "\\b(?:referred to|known) (?:in this (?:report|review) )?as ['‘\"“]?([A-Z][a-z]+)['’\"”]?";
    static final GatedPattern NOT_REAL_NAME = GatedPattern.compile(
            "\\b([A-Z][a-z]+)\\s*\\((?:not (?:his|her|their) real name|a pseudonym|pseudonym|name changed|not real name)\\)"
                    + "|" + REFERRED_AS);
    /**
     * NOT_REAL_NAME's second form alone (its name is group 1): what NOT_REAL_NAME finds in a text with
     * none of {@link #NAME_NOTES}, where its first form, tried at every capital letter, cannot match.
     */
    static final GatedPattern REFERRED_AS_NAME = GatedPattern.compile(REFERRED_AS);
    private static final String OPEN_QUOTE = "['‘\"“]?";
    private static final String CLOSE_QUOTE = "['’\"”]?";
    /**
     * The names a review gives its children in prose, one or a list: 'three brothers and sisters who, for
     * the purposes of this report, are called Amber, Tyler and Rosie', 'a little boy who is called Tommy',
     * 'a young woman we call Ellie'. Group 1 is the first name, group 2 the rest of the list.
     */
    private static final GatedPattern CALLED_NAMES = GatedPattern.compile("\\b(?:(?:who|whom)(?:,[^,.]{0,60},)?\\s+(?:is|are|will be"
            + "|has been|have been) (?:called|named)|we (?:have )?(?:call(?:ed)?|named)"
            // 'In this report the baby is called Noah.' (behind: the gate is then 'is called', not every 'the ')
            + "|(?<=\\bthe (?:baby|child|boy|girl|young person|young man|young woman|infant|toddler) )(?:is|will be) (?:called|named)"
            // 'In this report they are called Jade, Kai and Bobby'; 'the children are called ...'
            + "|(?<=\\b(?:they|the (?:children|siblings|twins|boys|girls|brothers|sisters)) )(?:are|will be) (?:called|named))\\s+"
            + OPEN_QUOTE + "([A-Z][a-z]{2,})"
            + CLOSE_QUOTE + "((?:(?:,\\s*|,? and |,? & )" + OPEN_QUOTE + "[A-Z][a-z]{2,}" + CLOSE_QUOTE + ")*)");
    private static final Pattern LISTED_NAME = Pattern.compile("[A-Z][a-z]{2,}");
    /** How each bracketed note of NOT_REAL_NAME's first form begins. */
    static final List<String> NAME_NOTES = List.of("(not ", "(a pseudonym)", "(pseudonym)", "(name changed)");
    private static final GatedPattern REFERRED_CODES = GatedPattern.compile("\\b(?:referred to|known) (?:in this (?:report|review) )?"
            // not 'LA1', 'LA2': the local authorities a review leaves unnamed
            + "as ((?!LA\\d)[A-Z]{1,3}\\d{1,2}(?:(?:,\\s*|,? and |,? & )[A-Z]{1,3}\\d{1,2})*)\\b");
    /** A first name given an age in apposition: 'Callum, then two years old', 'Dylan (16)', 'Poppy, aged 13'. */
    static final GatedPattern NAME_WITH_AGE = GatedPattern.compile(
            "\\b([A-Z][a-z]{2,})(?:,\\s*(?:then |now |who was |a (?:boy|girl) )?(?:aged |age )?| \\((?:aged )?| was (?:then )?)"
                    + "(?=(?:" + Ages.NUMBER + ")[- ](?:day|week|month|year)|\\d{1,2}\\))");
    /** A first name as the subject of the incident: 'Dylan died in September 2012', 'Mia was admitted'. */
    static final GatedPattern NAME_AS_SUBJECT = GatedPattern.compile("([A-Z][a-z]{2,}) (?:died|was (?:admitted|found"
            + " dead|found unresponsive|taken to hospital|rushed|airlifted)|suffered|sustained)\\b");
    private static final Set<String> NOT_NAMES = Set.of("Mother", "Father", "The", "This", "That", "When", "Then", "In",
            "At", "On", "She", "He", "Her", "His", "They", "Their", "Mr", "Ms", "Mrs", "Miss", "Dr", "By", "For", "Aged",
            "Baby", "Child", "Children", "Sibling", "Adult", "After", "Before", "From", "During", "Although", "While",
            "Grandmother", "Grandfather", "Partner", "Stepfather", "Aunt", "Uncle", "Cousin", "Brother", "Sister",
            // what a review may call the parents and grandparents ('his mother (referred to as Mam)'), Welsh ones included
            "Mum", "Mam", "Dad", "Nan", "Nana", "Gran", "Granny", "Grandad", "Nain", "Taid",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Police", "Hospital", "School", "Family", "Review", "Report", "Summary", "Page",
            "Age", "Ages", "Year", "Years", "It", "There", "Both", "Each", "All", "One", "Two", "Three", "Practitioners",
            // services named in a chronology line with a time ("Midwife refers to Children's Services (20 weeks)")
            "Services", "Service", "Team", "Trust", "Council", "Health", "Care", "Board", "Partnership", "Unit");

    private ChildCandidates() {
    }

    /** A candidate subject: how the text names the child and the pattern that finds every mention. */
    record Candidate(String pseudonym, Pattern mention, int count, boolean inTitle, String literal) {

        /** Whether the text may mention the candidate: every mention contains its code or name as it is. */
        boolean mayOccurIn(String text) {
            return text.contains(literal);
        }
    }

    /**
     * @param adultReview a safeguarding adults or domestic homicide review: the person its title
     *                    names is an adult, so the children are the ones the text is about
     */
    static List<Candidate> subjects(String text, String fullTitle, boolean adultReview) {
        String title = adultReview ? "" : fullTitle;
        Map<String, Candidate> found = new LinkedHashMap<>();
        Map<String, Integer> bareLetters = NameCounts.bareLetters(text);
        String titledText = title + "\n" + text;
        GateText titled = new GateText(titledText);
        GatedPattern.Scan m = LABELLED.scan(titled);
        // 'Child 1, Child 2, Child 3 and Child 4': children named together are kept together (below)
        Map<String, Set<String>> together = new java.util.HashMap<>();
        String previous = null;
        int previousEnd = -1;
        while (m.find()) {
            String label = m.group(0).substring(0, m.start(1) - m.start()).strip();
            label = Character.toUpperCase(label.charAt(0)) + label.substring(1).toLowerCase(Locale.ROOT);
            String pseudonym = label + " " + m.group(1);
            if (previous != null && m.start() < OPENING_LIST_CHARS && listed(titledText, previousEnd, m.start())) {
                Set<String> group = together.computeIfAbsent(previous, k -> new java.util.LinkedHashSet<>(List.of(k)));
                group.add(pseudonym);
                together.put(pseudonym, group);
            }
            previous = pseudonym;
            previousEnd = m.end(1);
            addLabelled(found, text, title, label, m.group(1), bareLetters);
            Matcher more = FOLLOWING_CODE.matcher(m.group(2));
            while (more.find()) {
                addLabelled(found, text, title, label, more.group(), bareLetters);
            }
        }
        boolean noted = NAME_NOTES.stream().anyMatch(titledText::contains);
        GatedPattern.Scan n = noted ? NOT_REAL_NAME.scan(titled) : REFERRED_AS_NAME.scan(titled);
        while (n.find()) {
            addName(found, text, title, n.group(1) != null ? n.group(1) : n.group(2), 1);
        }
        GatedPattern.Scan called = CALLED_NAMES.scan(titled);
        while (called.find()) {
            List<String> names = new java.util.ArrayList<>(List.of(called.group(1)));
            Matcher more = LISTED_NAME.matcher(called.group(2));
            while (more.find()) {
                names.add(more.group());
            }
            addNamedTogether(found, together, text, title, names, 1);
        }
        // 'They are referred to in this report as YP1, YP2 and YP3': codes a thematic review gives its children
        GatedPattern.Scan codes = REFERRED_CODES.scan(titled);
        while (codes.find()) {
            Matcher code = FOLLOWING_CODE.matcher(codes.group(1));
            while (code.find()) {
                addName(found, text, title, code.group(), 2);
            }
        }
        GateText gated = new GateText(text);
        GatedPattern.Scan a = NAME_WITH_AGE.scan(gated, ChildCandidates::mayBeNameWithAge);
        while (a.find()) {
            addName(found, text, title, a.group(1), 3);
        }
        GatedPattern.Scan subject = NAME_AS_SUBJECT.scan(gated, ChildCandidates::mayBeNameAsSubject);
        while (subject.find()) {
            if (sentenceStart(text, subject.start())) {
                addName(found, text, title, subject.group(1), 3);
            }
        }
        for (TitleNames.Named named : TitleNames.in(title)) {
            if (named.together()) {
                addNamedTogether(found, together, text, title, named.names(), 2);
            } else {
                addName(found, text, title, named.names().get(0), 2);
            }
        }
        for (String letter : bareLetters.keySet()) {
            addName(found, text, title, letter, NameCounts.BARE_LETTER_USES);
        }
        TitleNames.mergeLabelAndName(found, title);
        List<Candidate> inTitle = found.values().stream().filter(Candidate::inTitle).toList();
        if (!inTitle.isEmpty()) {
            // the title names the subject child; a sibling the opening introduces by label and age is one of
            // the children the review is about too ('her half-brother Child B, then aged seven')
            List<Candidate> subjects = new java.util.ArrayList<>(inTitle);
            String opening = text.length() > OPENING_LIST_CHARS ? text.substring(0, OPENING_LIST_CHARS) : text;
            found.values().stream().filter(c -> !c.inTitle() && introducedWithAge(opening, c)).forEach(subjects::add);
            return subjects;
        }
        int top = found.values().stream().mapToInt(Candidate::count).max().orElse(0);
        Set<String> kept = new java.util.HashSet<>();
        found.values().stream().filter(c -> c.count >= 2 && c.count * 2 >= top).forEach(c -> kept.add(c.pseudonym));
        // a sibling named less often than the others is still one of the children the review is about
        return found.values().stream().filter(c -> kept.contains(c.pseudonym) || c.count >= 2
                && together.getOrDefault(c.pseudonym, Set.of()).stream().anyMatch(kept::contains)).toList();
    }

    /** A label of the review's own scheme: 'Child B', 'Sibling 2', 'Twin B' (not a first name). */
    static final Pattern LABEL = Pattern.compile("(?i)(?:" + LABEL_WORDS + ") \\S+");
    /**
     * An age right after the label in the same clause: ', then aged seven', ' (Sibling 2, then aged six)',
     * ', who was nine months old'.
     */
    private static final Pattern AGE_AFTER_LABEL = Pattern.compile("(?i)\\)?,?\\s+(?:(?:then |now )?aged\\s+\\w+"
            + "|who (?:was|is) (?:then |now )?\\w+(?:[- ]\\w+)?[- ](?:years?|months?|weeks?)[- ]old)");
    /** An age in a family table row: '| Sibling 2 | Middle child, female | 9 years |', '| G's brother, then aged 12 | Sibling 1 |'. */
    private static final Pattern AGE_IN_ROW = Pattern.compile("(?i)\\baged\\s+\\w+|\\b\\d{1,2}\\s*(?:years?|yrs|months?)\\b");

    /**
     * Whether the opening (the text's first {@value #OPENING_LIST_CHARS} characters) introduces the
     * labelled child with an age, in prose or in a family table: the way a review names the subject
     * child's siblings it is also about.
     */
    static boolean introducedWithAge(String opening, Candidate c) {
        if (!LABEL.matcher(c.pseudonym()).matches() || !c.mayOccurIn(opening)) {
            return false;
        }
        Matcher m = c.mention().matcher(opening);
        while (m.find()) {
            if (AGE_AFTER_LABEL.matcher(opening).region(m.end(), opening.length()).lookingAt()) {
                return true;
            }
            int lineStart = opening.lastIndexOf('\n', m.start()) + 1;
            int lineEnd = opening.indexOf('\n', m.end());
            String line = opening.substring(lineStart, lineEnd < 0 ? opening.length() : lineEnd);
            if (line.strip().startsWith("|") && AGE_IN_ROW.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /*
     * Both name patterns start with '[A-Z][a-z]{2,}' and go on with ',', ' (', ' was ' or ' died' and
     * the like: whatever the lowercase run gives back, a lowercase letter would follow it, so the
     * character after the whole run decides. Most capitalised words in a report are followed by
     * something else, and the pattern is not tried there.
     */

    /** Where NAME_WITH_AGE may start: a capitalised word followed by ',', ' (' or ' w'. */
    static boolean mayBeNameWithAge(String text, int at) {
        int end = lowercaseRunEnd(text, at + 1);
        return end < text.length() && (text.charAt(end) == ','
                || text.charAt(end) == ' ' && end + 1 < text.length() && (text.charAt(end + 1) == '(' || text.charAt(end + 1) == 'w'));
    }

    /** Where NAME_AS_SUBJECT may start: a capitalised word followed by ' d', ' w' or ' s'. */
    static boolean mayBeNameAsSubject(String text, int at) {
        int end = lowercaseRunEnd(text, at + 1);
        return end + 1 < text.length() && text.charAt(end) == ' '
                && (text.charAt(end + 1) == 'd' || text.charAt(end + 1) == 'w' || text.charAt(end + 1) == 's');
    }

    private static int lowercaseRunEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= 'a' && text.charAt(i) <= 'z') {
            i++;
        }
        return i;
    }

    /**
     * Children named together in the opening ('concerns four siblings, called Child 1, Child 2, Child 3
     * and Child 4') are the review's subjects; a list later on may be a sibling named beside the child.
     */
    private static final int OPENING_LIST_CHARS = 4_000;

    /** Longest note in brackets after a listed name: '(a girl, then aged 11)'. */
    private static final int LIST_NOTE_CHARS = 60;

    /**
     * Whether only a list separator lies between two names: ', ', ' and ', ', and ', ' & ', after a note in brackets
     * on the first ('Child A (a girl, then aged 11), Child B (a boy, then aged 6) and Child C').
     */
    static boolean listed(String text, int from, int to) {
        if (from < 0 || to - from > 8 + LIST_NOTE_CHARS) {
            return false;
        }
        String gap = text.substring(from, to).strip();
        if (gap.startsWith("(")) {
            int close = gap.indexOf(')');
            if (close < 0 || gap.indexOf('(', 1) >= 0 && gap.indexOf('(', 1) < close) {
                return false;
            }
            gap = gap.substring(close + 1).strip();
        } else if (to - from > 8) {
            return false;
        }
        return gap.equals(",") || gap.equals("and") || gap.equals("&") || gap.equals(", and");
    }

    private static void addLabelled(Map<String, Candidate> found, String text, String title, String label, String code,
            Map<String, Integer> bareLetters) {
        String pseudonym = label + " " + code;
        if (found.containsKey(pseudonym)) {
            return;
        }
        // 'Child C1 and C2': C2 is mentioned on its own too, so count the bare code after the first form.
        Pattern mention = Pattern.compile("\\b(?:(?i:" + Pattern.quote(label) + ")\\s+)?" + Pattern.quote(code) + "\\b(?!\\w)");
        Pattern strict = Pattern.compile("\\b(?i:" + Pattern.quote(label) + ")\\s+" + Pattern.quote(code) + "\\b");
        // Both patterns need the code itself: most candidate codes never occur in the text on their own.
        boolean occurs = text.contains(code);
        // 'Child 1', 'Child 2': a bare number is a paragraph or list number, so only 'Child 1' counts
        // A single letter counts on its own only where the text mostly uses it as a name ('L died',
        // "L's mother"): a report that says 'Child M' throughout may use a bare 'M' for the mother.
        boolean bare = code.length() > 1 && !Character.isDigit(code.charAt(0))
                || bareLetters.getOrDefault(code, 0) > NameCounts.countLabelled(text, label, code);
        int count = !occurs ? 0
                : Math.max(NameCounts.countLabelled(text, label, code), bare ? NameCounts.countWord(text, code) / 2 : 0);
        found.put(pseudonym, new Candidate(pseudonym, bare ? mention : strict, count,
                (bare ? mention : strict).matcher(title).find(), code));
    }

    /**
     * Children named together ('called Amber, Tyler and Rosie', 'REVIEW: POPPY AND ALFIE') are kept together: the
     * youngest is often named least.
     */
    private static void addNamedTogether(Map<String, Candidate> found, Map<String, Set<String>> together, String text,
            String title, List<String> names, int minCount) {
        names.forEach(name -> addName(found, text, title, name, minCount));
        if (names.size() > 1) {
            Set<String> group = new java.util.LinkedHashSet<>(names);
            names.forEach(name -> together.put(name, group));
        }
    }

    private static void addName(Map<String, Candidate> found, String text, String title, String name, int minCount) {
        if (name == null || NOT_NAMES.contains(name) || found.containsKey(name)
                || found.keySet().stream().anyMatch(k -> k.endsWith(" " + name))) {
            return;
        }
        Pattern mention = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
        int count = NameCounts.countWord(text, name);
        if (count >= minCount) {
            found.put(name, new Candidate(name, mention, count, mention.matcher(title).find(), name));
        }
    }

    /**
     * Whether a name at this offset opens a line or a sentence: the line starts there, or white space
     * separates it from a full stop, '!' or '?' (what '(?m)(?:^|[.!?]\\s+)' before the name said, checked
     * here so that the pattern can be gated on capital letters).
     */
    static boolean sentenceStart(String text, int at) {
        if (at == 0 || isLineEnd(text.charAt(at - 1))) {
            return true;
        }
        int i = at - 1;
        while (i >= 0 && Regexes.isSpace(text.charAt(i))) {
            i--;
        }
        if (i < at - 1 && i >= 0 && ".!?".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        // a paragraph number and white space at the start of a line: '1.1 Leo died', '3. Mia was admitted'
        if (i < at - 1 && i >= 0 && Character.isDigit(text.charAt(i))) {
            int j = i;
            while (j >= 0 && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
                j--;
            }
            return j < 0 || isLineEnd(text.charAt(j));
        }
        return false;
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
