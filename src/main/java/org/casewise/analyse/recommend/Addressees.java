package org.casewise.analyse.recommend;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.Agencies;
import org.casewise.analyse.Memo;

/**
 * Who a recommendation is addressed to: a PRIMER §5 agency id, {@code board} or {@code national}.
 * Read from an explicit label when there is one ('To Police:', '(Hospital)', an agency column),
 * otherwise from the grammatical subject ('The Partnership should ...', 'That Children's Social
 * Care ensures ...'). Nothing is guessed from agencies named later in the sentence: 'Managers
 * should check with the health visitor' is not addressed to health visiting.
 *
 * <p>Decisions where reports are ambiguous:
 * <ul>
 * <li>CCG, ICB, PCT, 'NHS Leeds' (the local NHS commissioner) -> {@code gp}: they commission and
 *     hold the designated safeguarding roles for primary care, and their recommendations are
 *     usually about GP practice;</li>
 * <li>a Welsh or Scottish (University) Health Board runs hospital, community and primary care
 *     alike: null unless a service is named in the subject;</li>
 * <li>'All agencies', 'Agencies', 'partner agencies' -> {@code board}: a recommendation to every
 *     agency is owned and monitored by the partnership;</li>
 * <li>'the local authority' -> {@code childrens-social-care} (in a child review it means
 *     children's services).</li>
 * </ul>
 */
final class Addressees {

    static final String BOARD = "board";
    static final String NATIONAL = "national";

    private record Rule(String id, Pattern pattern) {
    }

    /** Matched before the shared agency vocabulary; the earliest match in the phrase wins. */
    private static final List<Rule> RULES = List.of(
            new Rule(null, Pattern.compile("(?i)\\badult social care\\b|\\b(?:university )?health board\\b|\\bhealth and social care trust\\b")),
            new Rule(NATIONAL, Pattern.compile("(?i)department for education|\\bDfE\\b|department of health|\\bDHSC\\b"
                    + "|home office|ministry of justice|(?:the )?national (?:child safeguarding practice review )?panel"
                    + "|child safeguarding practice review panel|\\bgovernment\\b|\\bofsted\\b|NHS England|NHS Improvement"
                    + "|care quality commission|\\bCQC\\b|public health (?:england|wales|scotland)|\\bUKHSA\\b|\\bNICE\\b"
                    + "|royal colleges?\\b|\\bHMICFRS\\b|college of policing|national police chiefs")),
            new Rule("gp", Pattern.compile("(?i)\\bCCGs?\\b|clinical commissioning groups?|\\bICBs?\\b|integrated care boards?"
                    + "|\\bPCTs?\\b|primary care trusts?|\\bICS\\b|designated (?:doctor|nurse)s?"
                    + "|(?-i:\\bNHS [A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)*$)")),
            new Rule(BOARD, Pattern.compile("(?i)\\b(?:LSCBs?|LSCPs?|SCBs?|SAB)\\b|safeguarding (?:children |adults )?(?:board|partnership)s?"
                    + "|\\bsafeguarding partners\\b|(?:three|statutory) (?:safeguarding )?partners|child protection committee"
                    + "|public protection committee|chief officers'? group|\\bSBNI\\b|safeguarding board"
                    + "|\\bthe (?:board|boards|partnership|partnerships|committee)\\b|^(?:board|partnership|committee)s?\\b"
                    + "|\\b(?:all|partner|relevant|member|the|individual|local) (?:agencies|organisations)\\b|^agencies\\b"
                    + "|\\ball (?:partners|services|statutory agencies)\\b")),
            new Rule("childrens-social-care", Pattern.compile("(?i)\\bthe local authority\\b|^local authority\\b|social work (?:services?|department|teams?)"
                    + "|children'?s (?:services|social work|safeguarding|trust)|\\bfront door\\b|early help (?:service|team|hub)")),
            new Rule("hospital", Pattern.compile("(?i)\\b(?:the|hospital|acute|foundation|NHS|university hospitals?) trusts?\\b"
                    + "|emergency department|\\bED\\b|paediatric (?:service|team|department)s?")),
            new Rule("school", Pattern.compile("(?i)education (?:services?|department|authority|settings?)|\\bschools?\\b")),
            new Rule("substance-misuse-service", Pattern.compile("(?i)addiction services?|drug (?:and alcohol )?(?:treatment )?services?|alcohol and drug")),
            new Rule("health-visiting", Pattern.compile("(?i)health visiting|0-19|public health nursing")));

    /** Words that end a subject: the modal or main verb of the recommendation. */
    private static final Pattern VERB = Pattern.compile("(?i)\\b(?:should|must|shall|will|needs? to|ought to|to ensure|ensures?"
            + "|(?:is|are) (?:asked|requested|invited|expected|required|recommended) to|(?:is|are|has|have) to|to (?:review|develop"
            + "|consider|agree|provide|establish|commission|audit|seek|update|ensure|work|promote|introduce|undertake|share|adopt"
            + "|raise|strengthen|issue|deliver|set|make|write|evaluate|embed|include|revise|produce|assure)"
            // after 'That ...': 'That the LSCB seeks assurance', 'That Children's Social Care ensures'
            + "|seeks|reviews|considers|commissions|provides|develops|establishes|undertakes|agrees|audits|works|promotes"
            + "|takes|makes|issues|updates|publishes|produces|introduces|strengthens|raises|delivers|revises|embeds|writes"
            + "|shares|adopts|explores|monitors|evaluates|assures|requires|asks|continues|satisfies|receives)\\b");
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:it is (?:therefore )?recommended that|the (?:review|panel|reviewer|author)s? "
            + "recommends? that|we recommend that|recommend(?:ation)?s?:?\\s*that|that)\\s+");

    private Addressees() {
    }

    /** The addressee a label or a subject phrase names; empty when it names none of them. */
    static Optional<String> of(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        return KNOWN.get(phrase);
    }

    /**
     * Headings and labels recur from report to report ('Recommendations for the ICB') and every
     * phrase is tried against all the addressee patterns, so answers are kept (a pure function).
     */
    private static final Memo<String, Optional<String>> KNOWN = new Memo<>(Addressees::find, 50_000);

    private static Optional<String> find(String phrase) {
        String p = phrase.strip();
        int best = Integer.MAX_VALUE;
        int bestLength = 0;
        String id = null;
        boolean found = false;
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(p);
            if (m.find() && (m.start() < best || m.start() == best && m.end() - m.start() > bestLength)) {
                best = m.start();
                bestLength = m.end() - m.start();
                id = r.id();
                found = true;
            }
        }
        List<String> agencies = Agencies.mentioned(p);
        if (!agencies.isEmpty()) {
            int at = agencyPosition(agencies.get(0), p);
            if (at < best) {
                return Optional.of(agencies.get(0));
            }
        }
        return found ? Optional.ofNullable(id) : Optional.empty();
    }

    /** Whether the phrase names an addressee (a label with nothing else worth keeping). */
    static boolean names(String phrase) {
        return of(phrase).isPresent();
    }

    /** The addressee read from the subject of the recommendation, or empty. */
    static Optional<String> fromSubject(String text) {
        String t = LEADING.matcher(text.strip()).replaceFirst("");
        Matcher v = VERB.matcher(t);
        if (!v.find() || v.start() == 0) {
            return Optional.empty();
        }
        String subject = t.substring(0, v.start());
        if (subject.split("\\s+").length > 16) {
            return Optional.empty();
        }
        return of(subject);
    }

    private static int agencyPosition(String id, String text) {
        int at = Agencies.firstIndex(id, text);
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
