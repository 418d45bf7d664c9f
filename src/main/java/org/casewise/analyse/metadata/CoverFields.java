package org.casewise.analyse.metadata;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.casewise.analyse.GateText;
import org.casewise.analyse.GatedPattern;
import org.casewise.analyse.Regexes;

/**
 * Fields a report states about itself, mostly on its cover: whether it is a draft or confidential,
 * and the review methodology ({@link Authors} reads who wrote it).
 */
final class CoverFields {

    private CoverFields() {
    }

    /*
     * GLOSSARY_ENTRY is tried at every line start. What its matches begin with is checked here first,
     * character by character (the pattern's leading part cannot backtrack into anything else): most
     * lines start otherwise, and the pattern is not tried there.
     */

    /** GLOSSARY_ENTRY's start: {@code \W*[A-Z][A-Za-z]{1,6}\s*[-–—:=]\s+[A-Z]}. */
    static boolean mayBeGlossaryEntry(String text, int at) {
        int n = text.length();
        int i = at;
        while (i < n && !Regexes.isWordChar(text.charAt(i))) {
            i++;
        }
        if (i >= n || text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
            return false;
        }
        int j = i + 1;
        while (j < n && (text.charAt(j) >= 'a' && text.charAt(j) <= 'z' || text.charAt(j) >= 'A' && text.charAt(j) <= 'Z')) {
            j++;
        }
        if (j - i - 1 < 1 || j - i - 1 > 6) {
            return false;
        }
        while (j < n && Regexes.isSpace(text.charAt(j))) {
            j++;
        }
        if (j + 1 >= n || "-–—:=".indexOf(text.charAt(j)) < 0 || !Regexes.isSpace(text.charAt(j + 1))) {
            return false;
        }
        j++;
        while (j < n && Regexes.isSpace(text.charAt(j))) {
            j++;
        }
        return j < n && text.charAt(j) >= 'A' && text.charAt(j) <= 'Z';
    }

    private static final Pattern DRAFT = Pattern.compile("\\bDRAFT\\b|(?m)^\\W*Draft\\b|\\((?i:draft)[^)]{0,20}\\)"
            + "|(?i:draft (?:v(?:ersion)?\\s?\\d|report (?:for|not for)|for (?:comment|consultation|discussion|panel|board)|\\d+\\.\\d))"
            + "|(?i:[-–—|:] draft\\b)|(?i:\\bdraft\\s*[-–—|:])");
    private static final Pattern CONFIDENTIAL = Pattern.compile("(?i)\\b(?:strictly confidential|confidential|not for publication"
            + "|not for (?:wider )?(?:circulation|distribution)|embargoed|under embargo|restricted)\\b");
    private static final Pattern CONFIDENTIAL_BOILERPLATE = Pattern.compile("(?i)confidential (?:information|conversations?|"
            + "discussions?|records?|enquiry|enquiries)|kept confidential|confidentiality|restricted (?:access|to|contact)"
            + "|remains? confidential|confidential (?:to|basis)");

    /** draft, confidential or final, from the cover and its running header. */
    static String status(String head, String title) {
        String h = head + "\n" + (title == null ? "" : title);
        // every marker has one of these words: most covers have none, and the patterns are costly to run
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.contains("draft") && DRAFT.matcher(h).find()) {
            return "draft";
        }
        if (!(lower.contains("confidential") || lower.contains("not for") || lower.contains("embargo")
                || lower.contains("restricted"))) {
            return "final";
        }
        String cleaned = CONFIDENTIAL_BOILERPLATE.matcher(h).replaceAll(" ");
        return CONFIDENTIAL.matcher(cleaned).find() ? "confidential" : "final";
    }

    private static final GatedPattern SILP = GatedPattern.compile("(?i)significant incident learning process|\\bSILP\\b");
    private static final GatedPattern APPRECIATIVE = GatedPattern.compile("(?i)appreciative inquiry|appreciative enquiry");
    private static final GatedPattern SYSTEMS = GatedPattern.compile("(?i)learning together|\\bSCIE\\b[^.]{0,80}(?:model|approach|methodology"
            + "|systems)|systems (?:model|approach|methodology|review|methodology)|systems-based|whole systems? (?:approach|model)");
    /** Individual management reviews; Wales and Northern Ireland call them individual agency reviews or reports (IARs). */
    private static final GatedPattern IMR = GatedPattern.compile("(?i)individual management reviews?|\\bIMRs?\\b"
            + "|individual agency (?:reviews?|reports?)|\\bIARs?\\b");
    /** Each agency's own account sent to the review: a timeline, chronology or report with its analysis. */
    private static final GatedPattern AGENCY_ACCOUNTS = GatedPattern.compile("(?i)\\b(?:agency|agencies|organisations?|services?)"
            + " (?:\\w+ ){0,3}(?:provided|completed|submitted|produced|contributed|were asked to provide|was asked to provide)"
            + " (?:\\w+ ){0,3}(?:timelines?|chronolog(?:y|ies)|reports?|analys[ie]s)"
            // 'Chronologies and agency reports were received from:'
            + "|(?:timelines?|chronolog(?:y|ies)) (?:\\w+ ){0,3}(?:were|was) (?:requested|provided|completed|submitted|received|obtained)"
            + " (?:from|by)"
            // 'Agency reports, each with a chronology, were provided by:'; Scotland's single agency reports
            + "|\\bagency reports?,? [^.]{0,40}(?:were|was) (?:requested|provided|completed|submitted)"
            + "|\\bsingle[- ]agency (?:reviews?|reports?)"
            // whoever gave them, timelines or chronologies provided for the review ('... provided timelines')
            + "|\\bprovided (?:\\w+ ){0,2}(?:timelines|chronologies)\\b"
            // what the review worked from: 'The review was completed using agency reports and chronologies'
            + "|\\b(?:using|used|drew on|draws on|drawing on|based on|informed by) (?:\\w+ ){0,2}(?:agency|agencies'?)"
            + " (?:\\w+ ){0,2}(?:reports|chronologies|timelines)\\b"
            // 'Each agency which had contact with the family provided a chronology and an Agency Review Report'
            + "|\\bprovided an? (?:\\w+ ){0,2}(?:timeline|chronology) and an? (?:\\w+ ){0,3}reports?\\b");
    /**
     * The review's report is an overview report ('Overview Report' on the cover, 'appointed ... to write
     * the overview report', an executive summary of one).
     */
    private static final GatedPattern OVERVIEW_REPORT = GatedPattern.compile("(?i)\\boverview report\\b");
    /** A practitioner learning event, workshop or session held for the review. */
    private static final GatedPattern LEARNING_EVENT = GatedPattern.compile("(?i)(?:learning|practitioner|practitioners'?|reflective)"
            + " (?:events?|workshops?|sessions?)|focus groups? with (?:the )?(?:practitioners|staff|front-?line)");
    private static final GatedPattern HYBRID = GatedPattern.compile("(?i)hybrid (?:model|approach|methodology|method|review)|combin\\w+ "
            + "(?:elements|features) of|blend\\w* of|mixed (?:methods?|methodology|approach|model)"
            + "|combin\\w* (?:the )?(?:single[- ])?(?:agency|agencies'|IMRs?|individual management)[^.]{0,60}"
            + "(?:learning event|practitioner|workshop|conversations)");
    static final GatedPattern GLOSSARY_ENTRY = GatedPattern.compile("(?m)^\\W*[A-Z][A-Za-z]{1,6}\\s*[-–—:=]\\s+[A-Z][^\\n]{0,80}$");
    /**
     * Review types that can be built on a rapid review: an LCSPR, the rapid review's own publication,
     * and a learning brief from one. Other types mention a rapid review only as what came before.
     */
    private static final java.util.Set<String> RAPID_BASED = java.util.Set.of("lcspr", "rapid-review", "learning-brief");
    private static final GatedPattern RAPID = GatedPattern.compile("(?i)\\brapid review\\b");
    private static final GatedPattern METHOD_STATED = GatedPattern.compile("(?i)\\bmethodology\\b|the (?:review|panel) (?:used|adopted|followed)"
            + " (?:a|an|the)\\b[^.]{0,60}(?:approach|model|method)");

    /**
     * imr-overview, scie-systems, silp, appreciative, hybrid, rapid-review (an LCSPR, brief or note built
     * on a rapid review), other when a method is described that is none of these; null when not stated.
     */
    static String methodology(String fullText, String reviewType) {
        // Glossary entries ('IMR - Individual Management Review') name methods the review need not have used.
        GateText text = new GateText(GLOSSARY_ENTRY.removeAll(new GateText(fullText),
                CoverFields::mayBeGlossaryEntry));
        if (HYBRID.scan(text).find()) {
            return "hybrid";
        }
        if (SILP.scan(text).find()) {
            return "silp";
        }
        if (APPRECIATIVE.scan(text).find()) {
            return "appreciative";
        }
        boolean systems = SYSTEMS.scan(text).find();
        // individual management or agency reviews: named twice, the review's method; once, one half of a mix
        int imrMentions = count(IMR, text, 2);
        boolean imr = imrMentions >= 2;
        if (systems && imr) {
            return "hybrid";
        }
        if (systems) {
            return "scie-systems";
        }
        if (imr) {
            return "imr-overview";
        }
        // agencies' own timelines, chronologies or reports (one mention of individual agency reports is
        // one) and a learning event with practitioners: the mixed model most LCSPRs and Welsh and
        // Northern Irish reviews describe without naming it ('Agencies provided timelines of their
        // involvement. A learning event was held ...')
        boolean agencyAccounts = imrMentions > 0 || AGENCY_ACCOUNTS.scan(text).find();
        if (agencyAccounts && LEARNING_EVENT.scan(text).find()) {
            return "hybrid";
        }
        if (reviewType != null && RAPID_BASED.contains(reviewType) && RAPID.scan(text).find()) {
            return "rapid-review";
        }
        // agencies' own reports drawn together in an overview report, without a learning event or a rapid
        // review: the IMR and overview model under another name (Scotland's single agency reports, Northern
        // Ireland's agency reports)
        if (agencyAccounts && (imrMentions > 0 || OVERVIEW_REPORT.scan(text).find())) {
            return "imr-overview";
        }
        return METHOD_STATED.scan(text).find() ? "other" : null;
    }

    /** How many times the pattern matches, counting no further than {@code max}. */
    private static int count(GatedPattern p, GateText text, int max) {
        GatedPattern.Scan m = p.scan(text);
        int c = 0;
        while (c < max && m.find()) {
            c++;
        }
        return c;
    }
}
