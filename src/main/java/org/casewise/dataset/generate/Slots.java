package org.casewise.dataset.generate;

import java.util.Map;
import java.util.SplittableRandom;

/** Fills the phrase bank's {slots} for one case. */
final class Slots {

    private final Map<String, String> values;

    Slots(CaseFacts facts, SplittableRandom r) {
        CaseFacts.ChildFacts child = facts.subject();
        boolean girl = child.sex().equals("female");
        String school = child.ageBand().equals("11-15") || child.ageBand().equals("16-17")
                ? CasePlanner.pick(r, "the secondary school", "the academy", "the high school")
                : CasePlanner.pick(r, "the primary school", "the infant school", "the school");
        this.values = Map.ofEntries(
                Map.entry("{child}", child.pseudonym()),
                Map.entry("{mother}", facts.family().mother()),
                Map.entry("{father}", facts.family().father()),
                Map.entry("{partner}", facts.family().partner()),
                Map.entry("{sibling}", facts.family().sibling()),
                Map.entry("{pronoun}", girl ? "she" : "he"),
                Map.entry("{Pronoun}", girl ? "She" : "He"),
                Map.entry("{possessive}", girl ? "her" : "his"),
                Map.entry("{object}", girl ? "her" : "him"),
                Map.entry("{age}", child.ageWords()),
                Map.entry("{school}", school),
                Map.entry("{hospital}", CasePlanner.pick(r, "the local hospital", "the children's hospital",
                        "the district general hospital")));
    }

    String fill(String template) {
        String out = template;
        for (var e : values.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        // Any sentence may start with a slot whose value is lower case ('... rough play. mother said').
        return capitaliseSentences(out);
    }

    static String capitaliseSentences(String text) {
        StringBuilder sb = new StringBuilder(text);
        boolean start = true;
        for (int i = 0; i < sb.length(); i++) {
            char ch = sb.charAt(i);
            if (start && Character.isLetter(ch)) {
                sb.setCharAt(i, Character.toUpperCase(ch));
                start = false;
            } else if (ch == '.' || ch == '?' || ch == '!') {
                // 'e.g.' and initials are followed by a letter, not a space: only '. ' starts a sentence.
                start = i + 1 < sb.length() && sb.charAt(i + 1) == ' ';
            } else if (!Character.isWhitespace(ch) && ch != '"' && ch != '\'' && ch != '\u2018' && ch != '\u201c') {
                start = false;
            }
        }
        return sb.toString();
    }
}
