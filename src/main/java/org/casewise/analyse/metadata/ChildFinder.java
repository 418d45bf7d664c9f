package org.casewise.analyse.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.GatedPattern;
import org.casewise.analyse.Regexes;
import org.casewise.analyse.text.Sentence;

/**
 * The children a review is about: their pseudonyms, ages at the incident and sex. Pseudonyms come
 * in many forms ('Child A', 'Baby F', 'Child LR', 'Child C1 and C2', 'Laura (not her real name)',
 * case codes such as 'CN18' in the title, or a first name given with an age: 'Callum, then two');
 * the subjects are those the title names, else the ones the text keeps coming back to. Siblings
 * who are only mentioned are left out.
 */
final class ChildFinder {

    private static final GatedPattern LABELLED = GatedPattern.compile(
            "\\b(?:Child|Baby|Infant|Young [Pp]erson|Sibling|CHILD|BABY)[ \\t\\u00a0]+([A-Z]{1,3}\\d{0,2}|\\d{1,2})\\b((?:\\s*(?:,|and|&)\\s*[A-Z]{1,3}\\d{1,2}\\b)*)");
    private static final Pattern FOLLOWING_CODE = Pattern.compile("[A-Z]{1,3}\\d{1,2}");
    private static final GatedPattern NOT_REAL_NAME = GatedPattern.compile(
            "\\b([A-Z][a-z]+)\\s*\\((?:not (?:his|her|their) real name|a pseudonym|pseudonym|name changed|not real name)\\)"
                    + "|\\b(?:referred to|known) (?:in this (?:report|review) )?as ['‘\"“]?([A-Z][a-z]+)['’\"”]?");
    /** A first name given an age in apposition: 'Callum, then two years old', 'Dylan (16)', 'Poppy, aged 13'. */
    private static final GatedPattern NAME_WITH_AGE = GatedPattern.compile(
            "\\b([A-Z][a-z]{2,})(?:,\\s*(?:then |now |who was |a (?:boy|girl) )?(?:aged |age )?| \\((?:aged )?| was (?:then )?)"
                    + "(?=(?:" + Ages.NUMBER + ")[- ](?:day|week|month|year)|\\d{1,2}\\))");
    /** A first name as the subject of the incident: 'Dylan died in September 2012', 'Mia was admitted'. */
    private static final GatedPattern NAME_AS_SUBJECT = GatedPattern.compile("([A-Z][a-z]{2,}) (?:died|was (?:admitted|found"
            + " dead|found unresponsive|taken to hospital|rushed|airlifted)|suffered|sustained)\\b");
    /** The title's subject when it is a first name: 'Serious Case Review concerning Dylan', 'Learning Review: Poppy'. */
    private static final Pattern TITLE_NAME = Pattern.compile(
            "(?:concerning|regarding|in respect of|re:?|:|-|–|—|death of|about)\\s+([A-Z][a-z]{2,})\\b\\s*(?:$|[-–—(:|,])");
    /** A quoted first name in the title: 'Learning Review "Ava"', 'Young Person L ("Leah")'. */
    private static final Pattern TITLE_QUOTED_NAME = Pattern.compile("[\"“'‘]([A-Z][a-z]{2,}|[A-Z]{3,})[\"”'’]");
    private static final Pattern TITLE_CODE = Pattern.compile("(?<!(?i:family) )\\b([A-Z]{1,3}\\d{1,3})\\b(?!\\s*/|/)");
    private static final Set<String> NOT_NAMES = Set.of("Mother", "Father", "The", "This", "That", "When", "Then", "In",
            "At", "On", "She", "He", "Her", "His", "They", "Their", "Mr", "Ms", "Mrs", "Miss", "Dr", "By", "For", "Aged",
            "Baby", "Child", "Children", "Sibling", "Adult", "After", "Before", "From", "During", "Although", "While",
            "Grandmother", "Grandfather", "Partner", "Stepfather", "Aunt", "Uncle", "Cousin", "Brother", "Sister",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Police", "Hospital", "School", "Family", "Review", "Report", "Summary", "Page",
            "Age", "Ages", "Year", "Years", "It", "There", "Both", "Each", "All", "One", "Two", "Three", "Practitioners");
    /** People other than the child: an age or pronoun after one of these belongs to them. */
    static final Pattern OTHER_PERSON = Pattern.compile("(?i)\\b(?:mother|mum|father|dad|sibling|siblings|brothers?|sisters?"
            + "|partner|stepfather|step-father|boyfriend|girlfriend|grandmother|grandfather|grandparents?|aunt|uncle|cousin"
            + "|parents?|carers?|foster carers?|mr|ms|mrs|miss|adult [A-Z]|social worker|health visitor|midwife|teacher"
            + "|nurse|officers?|doctor|gp|paediatrician|worker|practitioner|manager|reviewer|consultant|man|woman)\\b");
    private static final Pattern INCIDENT = Pattern.compile("(?i)\\b(?:died|death|admitted|injur|harm|taken to|found"
            + "|incident|suffered|sustained|then|at the time|assault|abuse|neglect|killed)");
    private static final Pattern AGE_CUE_BEFORE = Pattern.compile("(?i)(?:aged?|then|at|was|is|of|a (?:boy|girl)|when|\\(|,)\\s*$");
    private static final Pattern NOW_BEFORE = Pattern.compile("(?i)\\b(?:now|currently|today|is)\\s+(?:aged\\s+)?$");
    private static final GatedPattern MALE = new GatedPattern(Pattern.compile("\\b(?:he|him|his|himself)\\b", Pattern.CASE_INSENSITIVE));
    private static final GatedPattern FEMALE = new GatedPattern(Pattern.compile("\\b(?:she|her|hers|herself)\\b", Pattern.CASE_INSENSITIVE));
    /** SEX_NOUN's nouns ('female' holds 'male'); a window without one cannot match it. */
    private static final List<String> SEX_WORDS = List.of("boy", "girl", "son", "daughter", "male");
    private static final Pattern SEX_NOUN = Pattern.compile("(?i)^[,\\s]*(?:(?:was|is|,)\\s*)?(?:a|the|an?)?\\s*(?:[\\w-]+\\s+){0,3}?(boy|girl|son|daughter|male|female)\\b");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ChildFinder() {
    }

    /** A candidate subject: how the text names the child and the pattern that finds every mention. */
    record Candidate(String pseudonym, Pattern mention, int count, boolean inTitle, String literal) {

        /** Whether the text may mention the candidate: every mention contains its code or name as it is. */
        boolean mayOccurIn(String text) {
            return text.contains(literal);
        }
    }

    static List<Child> find(String text, String title, List<Sentence> prepared, boolean adultReview) {
        return find(prepared, subjects(text, title == null ? "" : title, adultReview));
    }

    /** The children among subjects already found (the caller needs them too: finding them scans the whole text). */
    static List<Child> find(List<Sentence> prepared, List<Candidate> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        List<String> sentences = prepared.stream().map(s -> singleSpaced(s.text())).toList();
        List<Pattern> all = subjects.stream().map(Candidate::mention).toList();
        List<Child> children = new ArrayList<>();
        for (Candidate c : subjects) {
            Age age = age(c, all, sentences).orElse(null);
            Double years = age == null ? null : age.years;
            String band = age == null ? null : Ages.band(years, age.unborn);
            children.add(new Child(c.pseudonym, years, band, sex(c, all, sentences)));
        }
        return children;
    }

    /**
     * @param adultReview a safeguarding adults or domestic homicide review: the person its title
     *                    names is an adult, so the children are the ones the text is about
     */
    static List<Candidate> subjects(String text, String fullTitle, boolean adultReview) {
        String title = adultReview ? "" : fullTitle;
        Map<String, Candidate> found = new LinkedHashMap<>();
        Map<String, Integer> bareLetters = bareLetters(text);
        String titledText = title + "\n" + text;
        GatedPattern.Text titled = new GatedPattern.Text(titledText);
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
        GatedPattern.Scan n = NOT_REAL_NAME.scan(titled);
        while (n.find()) {
            addName(found, text, title, n.group(1) != null ? n.group(1) : n.group(2), 1);
        }
        GatedPattern.Text gated = new GatedPattern.Text(text);
        GatedPattern.Scan a = NAME_WITH_AGE.scan(gated);
        while (a.find()) {
            addName(found, text, title, a.group(1), 3);
        }
        GatedPattern.Scan subject = NAME_AS_SUBJECT.scan(gated);
        while (subject.find()) {
            if (sentenceStart(text, subject.start())) {
                addName(found, text, title, subject.group(1), 3);
            }
        }
        Matcher tn = TITLE_NAME.matcher(title);
        while (tn.find()) {
            addName(found, text, title, tn.group(1), 2);
        }
        Matcher quoted = TITLE_QUOTED_NAME.matcher(title);
        while (quoted.find()) {
            String q = quoted.group(1);
            // a cover in capitals ('"TYLER"') names the child the text calls Tyler
            addName(found, text, title, q.charAt(0) + q.substring(1).toLowerCase(Locale.ROOT), 2);
        }
        Matcher code = TITLE_CODE.matcher(title);
        while (code.find()) {
            addName(found, text, title, code.group(1), 2);
        }
        for (String letter : bareLetters.keySet()) {
            addName(found, text, title, letter, BARE_LETTER_USES);
        }
        List<Candidate> inTitle = found.values().stream().filter(Candidate::inTitle).toList();
        if (!inTitle.isEmpty()) {
            return inTitle;
        }
        int top = found.values().stream().mapToInt(Candidate::count).max().orElse(0);
        Set<String> kept = new java.util.HashSet<>();
        found.values().stream().filter(c -> c.count >= 2 && c.count * 2 >= top).forEach(c -> kept.add(c.pseudonym));
        // a sibling named less often than the others is still one of the children the review is about
        return found.values().stream().filter(c -> kept.contains(c.pseudonym) || c.count >= 2
                && together.getOrDefault(c.pseudonym, Set.of()).stream().anyMatch(kept::contains)).toList();
    }

    /**
     * Children named together in the opening ('concerns four siblings, called Child 1, Child 2, Child 3
     * and Child 4') are the review's subjects; a list later on may be a sibling named beside the child.
     */
    private static final int OPENING_LIST_CHARS = 4_000;

    /** Whether only a list separator lies between two names: ', ', ' and ', ', and ', ' & '. */
    private static boolean listed(String text, int from, int to) {
        if (from < 0 || to - from > 8) {
            return false;
        }
        String gap = text.substring(from, to).strip();
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
                || bareLetters.getOrDefault(code, 0) > countLabelled(text, label, code);
        int count = !occurs ? 0 : Math.max(countLabelled(text, label, code), bare ? countWord(text, code) / 2 : 0);
        found.put(pseudonym, new Candidate(pseudonym, bare ? mention : strict, count,
                (bare ? mention : strict).matcher(title).find(), code));
    }

    private static void addName(Map<String, Candidate> found, String text, String title, String name, int minCount) {
        if (name == null || NOT_NAMES.contains(name) || found.containsKey(name)
                || found.keySet().stream().anyMatch(k -> k.endsWith(" " + name))) {
            return;
        }
        Pattern mention = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
        int count = countWord(text, name);
        if (count >= minCount) {
            found.put(name, new Candidate(name, mention, count, mention.matcher(title).find(), name));
        }
    }

    /** Uses of a bare letter as a name needed before the letter is taken for a child's pseudonym. */
    static final int BARE_LETTER_USES = 3;
    /** What may follow a letter used as a name: a possessive, or a verb or 'and' as in 'L was two', 'L and her sister'. */
    private static final List<String> AFTER_BARE_LETTER = List.of("'s ", "’s ", " was ", " is ", " had ", " has ", " died ",
            " lived ", " and ", " said ", " told ", " were ", " would ", " did ", " attended ", " became ", " went ",
            " moved ", " started ", " spent ", " returned ", " was,", " died.");
    /** Adults are called by a title and a letter ('Ms E said', "Mr S's violence"): not a child's name. */
    private static final List<String> TITLES = List.of("Mr ", "Mrs ", "Ms ", "Miss ", "Mx ", "Dr ", "Mr. ", "Mrs. ", "Ms. ",
            "Dr. ", "Adult ", "Mother ", "Father ", "Partner ");

    /**
     * Letters a report uses as a child's name, with how often ('the child is referred to as L', then
     * 'L was born in March 2007', "L's father"), when at least {@link #BARE_LETTER_USES} times. 'A' and
     * 'I' are words, so never taken; other capitals standing alone ('Plan B') rarely start a clause this often.
     */
    static Map<String, Integer> bareLetters(String text) {
        Map<Character, Integer> uses = new java.util.HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'B' || c > 'Z' || c == 'I' || i + 1 >= text.length() || i > 0 && Regexes.isWordChar(text.charAt(i - 1))) {
                continue;
            }
            char next = text.charAt(i + 1);
            if (next != ' ' && next != '\'' && next != '’' || afterTitle(text, i)) {
                continue;
            }
            for (String after : AFTER_BARE_LETTER) {
                if (text.startsWith(after, i + 1)) {
                    uses.merge(c, 1, Integer::sum);
                    break;
                }
            }
        }
        Map<String, Integer> out = new java.util.TreeMap<>();
        uses.forEach((c, n) -> {
            if (n >= BARE_LETTER_USES) {
                out.put(String.valueOf(c), n);
            }
        });
        return out;
    }

    private static boolean afterTitle(String text, int at) {
        for (String t : TITLES) {
            if (at >= t.length() && text.startsWith(t, at - t.length())) {
                return true;
            }
        }
        return false;
    }

    /** The text with each run of white space as one space; most sentences have none to change. */
    static String singleSpaced(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Regexes.isSpace(c) && (c != ' ' || i + 1 < s.length() && Regexes.isSpace(s.charAt(i + 1)))) {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
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

    /**
     * How often a word standing alone occurs ('\\bword\\b' for a word that starts and ends with a word
     * character): counted with indexOf, as a regex per candidate over the whole text was the costliest
     * step of finding the children.
     */
    static int countWord(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            if (boundaryBefore(text, i) && boundaryAfter(text, i + word.length())) {
                n++;
            }
        }
        return n;
    }

    /** How often '\\b(?i:label)\\s+code\\b' occurs (label ASCII letters and spaces, code a word). */
    static int countLabelled(String text, String label, String code) {
        int n = 0;
        for (int i = text.indexOf(code); i >= 0; i = text.indexOf(code, i + code.length())) {
            if (!boundaryAfter(text, i + code.length())) {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && Regexes.isSpace(text.charAt(j))) {
                j--;
            }
            int labelStart = j + 1 - label.length();
            if (j < i - 1 && labelStart >= 0 && asciiEqualsIgnoreCase(text, labelStart, label)
                    && boundaryBefore(text, labelStart)) {
                n++;
            }
        }
        return n;
    }

    private static boolean asciiEqualsIgnoreCase(String text, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            char a = text.charAt(at + k);
            char b = word.charAt(k);
            if (a != b && lower(a) != lower(b)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean boundaryBefore(String text, int i) {
        return i == 0 || !Regexes.isWordChar(text.charAt(i - 1));
    }

    private static boolean boundaryAfter(String text, int end) {
        return end >= text.length() || !Regexes.isWordChar(text.charAt(end));
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    record Age(Double years, boolean unborn) {
    }

    /**
     * The age attached to the child in the sentence that tells of the incident, else the first
     * attached age: after the name ('Child E, a boy aged 20 months') or just before it ('At three
     * months old, Child M'), never across another person ('her siblings, aged nine and seven').
     */
    static Optional<Age> age(Candidate c, List<Pattern> subjects, List<String> sentences) {
        Age fallback = null;
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (!c.mayOccurIn(s)) {
                continue;
            }
            Matcher name = c.mention.matcher(s);
            while (name.find()) {
                Optional<Age> a = attachedAge(s, name.start(), name.end(), subjects);
                if (a.isEmpty() && i + 1 < sentences.size()) {
                    // 'Leo died in November 2022. He was sixteen years old.': the next sentence goes on about
                    // the child (a lone pronoun only when the child opened the sentence before it)
                    a = name.start() < 3 ? pronounAge(sentences.get(i + 1), subjects)
                            : groupAge(sentences.get(i + 1), subjects);
                }
                if (a.isPresent()) {
                    if (INCIDENT.matcher(s).find()) {
                        return a;
                    }
                    if (fallback == null) {
                        fallback = a.get();
                    }
                }
            }
        }
        return Optional.ofNullable(fallback);
    }

    /**
     * 'He was sixteen years old.', 'She was then aged 14.': an age given to the pronoun that opens the
     * sentence; 'At the time ... the twins were four years old.': an age given to the children together.
     */
    private static Optional<Age> pronounAge(String next, List<Pattern> subjects) {
        Matcher p = PRONOUN_WAS.matcher(next);
        if (p.lookingAt()) {
            return attachedAge(next, 0, p.end(), subjects);
        }
        return groupAge(next, subjects);
    }

    private static Optional<Age> groupAge(String next, List<Pattern> subjects) {
        Matcher group = GROUP_WERE.matcher(next);
        return group.find() ? attachedAge(next, group.start(), group.end(), subjects) : Optional.empty();
    }

    private static final Pattern PRONOUN_WAS = Pattern.compile("(?:He|She) (?:was|is)\\b");
    private static final Pattern GROUP_WERE = Pattern.compile("\\b(?:[Tt]he twins|[Bb]oth (?:children|boys|girls)|[Tt]hey) were\\b");

    /** 'Dylan (16)', 'Poppy (aged 3)'. */
    private static final Pattern AGE_IN_BRACKETS = Pattern.compile("^\\s*\\((?:aged\\s*)?(\\d{1,2})\\)");

    private static Optional<Age> attachedAge(String s, int nameStart, int nameEnd, List<Pattern> subjects) {
        String after = s.substring(nameEnd, Math.min(s.length(), nameEnd + 110));
        after = cutAtOtherPerson(after, subjects);
        Matcher paren = AGE_IN_BRACKETS.matcher(after);
        if (paren.find()) {
            return Optional.of(new Age((double) Integer.parseInt(paren.group(1)), false));
        }
        Optional<Age> a = firstAge(after, s, nameEnd);
        if (a.isPresent()) {
            return a;
        }
        String before = s.substring(Math.max(0, nameStart - 50), nameStart);
        if (!OTHER_PERSON.matcher(before).find() && Regexes.matches(before, "(?is).*\\b(?:at|aged|when (?:he|she) was|\\w+-(?:year|month|week|day)s?-old)\\b.*")) {
            return firstAge(before, s, Math.max(0, nameStart - 50));
        }
        return Optional.empty();
    }

    private static Optional<Age> firstAge(String window, String sentence, int offset) {
        Matcher m = Ages.AGE.matcher(window);
        while (m.find()) {
            String lead = sentence.substring(Math.max(0, offset + m.start() - 25), offset + m.start());
            boolean hasOld = m.group().toLowerCase(Locale.ROOT).endsWith("old");
            boolean special = m.group("unborn") != null || m.group("newborn") != null || m.group("bare") != null;
            if (NOW_BEFORE.matcher(lead).find()) {
                continue;
            }
            if (special || hasOld || AGE_CUE_BEFORE.matcher(lead).find()) {
                return Optional.of(new Age(Ages.years(m).orElse(null), Ages.unborn(m)));
            }
        }
        return Optional.empty();
    }

    private static final Pattern LEADING_PRONOUN = Pattern.compile("^(He|She|His|Her)\\b");
    /** Family members and other children end a pronoun window; professionals do not (see pronounWindow). */
    private static final Pattern FAMILY_PERSON = Pattern.compile("(?i)\\b(?:mother|mum|father|dad|sibling|siblings|brothers?"
            + "|sisters?|partner|stepfather|step-father|boyfriend|girlfriend|grandmother|grandfather|grandparents?|aunt|uncle"
            + "|cousin|parents?|carers?|mr|ms|mrs|miss|adult [A-Z]|man|woman)\\b");
    private static final Pattern PROFESSIONAL_THEN_SUBJECT = Pattern.compile("(?i)\\b(?:social worker|health visitor|midwife"
            + "|teacher|nurse|officers?|doctor|gp|paediatrician|worker|practitioner|manager|reviewer|consultant)\\b"
            + "(?:\\s+\\w+){0,3}?\\s+(?:he|she)\\b");

    /**
     * The pronouns after a mention that can refer to the child: up to the next family member or
     * other child; a professional's own subject pronoun ('the health visitor said she ...') is
     * removed, but an object pronoun after one ('did not ask to see him') is kept.
     */
    private static String pronounWindow(String after, List<Pattern> subjects) {
        int cut = after.length();
        Matcher o = FAMILY_PERSON.matcher(after);
        if (o.find()) {
            cut = o.start();
        }
        for (Pattern p : subjects) {
            Matcher s = p.matcher(after);
            if (s.find() && s.start() > 0) {
                cut = Math.min(cut, s.start());
            }
        }
        String window = after.substring(0, cut);
        // the pattern ends in 'he' or 'she': most windows have neither, and need no replacing
        return hasHe(window) ? PROFESSIONAL_THEN_SUBJECT.matcher(window).replaceAll(" ") : window;
    }

    /** Whether one of SEX_NOUN's nouns occurs in the text, in any case. */
    private static boolean mayNameSex(String s) {
        for (String w : SEX_WORDS) {
            for (int i = 0; i + w.length() <= s.length(); i++) {
                if (s.regionMatches(true, i, w, 0, w.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether 'he' occurs in any case (so also 'she'). */
    private static boolean hasHe(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if ((s.charAt(i) | 0x20) == 'h' && (s.charAt(i + 1) | 0x20) == 'e') {
                return true;
            }
        }
        return false;
    }

    /** The part of a window before the next person other than the child (parent, sibling, professional). */
    private static String cutAtOtherPerson(String window, List<Pattern> subjects) {
        int cut = window.length();
        Matcher o = OTHER_PERSON.matcher(window);
        if (o.find()) {
            cut = o.start();
        }
        for (Pattern p : subjects) {
            Matcher s = p.matcher(window);
            if (s.find() && s.start() > 0) {
                cut = Math.min(cut, s.start());
            }
        }
        return window.substring(0, cut);
    }

    /**
     * 'boy', 'girl', 'son' or 'daughter' in apposition decides; otherwise pronouns after each mention,
     * up to the next other person, must favour one sex at least two to one.
     */
    static String sex(Candidate c, List<Pattern> subjects, List<String> sentences) {
        int male = 0;
        int female = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i);
            if (!c.mayOccurIn(text)) {
                continue;
            }
            Matcher name = c.mention.matcher(text);
            boolean first = true;
            while (name.find()) {
                String after = text.substring(name.end(), Math.min(text.length(), name.end() + 160));
                String head = after.length() > 40 ? after.substring(0, 40) : after;
                Matcher noun = mayNameSex(head) ? SEX_NOUN.matcher(head) : null;
                if (noun != null && noun.find()) {
                    String w = noun.group(1).toLowerCase(Locale.ROOT);
                    return w.equals("boy") || w.equals("son") || w.equals("male") ? "male" : "female";
                }
                String window = pronounWindow(after, subjects);
                male += MALE.count(new GatedPattern.Text(window));
                female += FEMALE.count(new GatedPattern.Text(window));
                // 'Baby A was not yet rolling over. He had ...': the next sentence continues with the child.
                if (first && name.start() < 3 && i + 1 < sentences.size()) {
                    Matcher next = LEADING_PRONOUN.matcher(sentences.get(i + 1));
                    if (next.find() && !OTHER_PERSON.matcher(after).find()) {
                        boolean m = next.group(1).toLowerCase(Locale.ROOT).startsWith("h") && !next.group(1).equalsIgnoreCase("her");
                        male += m ? 1 : 0;
                        female += m ? 0 : 1;
                    }
                }
                first = false;
            }
        }
        if (male > 0 && male >= 2 * female) {
            return "male";
        }
        if (female > 0 && female >= 2 * male) {
            return "female";
        }
        return null;
    }
}
