package org.casewise.analyse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which case a report is about, from its title, for linking an executive summary to its overview
 * report when their texts share too little to match (summaries are often written afresh, not
 * extracted: measured containment in the generated corpus was 0.01 to 0.39). Reviews name the
 * child by a pseudonym ("Child V5", "Baby T", "Family X", "Ryan"); with the same board and year,
 * the same pseudonym is the same case.
 */
public final class CaseIdentity {

    /** "Child V5", "Baby T", "Family X", "Young Person A", "Children B and C", "Siblings D". */
    private static final Pattern PSEUDONYM = Pattern.compile(
            "\\b(child(?:ren)?|baby|infant|family|young person|adult|sibling(?:s| group)?)\\s+"
                    + "([A-Z][A-Za-z0-9]{0,11}(?:\\s+and\\s+[A-Z][A-Za-z0-9]{0,11})?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUMMARY = Pattern.compile("(?i)\\bexecutive\\s+summary\\b");
    private static final Pattern OVERVIEW = Pattern.compile("(?i)\\boverview\\s+report\\b");

    private CaseIdentity() {
    }

    /** The case pseudonym in a title, normalised ("child v5"), when it names one. */
    public static Optional<String> pseudonym(String title) {
        if (title == null) {
            return Optional.empty();
        }
        Matcher m = PSEUDONYM.matcher(title);
        while (m.find()) {
            String name = m.group(2);
            // The name must look like a pseudonym (capitalised), not a word such as "Child protection".
            if (Character.isUpperCase(name.charAt(0)) && !name.equalsIgnoreCase("protection")
                    && !name.equalsIgnoreCase("safeguarding")) {
                return Optional.of(Regexes.collapseSpaces((m.group(1) + " " + name).toLowerCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    public static boolean isSummary(String title) {
        return title != null && SUMMARY.matcher(title).find();
    }

    public static boolean isOverview(String title) {
        return title != null && OVERVIEW.matcher(title).find();
    }
}
