package org.casewise.analyse.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.GateText;
import org.casewise.analyse.GatedPattern;
import org.casewise.analyse.Regexes;

/**
 * Who wrote a review: the independent or lead reviewer(s) named on its cover ('Lead reviewer: Fiona
 * Crawley', 'Author: ...'), in prose ('The report was written by ...', 'appointed Jane Whitfield as
 * independent reviewer'), or in the Welsh template's closing statement by the reviewers ('REVIEWER 1:
 * Gareth Pryce', 'Name (Print)  Siân Howells'). Panel chairs are not authors unless their label says so.
 */
final class Authors {

    /** A person's name: optional title, then two to four capitalised words or initials (any alphabet's letters). */
    private static final String NAME = "(?:(?:Dr\\.?|Professor|Prof\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Miss|Sir|Dame)[ \\t]+)?"
            + "(?:[A-Z]\\.?[ \\t]?){0,2}[A-Z][\\p{L}'’-]+(?:[ \\t]+(?:[A-Z]\\.?[ \\t]?)?\\p{Lu}[\\p{L}'’-]+){0,2}"
            + "(?:[ \\t]+(?:[A-Z]\\.?[ \\t]?)?\\p{Lu}[\\p{L}'’-]+)?";
    /** Names in a list, each perhaps with its role in brackets ('Eleri Pugh (Independent Reviewer) and Nasreen Ahmed (Reviewer)'). */
    private static final String ROLE = "(?:[ \\t]*\\([^)\\n]{1,60}\\))?";
    private static final String NAMES = NAME + ROLE + "(?:[ \\t]*(?:,|and|&)[ \\t]*" + NAME + ROLE + ")*";
    /*
     * The label may follow its Welsh form ('Adolygwyr / Reviewers:'), sit in a table row ('| Lead Reviewer | ...'),
     * be set in Markdown bold ('**Lead reviewers:** ', 'Author: **Elspeth Rankin**'), name a chair or reviewer who
     * also wrote the report ('Independent Chair and Overview Author:', 'Lead Reviewer and Author:'), and end its
     * line with the names on the lines below.
     */
    static final GatedPattern AUTHOR_LINE = GatedPattern.compile("(?m)^[\\s•*|-]*(?:[\\p{L}'’]{1,30}+(?:[ \\t]{1,3}+[\\p{L}'’]{1,30}+){0,2}+"
            + "[ \\t]{0,3}+/[ \\t]*)?(?i:(?:(?:independent|lead|overview|report|review|joint|co|second|additional|associate|silp|scie)\\s+|co-)*"
            + "(?:(?:independent\\s+|lead\\s+)?(?:chair|reviewer)\\s+and\\s+)?"
            + "(?:(?:overview|independent|lead|external)\\s+)?(?:reviewers?|authors?|author of the report"
            + "|report author|overview author|independent reviewer|written by|prepared by|report by)(?:[ \\t]*[1-4](?![\\d.]))?)\\**[ \\t]*(?:\\(s\\))?[ \\t]*"
            + "[:\\-–—|][ \\t]*\\**\\s*(" + NAMES + ")");
    private static final Pattern AUTHOR_PROSE = Pattern.compile("(?:(?i:written|authored|prepared|undertaken|conducted|led)"
            + " by|(?i:appointed|commissioned))\\s+(?:(?i:the )?(?i:independent )?(?i:reviewers?|author|consultant),?\\s+)?("
            + NAMES + ")(?:,|\\s+\\(|\\s+(?i:as|who|an?)\\b|\\.|$)", Pattern.MULTILINE);
    private static final Pattern AUTHOR_ROLE_AFTER = Pattern.compile("(?i:as|to be) (?:the |an? )?(?i:independent|lead|overview)"
            + " (?i:reviewer|author)|(?i:independent|lead) (?i:reviewer|author)");
    /**
     * The Welsh Government template's 'Statement by Reviewer(s)' near the end: 'REVIEWER 1: Gareth Pryce', a table
     * row '| **REVIEWER 2** | Gareth Hughes |', 'Name (Print)  Siân Howells'. 'Reviewer 1 (Signature)' is followed
     * by a signature or dots, not a name, and does not match.
     */
    private static final Pattern SIGNED = Pattern.compile("(?:\\b(?:REVIEWER|Reviewer)[ \\t]*[12]\\**(?:[ \\t]*\\((?i:as appropriate)\\))?"
            + "|\\bName \\((?i:print)\\)):?[ \\t*:|]+(" + NAME + ")");
    /** A cover's 'REPORT OF THE INDEPENDENT REVIEWER' on a line of its own, the name on the next. */
    private static final Pattern REPORT_OF = Pattern.compile("(?im)^[ \\t]*(?:the )?(?:report|review) (?:of|by) the (?:independent |lead |overview )?"
            + "(?:reviewer|author)s?[ \\t]*$");
    /** How far from the end an author line closing the report is looked for ('Overview author: Richard Ashworth'). */
    private static final int CLOSING_TAIL_CHARS = 3_000;
    /** How far from the end the reviewers' statement is looked for (it closes the template, before any appendix). */
    private static final int SIGNED_TAIL_CHARS = 12_000;
    /** Words that make a 'name' an organisation, a role or a qualification ('Social Work England', 'MA Social Work'). */
    private static final Set<String> NOT_A_NAME_WORDS = Set.of("the", "board", "partnership", "panel", "council",
            "safeguarding", "children", "review", "report", "agency", "agencies", "independent", "local", "service",
            "services", "team", "university", "trust", "nhs", "scie", "limited", "ltd", "consultancy", "associates",
            "chair", "group", "committee", "lscb", "lscp", "authority", "police", "county", "city", "borough",
            "silp", "associate", "reviewer", "reviewers", "social", "work", "worker", "registered", "practitioner",
            "specialist", "officer", "manager", "consultant", "dip", "pg", "ma", "ba", "bsc", "msc", "phd", "cqsw", "dipsw",
            "hons", "mbchb", "england", "wales", "scotland", "signature", "print", "date");
    /** Degrees and registrations written after a name ('Jane Whitcombe BA'). */
    private static final Pattern TRAILING_LETTERS = Pattern.compile("(?:\\s+(?:BA|MA|BSc|MSc|PhD|CQSW|DipSW|MBA|LLB|RGN|RN|OBE|MBE|CBE))+$");
    private static final Pattern ROLE_IN_BRACKETS = Pattern.compile("\\s*\\([^)\\n]{1,60}\\)");
    private static final Pattern NAME_LINE = Pattern.compile("[ \\t•*-]*(" + NAME + ")" + ROLE + "[ \\t]*(?:,|$)", Pattern.MULTILINE);
    /** A police rank before a name ('DCI Alun Morgan', 'Detective Superintendent (retd) Alun Morgan'). */
    private static final Pattern RANK = Pattern.compile("^(?:DCI|DI|DS|DSupt|Det(?:ective)?\\.?(?:\\s+(?:Chief|Superintendent|Inspector|Sergeant|Constable))+)\\s+");
    /** The furthest a '/' can be in {@link #AUTHOR_LINE}'s Welsh label: three words of up to 30 letters, their spaces. */
    private static final int BILINGUAL_PREFIX_CHARS = 120;

    private Authors() {
    }

    /**
     * The authors named in the report's opening ({@code head}: its labelled lines, a cover's 'Report of the
     * independent reviewer' and the name below it, or, failing those, its prose), an author line closing the report
     * when the opening names none, and those signing the Welsh template's closing statement near the end of
     * {@code text}.
     */
    static List<String> of(String head, String text) {
        Set<String> out = new LinkedHashSet<>(labelled(head));
        Matcher reportOf = REPORT_OF.matcher(head);
        if (reportOf.find()) {
            // the name may follow a blank line
            int at = reportOf.end();
            while (at + 1 < head.length() && head.charAt(at) == '\n' && head.charAt(at + 1) == '\n') {
                at++;
            }
            out.addAll(namesOnLinesAfter(head, at));
        }
        if (out.isEmpty()) {
            out.addAll(inProse(head));
        }
        if (out.isEmpty() && text.length() > head.length()) {
            // an executive summary often names its author only at the end ('Overview author: Richard Ashworth')
            out.addAll(labelled(text.substring(Math.max(head.length(), text.length() - CLOSING_TAIL_CHARS))));
        }
        out.addAll(signed(text));
        return withoutTitleTwins(out);
    }

    /** The names after author labels in {@code head} ('Lead reviewer: Fiona Crawley'), chairs left out. */
    private static List<String> labelled(String head) {
        List<String> out = new ArrayList<>();
        GatedPattern.Scan m = AUTHOR_LINE.scan(new GateText(head), Authors::mayBeAuthorLine);
        while (m.find()) {
            String label = m.group().substring(0, m.start(1) - m.start()).toLowerCase(Locale.ROOT);
            // a chair is no author unless the same label says so ('Independent Chair and Overview Author')
            if (m.group().toLowerCase(Locale.ROOT).contains("chair") && !label.contains("author")) {
                continue;
            }
            out.addAll(split(m.group(1)));
            // 'Reviewers:' with one name per line below ('  Gareth Pryce, Independent Reviewer')
            int label0 = m.start();
            while (Regexes.isSpace(head.charAt(label0))) {
                label0++;
            }
            if (head.lastIndexOf('\n', m.start(1)) > label0) {
                out.addAll(namesOnLinesAfter(head, m.end()));
            }
        }
        return out;
    }

    private static List<String> inProse(String head) {
        List<String> out = new ArrayList<>();
        Matcher p = AUTHOR_PROSE.matcher(head);
        while (p.find()) {
            String lead = p.group().toLowerCase(Locale.ROOT);
            boolean appointed = lead.startsWith("appointed") || lead.startsWith("commissioned");
            String tail = head.substring(p.end(1), Math.min(head.length(), p.end(1) + 50));
            if (appointed && !AUTHOR_ROLE_AFTER.matcher(tail).find() && !Regexes.matches(lead, "(?s).*(reviewer|author).*")) {
                continue;
            }
            out.addAll(split(p.group(1)));
        }
        return out;
    }

    /** The reviewers signing the Welsh template's closing statement, if the text has one. */
    private static List<String> signed(String text) {
        int from = Math.max(0, text.length() - SIGNED_TAIL_CHARS);
        // most reports have neither form ('reviewer' alone is common): a few indexOf calls spare the pattern
        if (text.indexOf("EVIEWER", from) < 0 && text.indexOf("(Print)", from) < 0 && text.indexOf("eviewer 1", from) < 0
                && text.indexOf("eviewer 2", from) < 0 && text.indexOf("eviewer1", from) < 0 && text.indexOf("eviewer2", from) < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = SIGNED.matcher(text).region(from, text.length());
        while (m.find()) {
            // 'Name (Print)' belongs to the signature line above it: the panel chair signs there too
            if (m.group().startsWith("Name") && !signedByReviewer(text, m.start())) {
                continue;
            }
            // cleaned text has single spaces, so the next column's label ends the name ('Siân Prydderch Name (Print) ...')
            String name = NEXT_COLUMN.matcher(m.group(1)).replaceFirst("");
            out.addAll(split(name.equals(name.toUpperCase(Locale.ROOT)) ? capitalised(name) : name));
            // go on from where the name ends, so the next column's 'Name (Print)' the name swallowed is found
            m.region(m.end(1) - (m.group(1).length() - name.length()), text.length());
        }
        return out;
    }

    private static final Pattern NEXT_COLUMN = Pattern.compile("\\s+(?:Name|Date|Reviewer|REVIEWER|Chair|CHAIR)\\b.*$");
    private static final int SIGNATURE_LOOKBACK_CHARS = 300;

    /** Whether the nearest '(Signature)' label before {@code at} is a reviewer's, not the panel chair's. */
    private static boolean signedByReviewer(String text, int at) {
        int sig = text.lastIndexOf("(Signature)", at);
        if (sig < 0 || at - sig > SIGNATURE_LOOKBACK_CHARS) {
            return false;
        }
        String label = text.substring(Math.max(0, sig - 40), sig).toLowerCase(Locale.ROOT);
        return label.contains("reviewer") && label.lastIndexOf("chair") < label.lastIndexOf("reviewer");
    }

    /** 'ELERI VAUGHAN' as 'Eleri Vaughan' (a template's print-name box is often in capitals). */
    private static String capitalised(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return b.toString();
    }

    /** The names that start the lines after an author label, up to the first line that does not start with one. */
    private static List<String> namesOnLinesAfter(String head, int from) {
        List<String> out = new ArrayList<>();
        int at = head.indexOf('\n', from);
        for (int lines = 0; at >= 0 && lines < 4; lines++) {
            int end = head.indexOf('\n', at + 1);
            String line = head.substring(at + 1, end < 0 ? head.length() : end);
            Matcher n = NAME_LINE.matcher(line);
            List<String> names = n.lookingAt() ? split(n.group(1)) : List.of();
            if (names.isEmpty()) {
                break;
            }
            out.addAll(names);
            at = end;
        }
        return out;
    }

    /**
     * 'Dr Ruth Penhaligon' on the cover and 'Ruth Penhaligon' in the text are one author: the first form is kept.
     * So are 'Gwenllian Prosser' and the 'G. Prosser' printed under her signature: the full name is kept.
     */
    private static List<String> withoutTitleTwins(Set<String> names) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        Set<String> initialled = new java.util.HashSet<>();
        for (String n : names) {
            if (!INITIAL_AND_SURNAME.matcher(ReportMetadata.personKey(n)).matches()) {
                initialled.add(initialKey(n));
            }
        }
        for (String n : names) {
            String key = ReportMetadata.personKey(n);
            if (INITIAL_AND_SURNAME.matcher(key).matches() && initialled.contains(initialKey(n))) {
                continue;
            }
            if (seen.add(key)) {
                out.add(n);
            }
        }
        return out;
    }

    /** 'g. prosser', 'g prosser': a first initial and a surname (a person key, lower case). */
    private static final Pattern INITIAL_AND_SURNAME = Pattern.compile("\\p{L}\\.?\\s+\\S+");

    /** The first letter and the last word of a name without its title: 'g prosser' for 'Gwenllian Prosser' and 'G. Prosser'. */
    private static String initialKey(String name) {
        String key = ReportMetadata.personKey(name);
        return key.isEmpty() ? key : key.charAt(0) + " " + key.substring(key.lastIndexOf(' ') + 1);
    }

    private static List<String> split(String names) {
        List<String> out = new ArrayList<>();
        // roles in brackets go first: they may hold commas ('(Independent Reviewer, former Head of Service)')
        for (String part : ROLE_IN_BRACKETS.matcher(names).replaceAll("").split("\\s*(?:,|\\band\\b|&)\\s*")) {
            String n = RANK.matcher(TRAILING_LETTERS.matcher(Regexes.collapseSpaces(part.strip())).replaceFirst("")).replaceFirst("");
            if (n.isEmpty() || n.split(" ").length < 2 && !Regexes.matches(n, "(?:Dr|Professor|Prof|Mr|Mrs|Ms)\\.? .*")) {
                continue;
            }
            boolean organisation = false;
            for (String w : n.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
                organisation |= NOT_A_NAME_WORDS.contains(w);
            }
            if (!organisation && n.split(" ").length >= 2) {
                out.add(n);
            }
        }
        return out;
    }

    /*
     * AUTHOR_LINE is tried at every line start. What its matches begin with is checked here first,
     * character by character (the pattern's leading part cannot backtrack into anything else): most
     * lines start otherwise, and the pattern is not tried there.
     */

    /**
     * AUTHOR_LINE's start: after spaces, bullets, '*', '|' and '-', a letter that starts one of its words (ASCII
     * case ignored), or any letter with a '/' later on the line.
     */
    static boolean mayBeAuthorLine(String text, int at) {
        int i = at;
        while (i < text.length() && (Regexes.isSpace(text.charAt(i)) || "•*|-".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        if (letter && "iloarjcewps".indexOf(c | 0x20) >= 0) {
            return true;
        }
        // a label after its Welsh form ('Adolygwyr / Reviewers'): any letter, then a '/' within the prefix's reach
        if (!Character.isLetter(c) && c != '\'' && c != '’') {
            return false;
        }
        // look no further than the prefix could reach: an unbounded indexOf from every line start scanned the rest of the head
        for (int j = i, end = Math.min(text.length(), i + BILINGUAL_PREFIX_CHARS + 1); j < end; j++) {
            char d = text.charAt(j);
            if (d == '/') {
                return true;
            }
            if (d == '\n') {
                return false;
            }
        }
        return false;
    }
}
