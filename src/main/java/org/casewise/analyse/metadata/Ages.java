package org.casewise.analyse.metadata;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.Regexes;

/**
 * Ages as reports write them: 'aged 15', 'fourteen-year-old', '18 months', 'just over three weeks
 * old', 'ten weeks old', 'a newborn', 'unborn', '2 years and 4 months'. Numbers may be digits or
 * words; the result is in years (three weeks is 0.06) and the PRIMER §5 age band.
 */
final class Ages {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80));

    static final String NUMBER = "(?:\\d{1,2}(?:\\.\\d)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:[- ](?:one|two|three|four"
            + "|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an)";
    private static final String UNIT = "(?:day|week|month|year|yr)s?";
    /** 'two and a half (years)': half of the unit more. */
    private static final String HALF = "\\s+and\\s+a\\s+half";
    private static final String HEDGE = "(?:(?:just|almost|nearly|approximately|about|around|only|barely|not quite|"
            + "a little|just|some|over|under|less than|more than)\\s+){0,2}";

    /**
     * One age expression. Group 'n' and 'u' carry the main number and unit; 'n2'/'u2' an optional
     * second part ('2 years and 4 months'); 'bare' an age written without a unit after 'aged'.
     */
    static final Pattern AGE = Pattern.compile("(?i)(?<![\\w-])(?:"
            + "(?<unborn>unborn|not yet born|before (?:s?he|the baby) was born|in utero)"
            + "|(?<newborn>(?:a |the )?new-?born|neonate|(?:a |one )day old|on the day of (?:his|her) birth)"
            + "|" + HEDGE + "(?<n>" + NUMBER + ")(?<nh>" + HALF + ")?[- ](?<u>" + UNIT + ")(?:(?:,| and)\\s*(?<n2>" + NUMBER + ")[- ](?<u2>"
            + UNIT + "))?"
            + "(?:[- ]old\\b)?"
            // 'aged 15', 'who died in November 2016 at the age of 15' (only a death: 'came into care at the
            // age of 12', 'diagnosed at the age of four' tell an earlier event), and the British 'a girl of 13',
            // 'a boy of two and a half'
            // and 'Child B, who was seven, ...': only with the number closing the clause ('who was a
            // friend' and 'who was 1 of 4' are not ages)
            // and 'Child C, who had just turned two.'
            + "|(?:aged|(?<=\\b(?:died|death|killed)\\b[^.;]{0,60})at the age of|(?:boy|girl|child|son|daughter|baby|toddler|teenager) of|(?:who (?:was|is)(?:\\s+then)?"
            + "|(?:had |has )?(?:just |recently )?turned)(?=\\s+[\\w-]+[,.;)]))\\s+(?<bare>\\d{1,2}|" + NUMBER + ")(?<bh>" + HALF
            + ")?\\b(?![- ]?(?:" + UNIT + "))"
            // 'aged twenty-two months' is not a bare 'twenty' because the unit follows the whole number
            + "(?![- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)"
            + ")");

    private Ages() {
    }

    /** An age expression's value in years, rounded to two decimals; empty for 'unborn'. */
    static Optional<Double> years(Matcher m) {
        if (m.group("unborn") != null) {
            return Optional.empty();
        }
        if (m.group("newborn") != null) {
            return Optional.of(0.0);
        }
        if (m.group("bare") != null) {
            return number(m.group("bare")).map(v -> v + (m.group("bh") != null ? 0.5 : 0.0));
        }
        Optional<Double> first = part(m.group("n"), m.group("u"));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        double half = m.group("nh") == null ? 0 : part("1", m.group("u")).orElse(0.0) / 2;
        double total = first.get() + half + part(m.group("n2"), m.group("u2")).orElse(0.0);
        return Optional.of(Math.round(total * 100) / 100.0);
    }

    static boolean unborn(Matcher m) {
        return m.group("unborn") != null;
    }

    private static Optional<Double> part(String n, String unit) {
        if (n == null || unit == null) {
            return Optional.empty();
        }
        Optional<Double> v = Regexes.matches(n, "\\d+\\.\\d") ? Optional.of(Double.parseDouble(n)) : number(n).map(Integer::doubleValue);
        String u = unit.toLowerCase(Locale.ROOT);
        double per = u.startsWith("day") ? 365.25 : u.startsWith("week") ? 365.25 / 7 : u.startsWith("month") ? 12 : 1;
        return v.map(x -> x / per);
    }

    static Optional<Integer> number(String s) {
        String w = s.toLowerCase(Locale.ROOT).strip();
        if (Regexes.matches(w, "\\d+")) {
            return Optional.of(Integer.parseInt(w));
        }
        String[] parts = w.split("[- ]");
        int total = 0;
        for (String p : parts) {
            Integer v = WORDS.get(p);
            if (v == null) {
                return Optional.empty();
            }
            total += v;
        }
        return Optional.of(total);
    }

    /** PRIMER §5 band for an age in years at the incident. */
    static String band(Double years, boolean unborn) {
        if (unborn) {
            return "unborn";
        }
        if (years == null) {
            return null;
        }
        if (years < 1) {
            return "under-1";
        }
        if (years < 5) {
            return "1-4";
        }
        if (years < 11) {
            return "5-10";
        }
        if (years < 16) {
            return "11-15";
        }
        return years < 18 ? "16-17" : "18-plus";
    }
}
