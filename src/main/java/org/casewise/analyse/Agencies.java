package org.casewise.analyse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The agency vocabulary of PRIMER §5 and the many ways reports name each agency ('the health
 * visitor', 'HV', 'Children's Services', 'the MASH', 'Drug and Alcohol Service', 'CGL').
 * Shared by metadata (agencies involved) and recommendations (who a recommendation is addressed to).
 */
public final class Agencies {

    /** PRIMER §5 ids in vocabulary order. */
    public static final List<String> IDS = List.of("childrens-social-care", "police", "health-visiting", "midwifery",
            "gp", "hospital", "ambulance", "camhs", "adult-mental-health", "substance-misuse-service", "school",
            "early-years", "probation", "housing", "youth-justice", "cafcass", "voluntary-sector");

    /** Gated: each is a big case-insensitive alternation, run over whole reports (see GatedPattern). */
    private static final Map<String, GatedPattern> PATTERNS = new LinkedHashMap<>();

    static {
        // Case-insensitive unless an acronym needs case to avoid common words ('GP' is fine either way).
        put("childrens-social-care", "children'?s social care|children'?s services|social care|social worker"
                + "|social services|\\bCSC\\b|\\bMASH\\b|multi-agency safeguarding hub|front door|"
                + "children'?s social work|family support worker|child protection social worker");
        put("police", "\\bpolice\\b|\\bofficers?\\b|constabulary|\\bPPU\\b|public protection unit|detective");
        put("health-visiting", "health visit(?:or|ors|ing)|\\bHVs?\\b|0-19 service|public health nurs");
        put("midwifery", "midwi(?:fe|ves|fery)|maternity|antenatal (?:clinic|booking|care)|booking appointment");
        put("gp", "\\bGPs?\\b|general practi(?:ce|tioner)|family doctor|\\bsurgery\\b|primary care");
        put("hospital", "hospital|emergency department|\\bA ?& ?E\\b|paediatrician|\\bward\\b|NHS (?:foundation )?trust"
                + "|acute trust|consultant paediatric");
        put("ambulance", "ambulance|paramedic|999 call|\\bcrew\\b");
        put("camhs", "\\bCAMHS\\b|child and adolescent mental health");
        // 'Child and Adolescent Mental Health Service' and a child psychiatrist are CAMHS; the Royal College of
        // Psychiatrists writes guidance, it sees no one
        put("adult-mental-health", "adult mental health|community mental health team|\\bCMHT\\b"
                + "|(?<!adolescent |child |children's |camhs |college of )psychiatri(?:st|c)"
                + "|crisis team|(?<!adolescent |children's |young people's |child )mental health (?:trust|services?|nurse)"
                + "|perinatal mental health");
        put("substance-misuse-service", "drug and alcohol (?:service|team|worker)|substance misuse (?:service|team|worker)"
                + "|alcohol service|drugs? service|treatment service|recovery service|\\bCGL\\b|change grow live"
                + "|methadone (?:clinic|script)|addiction service");
        put("school", "\\bschools?\\b(?! nurse)|head ?teacher|teachers?\\b|designated safeguarding lead|\\bDSL\\b"
                + "|education welfare|academy|college|education (?:services?|department)");
        put("early-years", "nursery|nurseries|early years|children'?s cent(?:re|er)|child ?minder|pre-?school|playgroup");
        put("probation", "probation|offender manager|community rehabilitation company|\\bCRC\\b|\\bNPS\\b");
        // 'lived in a housing association house', 'a Northern Ireland Housing Executive house': the family's tenure,
        // not contact with a housing service
        put("housing", "housing(?! (?:association|executive) (?:house|property|flat|home|maisonette|bungalow))|landlord"
                + "|homeless(?:ness)? (?:team|service|unit)|temporary accommodation|tenancy");
        put("youth-justice", "youth justice|youth offending|\\bYOT\\b|\\bYOS\\b");
        put("cafcass", "cafcass|family court advis[eo]r|children'?s guardian|\\bCAFCASS Cymru\\b");
        put("voluntary-sector", "voluntary sector|charity|third sector|women'?s aid|refuge|barnardo'?s|nspcc|action for children"
                + "|family action|home-?start|\\bIDVA\\b|independent domestic violence advis|food ?bank|\\bchurch\\b|mosque|temple\\b"
                + "|faith (?:group|leader|community)|pastor|\\bimam\\b|youth club|community (?:group|organisation|project)");
    }

    private static void put(String id, String regex) {
        PATTERNS.put(id, new GatedPattern(Pattern.compile("(?i)(?:" + regex + ")")));
    }

    private Agencies() {
    }

    /** An agency named in a text: where first, and how often. */
    public record Mention(String id, int first, int count) {
    }

    /**
     * Every agency named in the text with its first offset and number of mentions, counting only the
     * matches that start where {@code counted} holds, in order of first mention: one pass per agency
     * where {@link #mentioned} and {@link #count} take two.
     */
    public static List<Mention> mentions(GateText text, java.util.function.IntPredicate counted) {
        List<Mention> hits = new ArrayList<>();
        PATTERNS.forEach((id, p) -> {
            GatedPattern.Scan s = p.scan(text);
            int first = -1;
            int n = 0;
            while (s.find()) {
                if (counted.test(s.start())) {
                    first = n == 0 ? s.start() : first;
                    n++;
                }
            }
            if (n > 0) {
                hits.add(new Mention(id, first, n));
            }
        });
        // Stable: agencies first named at the same offset stay in vocabulary order.
        hits.sort((a, b) -> Integer.compare(a.first, b.first));
        return hits;
    }

    /** Agencies named in the text, in order of first mention. */
    public static List<String> mentioned(CharSequence text) {
        GateText t = new GateText(text);
        record Hit(String id, int at) {
        }
        List<Hit> hits = new ArrayList<>();
        PATTERNS.forEach((id, p) -> {
            int at = p.firstIndex(t);
            if (at >= 0) {
                hits.add(new Hit(id, at));
            }
        });
        hits.sort((a, b) -> Integer.compare(a.at, b.at));
        return hits.stream().map(Hit::id).toList();
    }

    /** The agency named first in the text, if any. */
    public static Optional<String> first(CharSequence text) {
        List<String> found = mentioned(text);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** How often the text names the agency: a report mentions agencies in passing, so counts matter. */
    public static int count(String id, CharSequence text) {
        return pattern(id).count(new GateText(text));
    }

    /** Offset of the agency's first mention in the text, or -1: lets a caller take the earliest-named addressee. */
    public static int firstIndex(String id, CharSequence text) {
        return pattern(id).firstIndex(new GateText(text));
    }

    private static GatedPattern pattern(String id) {
        GatedPattern p = PATTERNS.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown agency " + id);
        }
        return p;
    }

    public static boolean known(String id) {
        return PATTERNS.containsKey(id);
    }
}
