package org.casewise.analyse.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.GatedPattern;
import org.casewise.analyse.Regexes;

/**
 * A child's age at the incident, read around the child's mentions: an age attached to a mention (after
 * the name, in brackets, or just before it, never across another person), else one the next sentence
 * gives to the pronoun or to the children together that go on about the child; an age in the sentence
 * that tells of the incident wins over the first one found. Kept apart from {@link ChildFinder}, which
 * reads each child's sex from the same mentions, as the two readings have their own patterns and share
 * only {@link #OTHER_PERSON}.
 */
final class ChildAges {

    /** People other than the child: an age or pronoun after one of these belongs to them. */
    static final GatedPattern OTHER_PERSON = GatedPattern.compile("(?i)\\b(?:mother|mum|father|dad|sibling|siblings|brothers?|sisters?"
            + "|partner|stepfather|step-father|boyfriend|girlfriend|grandmother|grandfather|grandparents?|aunt|uncle|cousin"
            + "|parents?|carers?|foster carers?|mr|ms|mrs|miss|adult [A-Z]|social worker|health visitor|midwife|teacher"
            + "|nurse|officers?|doctor|gp|paediatrician|worker|practitioner|manager|reviewer|consultant|man|woman)\\b");
    private static final Pattern INCIDENT = Pattern.compile("(?i)\\b(?:died|death|admitted|injur|harm|taken to|found"
            // 'abus': abuse, abused and 'had been sexually abusing her' (told at a disclosure, the incident's age)
            + "|incident|suffered|sustained|then|at the time|assault|abus|neglect|killed"
            // 'when he was 15 years old, Kai was stabbed': the harm itself, named
            + "|stabb|shot\\b|attacked|overdose|collapsed|drown|own life|fractur)");
    private static final Pattern AGE_CUE_BEFORE = Pattern.compile("(?i)(?:aged?|then|at|was|is|of|a (?:boy|girl)|when|\\(|,)\\s*$");
    /**
     * 'over a period of about two years', 'two periods of more than three days' (a hedged number's lead ends
     * before 'more than'): a length of time, not an age.
     */
    private static final Pattern DURATION_BEFORE = Pattern.compile("(?i)\\b(?:periods?|course|space|span|duration|total|length) of\\s*$"
            // 'placed Ellie on its waiting list; at the time the wait was approximately eight weeks'
            // and 'still on the waiting list, which then stood at around two years'
            + "|\\b(?:wait|waiting time|waiting list|delay|gap|interval|stay|absence)(?:,? which)?\\s+(?:then\\s+)?"
            + "(?:was|is|of|had been|has been|stood at)\\s+"
            + "(?:(?:approximately|about|around|over|nearly|almost|more than|less than|at least|some)\\s+)?$");
    /** 'abuse which she said began when she was about eight': the age something started at, not the age at the incident. */
    private static final Pattern ONSET_BEFORE = Pattern.compile("(?i)\\b(?:began|begun|started|since|from)\\s+(?:when\\s+)?"
            + "(?:(?:he|she|they)\\s+(?:was|were)\\s+)?(?:about\\s+|around\\s+|aged\\s+|the age of\\s+)?$");
    /** 'K born at 36 weeks': a gestation, not an age. */
    private static final Pattern GESTATION_BEFORE = Pattern.compile("(?i)\\bborn (?:at|after)\\s+(?:about\\s+|around\\s+|only\\s+)?$");
    /** 'five weeks before ...', 'twenty-four weeks into a thirty-eight-week wait': time between or within events. */
    private static final Pattern INTERVAL_AFTER = Pattern.compile("(?i)\\s+(?:before|after|later|earlier|ago|beforehand|previously|into)\\b");
    private static final Pattern NOW_BEFORE = Pattern.compile("(?i)\\b(?:now|currently|today|is)\\s+(?:aged\\s+)?$");

    private ChildAges() {
    }

    record Age(Double years, boolean unborn) {
    }

    /**
     * The age attached to the child in the sentence that tells of the incident, else the first
     * attached age: after the name ('Child E, a boy aged 20 months') or just before it ('At three
     * months old, Child M'), never across another person ('her siblings, aged nine and seven').
     */
    static Optional<Age> age(ChildCandidates.Candidate c, List<Pattern> subjects, List<String> sentences) {
        Age fallback = null;
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (!c.mayOccurIn(s)) {
                continue;
            }
            Matcher name = c.mention().matcher(s);
            while (name.find()) {
                Optional<Age> a = attachedAge(s, name.start(), name.end(), subjects);
                boolean fromNext = false;
                // the list of ages in one of the next two sentences ('These are not their real names.' may come between)
                for (int k = i + 1; a.isEmpty() && k <= i + 2 && k < sentences.size(); k++) {
                    a = listedAge(c, s, sentences.get(k));
                }
                if (a.isEmpty() && i + 1 < sentences.size()) {
                    // 'Leo died in November 2022. He was sixteen years old.': the next sentence goes on about
                    // the child (a lone pronoun only when the child opened the sentence before it)
                    a = opensSentence(s, name.start()) || introduced(s, name.start()) ? pronounAge(sentences.get(i + 1), subjects)
                            : groupAge(sentences.get(i + 1), subjects);
                    fromNext = a.isPresent();
                }
                if (a.isPresent()) {
                    // 'L was born in 1997. At the time of the incident ..., she was fifteen years old': the
                    // sentence that gave the age may be the one that tells of the incident
                    if (INCIDENT.matcher(s).find() || fromNext && INCIDENT.matcher(sentences.get(i + 1)).find()) {
                        return a;
                    }
                    if (fallback == null) {
                        fallback = a.get();
                    }
                }
            }
        }
        return Optional.ofNullable(fallback);
    }

    /**
     * 'a child, referred to in this report as M, died ...': the sentence introduces the child, whom the
     * next one goes on about.
     */
    private static final Pattern INTRODUCED_AS = Pattern.compile("(?i)\\b(?:referred to|known|called)(?: in (?:this|the) (?:report|review))? as\\s+[\"'\u2018\u201c]?$");

    private static boolean introduced(String s, int nameStart) {
        return INTRODUCED_AS.matcher(s).region(Math.max(0, nameStart - 45), nameStart).find();
    }

    /** Only a paragraph number ('1.1', '4.') or a few characters come before the name: the child opens the sentence. */
    private static boolean opensSentence(String s, int nameStart) {
        return nameStart < 3 || PARAGRAPH_NUMBER.matcher(s).region(0, nameStart).matches();
    }

    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("\\s*\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\s+");

    /**
     * 'He was sixteen years old.', 'She was then aged 14.': an age given to the pronoun that opens the
     * sentence; 'At the time ... the twins were four years old.': an age given to the children together.
     */
    private static Optional<Age> pronounAge(String next, List<Pattern> subjects) {
        Matcher p = PRONOUN_WAS.matcher(next);
        if (p.lookingAt()) {
            // the age is read after the pronoun, so that 'He was sixteen.' is the bare age after 'was'
            return attachedAge(next, 0, p.end(1), subjects);
        }
        // 'At the time of the incident which led to this review, in November 2012, she was fifteen years
        // old': a pronoun after an opening phrase that names no one else
        Matcher later = PRONOUN_WAS_AFTER_PHRASE.matcher(next);
        if (later.find() && !OTHER_PERSON.find(next.substring(0, later.start()))
                && !CAPITALISED_INSIDE.matcher(next).region(0, later.start()).find()) {
            return attachedAge(next, later.start(), later.end(1), subjects);
        }
        return groupAge(next, subjects);
    }

    private static final Pattern PRONOUN_WAS_AFTER_PHRASE = Pattern.compile(", (he|she) (?:was|is)\\b");
    /** A capitalised word after the sentence's first, not a month: another person may be named there. */
    private static final Pattern CAPITALISED_INSIDE = Pattern.compile("(?<=\\S\\s)(?!(?:January|February|March|April|May"
            + "|June|July|August|September|October|November|December)\\b)[A-Z][a-z]");

    private static Optional<Age> groupAge(String next, List<Pattern> subjects) {
        Matcher group = GROUP_WERE.matcher(next);
        return group.find() ? attachedAge(next, group.start(), group.end(), subjects) : Optional.empty();
    }

    /** One age of a list, in digits or words. */
    private static final String BARE_NUMBER_LIST_ITEM = "(?:\\d{1,2}|" + Ages.NUMBER + ")";

    /** Children named in a list: 'Jade, Kai and Bobby'. */
    private static final Pattern NAMES_LIST = Pattern.compile("\\b[A-Z][a-z]{2,}(?:, [A-Z][a-z]{2,})*,? and [A-Z][a-z]{2,}\\b");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",? and |, ");
    /** Their ages in the same order in the next sentence: 'In October 2023 they were aged 13, 8 and 4.' */
    private static final Pattern AGES_LIST = Pattern.compile("(?i)\\b(?:they|the (?:children|siblings|twins)) were (?:then )?aged "
            + "(" + BARE_NUMBER_LIST_ITEM + "(?:(?:, |,? and )" + BARE_NUMBER_LIST_ITEM + ")+)\\b");

    /**
     * 'In this report they are called Jade, Kai and Bobby. In October 2023 they were aged 13, 8 and 4.': the
     * child's age is the one at its place in the list, when the two lists are as long as each other.
     */
    private static Optional<Age> listedAge(ChildCandidates.Candidate c, String s, String next) {
        // asked for most mentions of every candidate: most sentences have no ' aged ' to look for a list at
        if (!Regexes.containsIgnoreCase(next, " aged ")) {
            return Optional.empty();
        }
        Matcher ages = AGES_LIST.matcher(next);
        if (!ages.find()) {
            return Optional.empty();
        }
        String[] years = LIST_SEPARATOR.split(ages.group(1));
        Matcher names = NAMES_LIST.matcher(s);
        while (names.find()) {
            List<String> listed = List.of(LIST_SEPARATOR.split(names.group()));
            int at = listed.indexOf(c.pseudonym());
            if (at >= 0 && listed.size() == years.length) {
                return Ages.number(years[at].strip()).map(y -> new Age(y.doubleValue(), false));
            }
        }
        return Optional.empty();
    }

    private static final Pattern PRONOUN_WAS = Pattern.compile("(He|She) (?:was|is)\\b");
    private static final Pattern GROUP_WERE = Pattern.compile("\\b(?:[Tt]he twins|[Bb]oth (?:children|boys|girls)|[Tt]hey) were\\b");

    /** 'Dylan (16)', 'Poppy (aged 3)'. */
    private static final Pattern AGE_IN_BRACKETS = Pattern.compile("^\\s*\\((?:aged\\s*)?(\\d{1,2})\\)");

    private static Optional<Age> attachedAge(String s, int nameStart, int nameEnd, List<Pattern> subjects) {
        if (RELATION_BEFORE.matcher(s.substring(Math.max(0, nameStart - 30), nameStart)).find()) {
            // 'half-sibling to Child A, aged 8', 'mother of Child A, aged 24': the age is the relative's
            return Optional.empty();
        }
        String after = s.substring(nameEnd, Math.min(s.length(), nameEnd + 110));
        // 'Poppy and Alfie, non-identical twins then aged three': an age given to the two together is each one's
        Matcher pair = PAIR_TOGETHER.matcher(after);
        if (pair.lookingAt()) {
            Optional<Age> both = firstAge(after.substring(pair.end()), s, nameEnd + pair.end());
            if (both.isPresent()) {
                return both;
            }
        }
        after = cutAtOtherPerson(after, subjects);
        Matcher paren = AGE_IN_BRACKETS.matcher(after);
        if (paren.find()) {
            return Optional.of(new Age((double) Integer.parseInt(paren.group(1)), false));
        }
        Optional<Age> a = firstAge(after, s, nameEnd);
        if (a.isPresent()) {
            return a;
        }
        // 'Rowan was fifteen when she died', 'Child J is a boy who was twelve when he was found by police': a bare
        // number after 'was', closing the clause; not 'when Kai was six, his parents separated', which is the age at
        // an earlier time
        Matcher was = WAS_BARE_AGE.matcher(after);
        if (was.lookingAt() && !WHEN_BEFORE.matcher(s).region(Math.max(0, nameStart - 6), nameStart).find()) {
            Optional<Age> bare = bareAge(was);
            if (bare.isPresent()) {
                return bare;
            }
        }
        // 'Jay (not his real name) is White British and was twelve at the time.': the child opens the sentence, which
        // gives a bare age 'at the time' with no one else named before it
        if (opensSentence(s, nameStart)) {
            Matcher atTime = AT_THE_TIME_AGE.matcher(after);
            if (atTime.find()) {
                Optional<Age> bare = bareAge(atTime);
                if (bare.isPresent()) {
                    return bare;
                }
            }
        }
        // '...Child A, a girl who was ten years old at the time; Child B': an age before a ';' is another child's
        int beforeStart = Math.max(Math.max(0, nameStart - 50), s.lastIndexOf(';', nameStart - 1) + 1);
        String before = s.substring(beforeStart, nameStart);
        // 'In the early hours of 9 March 2024, when she was fourteen, Ellie took an overdose': a bare number
        // in a 'when' clause that leads into the child's name, which opens the main clause
        Matcher whenWas = WHEN_WAS_BARE_AGE.matcher(before);
        if (whenWas.find() && !OTHER_PERSON.find(before.substring(whenWas.start()))) {
            Optional<Age> bare = bareAge(whenWas);
            if (bare.isPresent()) {
                return bare;
            }
        }
        // 'During 2017, when she was fifteen years old and living in a residential children's house in the Falkirk
        // area, Ellie was sexually exploited': the sentence opens with a when-clause that gives the age and leads into
        // the name, with no one else in it
        if (COMMA_BEFORE_NAME.matcher(s).region(Math.max(0, nameStart - 2), nameStart).matches()) {
            Matcher when = WHEN_CLAUSE.matcher(s).region(0, nameStart);
            // another child of the review named before this one: the age may be theirs
            if (when.find() && !OTHER_PERSON.find(s.substring(0, nameStart))
                    && !IncidentFinder.mentionsSubject(s.substring(0, nameStart), subjects)) {
                Optional<Age> clause = firstAge(s.substring(when.end(), nameStart), s, when.end());
                if (clause.isPresent()) {
                    return clause;
                }
            }
        }
        // 'a ten year old girl, referred to in this report as Isla': the hyphens are often left out, but then
        // a noun must follow ('fractures between two and four weeks old, and bruising behind Lily's ear' is not hers)
        if (!OTHER_PERSON.find(before) && Regexes.matches(before, "(?is).*\\b(?:at|aged|when (?:he|she) was"
                + "|\\w+-(?:year|month|week|day)s?-old|\\w+ (?:year|month|week|day)s? old (?:girl|boy|child|baby|infant|son|daughter"
                + "|young|teenager))\\b.*")) {
            return firstAge(before, s, beforeStart);
        }
        return Optional.empty();
    }

    /** An age as a bare number, in digits or words ('15', 'fifteen'), with no unit after it. */
    private static final String BARE_NUMBER = "(\\d{1,2}|" + Ages.NUMBER + ")";
    private static final Pattern WAS_BARE_AGE = Pattern.compile("(?i)"
            // the child described first: 'is a boy who', ', a quiet girl who'
            + "(?:(?:\\s+(?:is|was)|\\s*,)\\s+an?\\s+(?:[a-z-]+\\s+){0,2}(?:boy|girl|child|baby|young person|teenager) who)?"
            + "\\s+(?:was|is)\\s+(?:then\\s+|only\\s+|just\\s+)?"
            // 'In May 2021 Amber was eleven, Tyler was six and Rosie had just turned two.' (the window ends before
            // the next child's name)
            + BARE_NUMBER + "(?=\\s+(?:when|at the time)\\b|\\s*[,.;:)]|\\s+and(?:\\s+[A-Z]|\\s*$))");
    private static final Pattern WHEN_BEFORE = Pattern.compile("(?i)\\bwhen\\s+$");
    private static final Pattern PAIR_TOGETHER = Pattern.compile("\\s+and\\s+[A-Z][a-z]+,\\s+(?:[\\w-]+\\s+){0,2}"
            + "(?:twins|siblings|brothers|sisters|the two children|both)\\b");
    private static final Pattern AT_THE_TIME_AGE = Pattern.compile("(?i)\\b(?:was|is) (?:only |just |then )?" + BARE_NUMBER
            + "(?= at the time\\b)");
    private static final Pattern WHEN_WAS_BARE_AGE = Pattern.compile("(?i)\\bwhen (?:he|she) was (?:only |just )?"
            + BARE_NUMBER + ",\\s*$");

    private static final Pattern COMMA_BEFORE_NAME = Pattern.compile(",\\s");
    /** A sentence's opening when-clause about the child, up to its age: 'During 2017, when she was '. */
    private static final Pattern WHEN_CLAUSE = Pattern.compile("^[^;:]{0,40}?\\bwhen (?:he|she) was (?:only |just |then )?");

    /** The {@link #BARE_NUMBER} a bare-age pattern caught, as years. */
    private static Optional<Age> bareAge(Matcher bare) {
        return Ages.number(bare.group(1)).map(years -> new Age(years.doubleValue(), false));
    }

    /** A relative named by their tie to the child just before the child's name. */
    private static final Pattern RELATION_BEFORE = Pattern.compile("(?i)\\b(?:half-|step-?)?(?:siblings?|brothers?|sisters?"
            + "|mother|father|parents?|aunt|uncle|cousin|grandmother|grandfather|partner|carer)\\s+(?:to|of)\\s+$");

    private static Optional<Age> firstAge(String window, String sentence, int offset) {
        Matcher m = Ages.AGE.matcher(window);
        while (m.find()) {
            String lead = sentence.substring(Math.max(0, offset + m.start() - 25), offset + m.start());
            boolean hasOld = m.group().toLowerCase(Locale.ROOT).endsWith("old");
            boolean special = m.group("unborn") != null || m.group("newborn") != null || m.group("bare") != null;
            if (NOW_BEFORE.matcher(lead).find() || DURATION_BEFORE.matcher(lead).find() || GESTATION_BEFORE.matcher(lead).find()
                    || PRETENDED_BEFORE.matcher(lead).find()
                    || ONSET_BEFORE.matcher(sentence.substring(Math.max(0, offset + m.start() - 45), offset + m.start())).find()) {
                continue;
            }
            // 'five weeks before the family moved': a time between two events, not an age
            if (!hasOld && INTERVAL_AFTER.matcher(window).region(m.end(), window.length()).lookingAt()) {
                continue;
            }
            // a family table's age column: '| Sibling 1 | Eldest child, female | 12 years |'
            boolean cell = TABLE_CELL_BEFORE.matcher(lead).find() && TABLE_CELL_AFTER.matcher(window).region(m.end(), window.length()).lookingAt();
            if (special || hasOld || cell || AGE_CUE_BEFORE.matcher(lead).find()) {
                return Optional.of(new Age(Ages.years(m).orElse(null), Ages.unborn(m)));
            }
        }
        return Optional.empty();
    }

    /** 'presenting himself as a sixteen-year-old boy': an age someone claimed, not the child's. */
    private static final Pattern PRETENDED_BEFORE = Pattern.compile("(?i)(?:(?:himself|herself|themselves) as|posing as"
            + "|pretend(?:ed|ing) to be|claim(?:ed|ing) to be|purport(?:ed|ing) to be) an?\\s+$");

    private static final Pattern TABLE_CELL_BEFORE = Pattern.compile("\\|\\s*$");
    private static final Pattern TABLE_CELL_AFTER = Pattern.compile("\\s*\\|");

    /** An age adjective that ends just before a person: 'a 29-year-old ', 'a twenty year old '. */
    private static final Pattern AGE_OF_NEXT_PERSON = Pattern.compile("(?i)\\b(?:\\d{1,2}|[a-z]+(?:-[a-z]+)?)[- ](?:year|month)s?[- ]old\\s+$");

    private static final Pattern APPOSED_SIBLING = Pattern.compile("(?i)\\s*,\\s*(?:her|his|their|the)\\s+"
            + "(?:(?:older|younger|elder|eldest|youngest|twin|baby|little|big|half-|step-)\\s*)?");
    private static final Pattern SIBLING_WORD = Pattern.compile("(?i)brothers?|sisters?|siblings?");

    private static final Pattern SELF_DESCRIBED = Pattern.compile("(?i)[,\\s]*(?:who )?(?:was|is) (?:then )?an? (?:young )?");

    /** The part of a window before the next person other than the child (parent, sibling, professional). */
    private static String cutAtOtherPerson(String window, List<Pattern> subjects) {
        int cut = window.length();
        GatedPattern.Scan o = OTHER_PERSON.scan(window);
        while (o.find()) {
            String lead = window.substring(0, o.start());
            // 'YP3 was a young woman aged seventeen': the child described, not another person
            if (SELF_DESCRIBED.matcher(lead).matches()
                    && (o.group().equalsIgnoreCase("woman") || o.group().equalsIgnoreCase("man"))) {
                continue;
            }
            // 'Child B, her brother, who was six': the apposition says who the child is
            if (APPOSED_SIBLING.matcher(lead).matches() && SIBLING_WORD.matcher(o.group()).matches()) {
                continue;
            }
            // 'in the company of a 29-year-old man': the age before the other person is theirs, not the child's
            Matcher own = AGE_OF_NEXT_PERSON.matcher(lead);
            cut = own.find() ? own.start() : o.start();
            break;
        }
        for (Pattern p : subjects) {
            Matcher s = p.matcher(window);
            if (s.find() && s.start() > 0) {
                cut = Math.min(cut, s.start());
            }
        }
        return window.substring(0, cut);
    }
}
