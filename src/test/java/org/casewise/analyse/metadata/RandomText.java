package org.casewise.analyse.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.casewise.analyse.GatedPattern;

/**
 * Random text from pieces, and the matches a pattern finds in it run plainly or gated: the tests that
 * check a hand-written start test against the pattern it guards compare the two.
 */
final class RandomText {

    private RandomText() {
    }

    static String of(Random r, String[] pieces, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(pieces[r.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    /** The pattern's matches by a plain find loop, with the first non-null of groups 1 and 2 when asked. */
    static List<String> plain(GatedPattern p, String text, boolean withName) {
        List<String> out = new ArrayList<>();
        Matcher m = p.pattern().matcher(text);
        while (m.find()) {
            out.add(describe(m, withName));
        }
        return out;
    }

    /** The same for a gated scan (which is not a MatchResult). */
    static List<String> scanned(GatedPattern.Scan m, boolean withName) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + ":" + m.group() + (withName ? ":" + (m.group(1) != null ? m.group(1) : m.group(2)) : ""));
        }
        return out;
    }

    private static String describe(MatchResult m, boolean withName) {
        return m.start() + ":" + m.group() + (withName ? ":" + (m.group(1) != null ? m.group(1) : m.group(2)) : "");
    }
}
