package org.casewise.analyse.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.GateText;
import org.casewise.analyse.GatedPattern;
import org.casewise.analyse.Regexes;
import org.casewise.analyse.text.Sentence;

/**
 * The children a review is about, with their ages at the incident and sex: for each subject that
 * {@link ChildCandidates} finds, the age {@link ChildAges} attaches to a mention (in the incident's
 * sentence first) and the pronouns that follow its mentions.
 */
final class ChildFinder {

    /** The pronouns counted for each sex, as whole words with ASCII case ignored. */
    private static final java.util.Set<String> MALE = java.util.Set.of("he", "him", "his", "himself");
    private static final java.util.Set<String> FEMALE = java.util.Set.of("she", "her", "hers", "herself");
    /** SEX_NOUN's nouns ('female' holds 'male'); a window without one cannot match it. */
    private static final List<String> SEX_WORDS = List.of("boy", "girl", "son", "daughter", "male");
    private static final Pattern SEX_NOUN = Pattern.compile("(?i)^([,\\s]*(?:(?:was|is|,)\\s*)?)(?:a|the|an?)?\\s*((?:[\\w-]+\\s+){0,3}?)(boy|girl|son|daughter|male|female)\\b");
    /** A possessive among the words before the noun: someone else's child unless set off by a comma ("M died her daughter was"). */
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)\\b(?:her|his|their)\\b");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ChildFinder() {
    }

    /** The children among subjects already found (the caller needs them too: finding them scans the whole text). */
    static List<Child> find(List<Sentence> prepared, List<ChildCandidates.Candidate> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        List<String> sentences = prepared.stream().map(s -> singleSpaced(s.text())).toList();
        List<Pattern> all = subjects.stream().map(ChildCandidates.Candidate::mention).toList();
        List<Child> children = new ArrayList<>();
        for (ChildCandidates.Candidate c : subjects) {
            ChildAges.Age age = ChildAges.age(c, all, sentences).orElse(null);
            Double years = age == null ? null : age.years();
            String band = age == null ? null : Ages.band(years, age.unborn());
            children.add(new Child(c.pseudonym(), years, band, sex(c, all, sentences)));
        }
        return children;
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

    private static final Pattern LEADING_PRONOUN = Pattern.compile("^(He|She|His|Her)\\b");
    /** Family members and other children end a pronoun window; professionals do not (see pronounWindow). */
    private static final GatedPattern FAMILY_PERSON = GatedPattern.compile("(?i)\\b(?:mother|mum|father|dad|sibling|siblings|brothers?"
            + "|sisters?|partner|stepfather|step-father|boyfriend|girlfriend|grandmother|grandfather|grandparents?|aunt|uncle"
            + "|cousin|parents?|carers?|mr|ms|mrs|miss|adult [A-Z]|man|woman)\\b");
    private static final GatedPattern PROFESSIONAL_THEN_SUBJECT = GatedPattern.compile("(?i)\\b(?:social worker|health visitor|midwife"
            + "|teacher|nurse|officers?|doctor|gp|paediatrician|worker|practitioner|manager|reviewer|consultant)\\b"
            + "(?:\\s+\\w+){0,3}?\\s+(?:he|she)\\b");

    /**
     * The pronouns after a mention that can refer to the child: up to the next family member or
     * other child; a professional's own subject pronoun ('the health visitor said she ...') is
     * removed, but an object pronoun after one ('did not ask to see him') is kept.
     */
    private static String pronounWindow(String after, List<Pattern> subjects) {
        int cut = after.length();
        int family = FAMILY_PERSON.firstIndex(new GateText(after));
        if (family >= 0) {
            cut = family;
        }
        for (Pattern p : subjects) {
            Matcher s = p.matcher(after);
            if (s.find() && s.start() > 0) {
                cut = Math.min(cut, s.start());
            }
        }
        String window = after.substring(0, cut);
        // the pattern ends in 'he' or 'she': most windows have neither, and need no replacing
        return Regexes.containsIgnoreCase(window, "he") ? PROFESSIONAL_THEN_SUBJECT.replaceAll(new GateText(window), " ") : window;
    }

    /**
     * How many male and female pronouns the window has, as words between {@code \\b} boundaries (runs of
     * ASCII letters, digits and '_') with ASCII case ignored: what '(?i)\\b(?:he|him|his|himself)\\b'
     * counts, read word by word instead of running a pattern over every window.
     */
    static int[] pronouns(String window) {
        int[] counts = new int[2];
        int n = window.length();
        int i = 0;
        while (i < n) {
            if (!Regexes.isWordChar(window.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Regexes.isWordChar(window.charAt(i))) {
                i++;
            }
            if (i - start >= 2 && i - start <= 7) {
                String word = window.substring(start, i).toLowerCase(Locale.ROOT);
                counts[0] += MALE.contains(word) ? 1 : 0;
                counts[1] += FEMALE.contains(word) ? 1 : 0;
            }
        }
        return counts;
    }

    /**
     * 'boy', 'girl', 'son' or 'daughter' in apposition decides; otherwise pronouns after each mention,
     * up to the next other person, must favour one sex at least two to one.
     */
    static String sex(ChildCandidates.Candidate c, List<Pattern> subjects, List<String> sentences) {
        int male = 0;
        int female = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i);
            if (!c.mayOccurIn(text)) {
                continue;
            }
            Matcher name = c.mention().matcher(text);
            boolean first = true;
            while (name.find()) {
                String after = text.substring(name.end(), Math.min(text.length(), name.end() + 160));
                String head = after.length() > 40 ? after.substring(0, 40) : after;
                boolean mayNameSex = false;
                for (String w : SEX_WORDS) {
                    mayNameSex |= Regexes.containsIgnoreCase(head, w);
                }
                Matcher noun = mayNameSex ? SEX_NOUN.matcher(head) : null;
                // 'M, her son, ...' is the child; in 'before M died her daughter was drinking' the daughter is the mother
                if (noun != null && noun.find() && (noun.group(1).indexOf(',') >= 0 || !POSSESSIVE.matcher(noun.group(2)).find())) {
                    String w = noun.group(3).toLowerCase(Locale.ROOT);
                    return w.equals("boy") || w.equals("son") || w.equals("male") ? "male" : "female";
                }
                String window = pronounWindow(after, subjects);
                int[] pronouns = pronouns(window);
                male += pronouns[0];
                female += pronouns[1];
                // 'Baby A was not yet rolling over. He had ...': the next sentence continues with the child.
                if (first && name.start() < 3 && i + 1 < sentences.size()) {
                    Matcher next = LEADING_PRONOUN.matcher(sentences.get(i + 1));
                    if (next.find() && !ChildAges.OTHER_PERSON.find(after)) {
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
