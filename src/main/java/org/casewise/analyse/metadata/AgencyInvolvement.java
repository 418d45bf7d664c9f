package org.casewise.analyse.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.casewise.analyse.Agencies;
import org.casewise.analyse.GateText;
import org.casewise.analyse.GatedPattern;
import org.casewise.analyse.section.Section;
import org.casewise.analyse.section.SectionName;

/**
 * The agencies that had contact with the family. A report names many agencies that had none: in
 * the glossary, the list of panel members, the contents, the recommendations addressed to every
 * partner. Those parts are left out, and an agency counts only when the rest of the report names
 * it at least {@link #MIN_MENTIONS} times.
 */
final class AgencyInvolvement {

    /**
     * Mentions needed per this many characters of body text: a short briefing names an agency
     * once, a 60-page overview report names every partner several times in passing.
     */
    static final int CHARS_PER_MENTION = 20_000;

    /*
     * A boilerplate line: a word of a panel, glossary or acknowledgements line anywhere in it, or a
     * glossary entry, bare paragraph number or theme heading at its start. The words never span a
     * line break, so they are found in one scan of the whole text (a scan per line was 3% of the
     * analysis); the line-start forms are tried with lookingAt on each line.
     */
    private static final GatedPattern BOILERPLATE_WORDS = GatedPattern.compile("(?i)\\bpanel\\b|glossary|membership|\\bchair(?:ed|s)?\\b"
            + "|represent(?:ed|ing|atives?)|distribution list|contents"
            + "|thanks? |grateful|acknowledg|how agencies (?:understood|responded)|key lines of enquiry");
    private static final Pattern BOILERPLATE_START = Pattern.compile("(?i)\\W*[A-Z]{2,6}\\s*[-–—:=]\\s+[A-Z]|\\W*\\d+(?:\\.\\d+)*\\s*\\W*$"
            + "|\\W*(?:theme \\d+|learning about)\\b");
    /** A recommendations heading followed by its list: what agencies should do next is not contact with the family. */
    private static final GatedPattern RECOMMENDATIONS = GatedPattern.compile("(?im)^\\W*(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:recommendations"
            + "|recommendations (?:for|to) (?:the )?(?:board|partnership|agencies)|single[- ]agency recommendations)\\s*:?\\s*$");
    private static final List<String> SKIPPED = List.of(SectionName.GLOSSARY.id(), SectionName.CONTENTS.id(),
            SectionName.APPENDICES.id(), SectionName.RECOMMENDATIONS.id(), SectionName.METHODOLOGY.id());

    private AgencyInvolvement() {
    }

    /** The text before the last recommendations heading past the first third (a contents entry comes earlier). */
    private static String beforeRecommendations(String text) {
        GatedPattern.Scan m = RECOMMENDATIONS.scan(text);
        int cut = text.length();
        while (m.find()) {
            if (m.start() > text.length() / 3) {
                cut = m.start();
                break;
            }
        }
        return text.substring(0, cut);
    }

    /**
     * The lines of the account ({@link String#lines} splits them) that are not boilerplate, as
     * start and end offsets in the account, one pair per line.
     */
    static int[] keptLines(GateText text) {
        String account = text.toString();
        java.util.BitSet wordAt = new java.util.BitSet(account.length());
        GatedPattern.Scan words = BOILERPLATE_WORDS.scan(text);
        while (words.find()) {
            wordAt.set(words.start());
        }
        // each line is tried as a region (anchoring and opaque bounds, as the line on its own would be)
        java.util.regex.Matcher start = BOILERPLATE_START.matcher(account);
        int[] kept = new int[64];
        int k = 0;
        int pos = 0;
        int n = account.length();
        while (pos < n) {
            int end = pos;
            while (end < n && account.charAt(end) != '\n' && account.charAt(end) != '\r') {
                end++;
            }
            int next = wordAt.nextSetBit(pos);
            boolean boilerplate = next >= 0 && next < end || start.region(pos, end).lookingAt();
            if (!boilerplate) {
                if (k == kept.length) {
                    kept = java.util.Arrays.copyOf(kept, k * 2);
                }
                kept[k++] = pos;
                kept[k++] = end;
            }
            // as String.lines: "\r\n" is one break
            pos = end < n && account.charAt(end) == '\r' && end + 1 < n && account.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        return java.util.Arrays.copyOf(kept, k);
    }

    /** The length of the kept lines, each counted with the line break that ends it. */
    static int keptLength(int[] kept) {
        int length = 0;
        for (int k = 0; k < kept.length; k += 2) {
            length += kept[k + 1] - kept[k] + 1;
        }
        return length;
    }

    /** Whether the offset lies in one of the kept lines (start and end pairs, ascending). */
    static boolean inKeptLine(int[] kept, int at) {
        int lo = 0;
        int hi = kept.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (kept[2 * mid + 1] <= at) {
                lo = mid + 1;
            } else if (kept[2 * mid] > at) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    static List<String> involved(String text, List<Section> sections) {
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        List<Section> skipped = sections.stream().filter(s -> SKIPPED.contains(s.name()))
                .sorted(java.util.Comparator.comparingInt(Section::start)).toList();
        for (Section s : skipped) {
            if (s.start() > from) {
                kept.append(text, from, Math.min(s.start(), text.length())).append('\n');
            }
            from = Math.max(from, s.end());
        }
        if (from < text.length()) {
            kept.append(text, from, text.length());
        }
        String account = sections.isEmpty() ? beforeRecommendations(kept.toString()) : kept.toString();
        // The mentions are counted in the account itself, only those in kept lines, rather than in a copy
        // of the kept lines: no agency pattern matches a line break or looks past one (each sees a
        // non-word character there either way), so the counts and the order of first mentions are the
        // same, and the account's prepared text (lowercased, indexed) serves both scans.
        GateText accountText = new GateText(account);
        int[] lines = keptLines(accountText);
        int bodyLength = keptLength(lines);
        List<String> out = new ArrayList<>();
        for (Agencies.Mention m : Agencies.mentions(accountText, at -> inKeptLine(lines, at))) {
            if (m.count() >= 1 + bodyLength / CHARS_PER_MENTION) {
                out.add(m.id());
            }
        }
        return out;
    }
}
