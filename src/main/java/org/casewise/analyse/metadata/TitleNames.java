package org.casewise.analyse.metadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.metadata.ChildCandidates.Candidate;

/**
 * The children a review's title names: a first name ('Serious Case Review concerning Dylan'), several
 * ('REVIEW: POPPY AND ALFIE'), a quoted name ('Learning Review "Ava"'), a case code ('CN18'), and a
 * label with the name it stands for ('CHILD T ("TOMMY")'). {@link ChildCandidates} weighs them with
 * the names the text itself uses.
 */
final class TitleNames {

    /** The title's subject when it is a first name: 'Serious Case Review concerning Dylan', 'Learning Review: Poppy'. */
    private static final Pattern TITLE_NAME = Pattern.compile(
            "(?:concerning|regarding|in respect of|re:?|:|-|–|—|death of|about)\\s+([A-Z][a-z]{2,})\\b\\s*(?:$|[-–—(:|,])");
    /** Two or more first names in the title, in any case: 'LOCAL CHILD SAFEGUARDING PRACTICE REVIEW: POPPY AND ALFIE'. */
    private static final Pattern TITLE_NAMES = Pattern.compile(
            "(?:concerning|regarding|in respect of|re:?|:|-|–|—|deaths? of|about)\\s+((?:[A-Z][a-z]{2,}|[A-Z]{3,})"
            + "(?:(?:,\\s*|,?\\s+(?:and|AND)\\s+|\\s*&\\s*)(?:[A-Z][a-z]{2,}|[A-Z]{3,}))+)\\s*(?:$|[-–—(:|,])");
    /** ', and' is tried before ',' so that an Oxford comma ('Poppy, Alfie, and Max') leaves no 'and' on a name. */
    private static final Pattern TITLE_NAMES_SPLIT = Pattern.compile(",?\\s+(?:and|AND)\\s+|,\\s*|\\s*&\\s*");
    /** A quoted first name in the title: 'Learning Review "Ava"', 'Young Person L ("Leah")'. */
    private static final Pattern TITLE_QUOTED_NAME = Pattern.compile("[\"“'‘]([A-Z][a-z]{2,}|[A-Z]{3,})[\"”'’]");
    private static final Pattern TITLE_CODE = Pattern.compile("(?<!(?i:family) )\\b([A-Z]{1,3}\\d{1,3})\\b(?!\\s*/|/)");

    private TitleNames() {
    }

    /** Names the title gives, one child each or (together) children named as a group, in the order they are tried. */
    record Named(List<String> names, boolean together) {
    }

    static List<Named> in(String title) {
        List<Named> out = new ArrayList<>();
        Matcher tn = TITLE_NAME.matcher(title);
        while (tn.find()) {
            out.add(new Named(List.of(tn.group(1)), false));
        }
        Matcher names = TITLE_NAMES.matcher(title);
        while (names.find()) {
            List<String> each = Arrays.stream(TITLE_NAMES_SPLIT.split(names.group(1))).map(TitleNames::asName).toList();
            out.add(new Named(each, true));
        }
        Matcher quoted = TITLE_QUOTED_NAME.matcher(title);
        while (quoted.find()) {
            // a cover in capitals ('"TYLER"') names the child the text calls Tyler
            out.add(new Named(List.of(asName(quoted.group(1))), false));
        }
        Matcher code = TITLE_CODE.matcher(title);
        while (code.find()) {
            out.add(new Named(List.of(code.group(1)), false));
        }
        return out;
    }

    /** A name as the text writes it, whatever case the cover used: 'TYLER', 'tommy' -> 'Tyler', 'Tommy'. */
    static String asName(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /** A title's label with the name it stands for in brackets: 'CHILD T ("TOMMY")', 'Young Person L ("Leah")'. */
    private static final Pattern TITLE_LABEL_AND_NAME = Pattern.compile("(?i)\\b(" + ChildCandidates.LABEL_WORDS
            + ")\\s+(\\w{1,3})\\s*\\(\\s*[\"“'‘]([a-z]{3,})[\"”'’]\\s*\\)");

    /**
     * One child, two names: a title that gives the label and, in brackets, the name the text then uses
     * ('CHILD T ("TOMMY")', then 'Tommy' throughout; page headers keep 'Child T'). Kept as two subjects,
     * an age stated for Tommy was not Child T's and the child had none. The two become one candidate
     * under the name, found by either.
     */
    static void mergeLabelAndName(Map<String, Candidate> found, String title) {
        Matcher both = TITLE_LABEL_AND_NAME.matcher(title);
        while (both.find()) {
            String name = asName(both.group(3));
            String label = both.group(1) + " " + both.group(2);
            String labelKey = found.keySet().stream().filter(k -> k.equalsIgnoreCase(label)).findFirst().orElse(null);
            Candidate named = found.get(name);
            if (labelKey == null || named == null) {
                continue;
            }
            merge(found, labelKey, name);
        }
        // 'Young Person K' or 'Child N' on the cover, 'Kyle (not his real name)' or 'the baby is called Noah' in the
        // text: the code is the name's initial, and the text uses the name. Only when one name has that initial.
        for (String labelKey : List.copyOf(found.keySet())) {
            Candidate labelled = found.get(labelKey);
            Matcher code = LABEL_LETTER.matcher(labelKey);
            if (labelled == null || !labelled.inTitle() || !code.matches()) {
                continue;
            }
            List<Candidate> initial = found.values().stream().filter(c -> !c.inTitle() && c.pseudonym().length() >= 3
                    && c.pseudonym().charAt(0) == code.group(1).charAt(0)
                    && !ChildCandidates.LABEL.matcher(c.pseudonym()).matches() && c.count() > labelled.count()).toList();
            if (initial.size() == 1) {
                merge(found, labelKey, initial.get(0).pseudonym());
            }
        }
    }

    /** A label whose code is one capital letter ('Child N', 'Young person K'). */
    private static final Pattern LABEL_LETTER = Pattern.compile("(?i:" + ChildCandidates.LABEL_WORDS + ") ([A-Z])");

    /** The labelled and the named candidate become one, under the name, found by either. */
    private static void merge(Map<String, Candidate> found, String labelKey, String name) {
        Candidate named = found.get(name);
        Candidate labelled = found.remove(labelKey);
        Pattern either = Pattern.compile(named.mention().pattern() + "|" + labelled.mention().pattern());
        // the empty literal: a mention may hold either form, so no one string gates the search
        found.put(name, new Candidate(name, either, named.count() + labelled.count(), true, ""));
    }
}
