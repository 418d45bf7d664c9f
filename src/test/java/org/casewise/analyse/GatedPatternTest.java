package org.casewise.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GatedPatternTest {

    private static final List<String> PATTERNS = List.of(
            "(?i)(?:children'?s social care|social worker|\\bCSC\\b|\\bMASH\\b|front door)",
            "(?i)(?:\\bschools?\\b(?! nurse)|head ?teacher|teachers?\\b|\\bDSL\\b)",
            "(?i)(?:hospital|\\bA ?& ?E\\b|NHS (?:foundation )?trust)",
            "(?i)\\bpanel\\b|glossary|\\bchair(?:ed|s)?\\b|^\\W*[A-Z]{2,6}\\s*[-–—:=]\\s+[A-Z]|thanks? |^\\W*(?:theme \\d+|learning about)\\b",
            "\\b(?:Child|Baby|Young [Pp]erson|CHILD)[ \\t]+([A-Z]{1,3}\\d{0,2})\\b",
            "(?i)individual management reviews?|\\bIMRs?\\b",
            "(?m)^\\W*Draft\\b|\\bDRAFT\\b",
            "\\b([A-Z][a-z]+)\\s*\\(not (?:his|her) real name\\)",
            "\\b([A-Z][a-z]+)\\s*\\((?:not real name|a pseudonym)\\)|\\b(?:referred to|known) as ['\"]?([A-Z][a-z]+)",
            "\\b([A-Z][a-z]{2,})(?:,\\s*(?:then |aged )?| \\((?:aged )?)(?=\\d{1,2}\\b)",
            "([A-Z]?[a-z]+) died",
            "([A-Z][a-z]{2,}) (?:died|was (?:admitted|found))\\b",
            "\\b([A-Z][a-z]{2,})(?:-Child|_Child| aged)|[A-Z][a-z]{2,}(?:ley|ie)\\b",
            "[A-Z]{2,}\\d",
            "(?i)\\b(?:ward|crew)\\b|\\bgps?\\b|towards",
            "(?m)^[\\s•*-]*(?i:(?:lead\\s+)?(?:reviewers?|authors?|written by))\\s*[:\\-–]\\s*(\\w+)",
            "(?im)^\\W*(?:\\d+\\.?\\s*)?(?:recommendations|glossary)\\s*:?\\s*$",
            "(?m)^\\W*",
            // literals repeated ('children') and sharing their first two characters ('social ...'), tested in one walk
            "(?i)children'?s social care|children'?s services|social care|social worker|social services|\\bCSC\\b|children",
            // lookbehinds consume nothing: the literal after them still starts the match
            "(?i)\\b(?<!risk of )(?<!likely to suffer )(?:serious(?:ly)? harm\\w*|significant harm|fractur\\w*)|(?<=the )ward");

    private static final String TEXT = """
            Thanks to the Panel. Child A was seen by the Social Worker and the HEAD TEACHER at school.
            The school nurse rang A&E; the A & E team at the NHS Foundation Trust hospital called CSC.
            Theme 2: learning about the MASH. IMR - Individual Management Review. The IMRs and imr
            CHILD B2 and Young person C were discussed; Draft v2. DRAFT Report. Chaired by X. Mia (not her real name)
            Dylan, aged 14 was known as 'Dee'; Poppy (3) and Kai, then 2 (a pseudonym) were referred to as Kai. lily died; Eve died.
            McDonald died; JOHNny died. Ali was admitted; Jo was found; XEvie aged 3, _Ellie-Child, Ollie_Child, Sky aged 9.
            Towards the WARD; forward ward, screwed crew_ crew. GPs gp agps.
            Glossary: DSL - designated safeguarding lead. Teachers' views; children's social care; children s social care.
            Lead reviewer: Jane
             * Author - Fiona\r\nRECOMMENDATIONS\r\n2. Recommendations:\u2028written by – Sam
            1. glossary
            At risk of serious harm; seriously harmed; likely to suffer significant harm, fractures. Significant harm.
            """;

    private static List<String> plain(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> gated(GatedPattern p, String text) {
        return gated(p, new GateText(text));
    }

    private static List<String> gated(GatedPattern p, GateText text) {
        List<String> out = new ArrayList<>();
        GatedPattern.Scan m = p.scan(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    @Test
    void sameMatchesAsFind() {
        for (String regex : PATTERNS) {
            GatedPattern g = GatedPattern.compile(regex);
            assertEquals(plain(g.pattern(), TEXT), gated(g, TEXT), regex);
            for (String line : TEXT.lines().toList()) {
                assertEquals(plain(g.pattern(), line), gated(g, line), regex + " on " + line);
            }
        }
    }

    /** The words of TEXT (each with the space after it) drawn at random, one in five in capitals. */
    private static String shuffled(Random r, int words) {
        String[] all = TEXT.split("(?<=\\s)");
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = all[r.nextInt(all.length)];
            sb.append(r.nextInt(5) == 0 ? word.toUpperCase() : word);
        }
        return sb.toString();
    }

    @Test
    void sameMatchesOnShuffledText() {
        Random r = new Random(7);
        for (int i = 0; i < 300; i++) {
            String text = shuffled(r, 40);
            for (String regex : PATTERNS) {
                GatedPattern g = GatedPattern.compile(regex);
                assertEquals(plain(g.pattern(), text), gated(g, text), regex);
            }
        }
    }

    /**
     * Texts of 2,048 characters or more are indexed by character pair once and shared by every
     * pattern that scans them: case-sensitive and case-insensitive patterns, capitals and
     * word-start literals must still give exactly the matches of find.
     */
    @Test
    void sameMatchesOnLongTextsSharedByEveryPattern() {
        Random r = new Random(11);
        for (int i = 0; i < 40; i++) {
            String text = shuffled(r, 500 + r.nextInt(1_500));
            assertTrue(text.length() >= 2_048);
            GateText shared = new GateText(text);
            for (String regex : PATTERNS) {
                GatedPattern g = GatedPattern.compile(regex);
                List<String> found = gated(g, shared);
                assertEquals(plain(g.pattern(), text), found, regex);
                assertEquals(found.size(), g.count(shared), regex);
            }
        }
    }

    @Test
    void gatesOnlyWhatStartsWithALiteral() {
        assertTrue(GatedPattern.compile(PATTERNS.get(0)).gated());
        assertTrue(GatedPattern.compile(PATTERNS.get(3)).gated(), "^ without MULTILINE starts at 0");
        assertTrue(GatedPattern.compile(PATTERNS.get(4)).gated());
        assertTrue(GatedPattern.compile(PATTERNS.get(6)).gated(), "^ with MULTILINE starts at line starts");
        assertTrue(GatedPattern.compile(PATTERNS.get(15)).gated(), "(?m)^ at line starts");
        assertTrue(GatedPattern.compile(PATTERNS.get(11)).gated(), "a capitalised word of three letters");
        assertTrue(GatedPattern.compile(PATTERNS.get(12)).gated(), "the same, at a word boundary or not");
        assertTrue(GatedPattern.compile(PATTERNS.get(PATTERNS.size() - 1)).gated(), "a lookbehind before the literal");
        assertFalse(GatedPattern.compile("(?<!a)?b").gated(), "an optional group is no gate");
        assertFalse(GatedPattern.compile("([A-Z][a-z]{2,})? aged").gated(), "an optional capitalised word is no gate");
        assertFalse(GatedPattern.compile("\\bDRAFT\\b|(?m)^\\W*Draft\\b").gated(), "flags inside an alternative: not gated");
        assertTrue(GatedPattern.compile(PATTERNS.get(7)).gated(), "a capitalised word starts at a capital letter");
        assertTrue(GatedPattern.compile(PATTERNS.get(8)).gated(), "capital letter or literal");
        assertFalse(GatedPattern.compile(PATTERNS.get(10)).gated(), "an optional capital is no gate");
        assertFalse(GatedPattern.compile("(?i)\\b([A-Z][a-z]+) died").gated(), "[A-Z] ignoring case is any letter");
        assertFalse(GatedPattern.compile("([A-Z][a-z])? died").gated(), "an optional group is no gate");
        assertFalse(GatedPattern.compile("(?i)a?bc|d").gated());
        assertFalse(GatedPattern.compile("(?:ab)?c").gated());
        assertFalse(GatedPattern.compile("(?x)a b").gated());
    }

    @Test
    void countAndFirstIndex() {
        GatedPattern g = GatedPattern.compile("(?i)\\bpolice\\b|officers?");
        GateText t = new GateText("The POLICE officer and two officers; policeman.");
        assertEquals(4, g.firstIndex(t));
        assertEquals(3, g.count(t));
        assertEquals(-1, g.firstIndex(new GateText("no one")));
    }

    /**
     * Long texts whose lines break at '\\n' alone (as cleaned reports do) have their line starts found
     * by indexOf: the MULTILINE patterns must still match exactly as find does.
     */
    @Test
    void sameMatchesOnLongTextsWithNewlinesOnly() {
        Random r = new Random(13);
        for (int i = 0; i < 40; i++) {
            String text = shuffled(r, 600 + r.nextInt(1_000)).replaceAll("[\\r\\u2028\\u2029\\u0085]", "\n");
            GateText shared = new GateText(text);
            for (String regex : PATTERNS) {
                GatedPattern g = GatedPattern.compile(regex);
                List<String> found = gated(g, shared);
                assertEquals(plain(g.pattern(), text), found, regex);
            }
        }
    }

    @Test
    void replaceAllAsMatcherDoes() {
        Random r = new Random(17);
        for (int i = 0; i < 100; i++) {
            String text = shuffled(r, 20 + r.nextInt(600));
            for (String regex : PATTERNS) {
                GatedPattern g = GatedPattern.compile(regex);
                assertEquals(g.pattern().matcher(text).replaceAll(" "), g.replaceAll(new GateText(text), " "), regex);
                assertEquals(g.pattern().matcher(text).replaceAll(""), g.removeAll(new GateText(text)), regex);
            }
        }
    }
}
