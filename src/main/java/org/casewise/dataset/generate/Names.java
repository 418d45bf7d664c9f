package org.casewise.dataset.generate;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Pseudonyms, ages in words and people's names as reviews print them. All invented. Pseudonyms
 * repeat across reports on purpose: 'Child A' is never a key in real collections either.
 */
final class Names {

    private static final List<String> GIRLS = List.of("Laura", "Ellie", "Amira", "Sophie", "Maya", "Chloe", "Hana",
            "Poppy", "Zara", "Mia", "Aisha", "Ruby", "Skye", "Leah", "Jade");
    private static final List<String> BOYS = List.of("Jayden", "Kai", "Tyler", "Reuben", "Leon", "Dylan", "Noah",
            "Callum", "Ryan", "Jordan", "Logan", "Mason", "Ethan", "Oscar", "Harvey");
    private static final List<String> FIRST_NAMES = java.util.stream.Stream.concat(GIRLS.stream(), BOYS.stream()).toList();
    private static final List<String> AUTHORS = List.of("Jane Whitfield", "David Okafor", "Margaret Lyons",
            "Dr Sarah Pennington", "Robert Ashdown", "Helen Marsh", "Nicola Brennan", "Paul Egerton", "Dr Amrit Sandhu",
            "Fiona Crawley", "Gwyneth Pryce", "Alasdair MacLeod", "Siobhan Keane", "Peter Hallam", "Kate Rowntree");
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen");

    private Names() {
    }

    /** Letters and numbers, or a first name that matches the child's sex ('Laura (not her real name)'). */
    static String pseudonym(SplittableRandom r, String ageBand, String sex) {
        List<String> names = sex.equals("female") ? GIRLS : BOYS;
        char letter = (char) ('A' + r.nextInt(26));
        boolean baby = ageBand.equals("unborn") || ageBand.equals("under-1");
        return switch (r.nextInt(baby ? 3 : 4)) {
            case 0 -> "Child " + letter;
            case 1 -> baby ? "Baby " + letter : "Child " + letter + (1 + r.nextInt(9));
            case 2 -> baby ? "Child " + letter : names.get(r.nextInt(names.size()));
            default -> "Child " + letter;
        };
    }

    static int monthsFor(SplittableRandom r, String band) {
        return switch (band) {
            case "unborn" -> -1;
            case "under-1" -> r.nextInt(12);
            case "1-4" -> 12 + r.nextInt(48);
            case "5-10" -> 60 + r.nextInt(72);
            case "11-15" -> 132 + r.nextInt(60);
            case "16-17" -> 192 + r.nextInt(24);
            default -> 216 + r.nextInt(240);
        };
    }

    /** Ages as reviews write them: 'seven weeks old', 'eight months old', 'three years old', '14 years old'. */
    static String ageWords(int months) {
        if (months < 0) {
            return "not yet born";
        }
        if (months == 0) {
            return "three weeks old";
        }
        if (months < 12) {
            return words(months) + (months == 1 ? " month old" : " months old");
        }
        int years = months / 12;
        return (years < 10 ? words(years) : String.valueOf(years)) + (years == 1 ? " year old" : " years old");
    }

    private static String words(int n) {
        return n < NUMBER_WORDS.size() ? NUMBER_WORDS.get(n) : String.valueOf(n);
    }

    static CaseFacts.Family family(SplittableRandom r) {
        String mother = CasePlanner.pick(r, "Mother", "Ms " + initial(r), "mother");
        String father = CasePlanner.pick(r, "Father", "Mr " + initial(r), "father");
        String partner = CasePlanner.pick(r, "Mr " + initial(r), "mother's partner", "Adult " + initial(r));
        String sibling = CasePlanner.pick(r, "Sibling 1", "an older sibling", "Child " + initial(r) + "2");
        return new CaseFacts.Family(mother, father, partner, sibling);
    }

    private static String initial(SplittableRandom r) {
        return String.valueOf((char) ('A' + r.nextInt(26)));
    }

    static String author(SplittableRandom r) {
        return AUTHORS.get(r.nextInt(AUTHORS.size()));
    }

    /** How the case is referred to in titles: the pseudonym, a family name, or a Welsh case code. */
    static String caseLabel(SplittableRandom r, ReviewKind kind, CaseFacts.ChildFacts child, int year) {
        if (kind == ReviewKind.WALES_CPR) {
            String prefix = CasePlanner.pick(r, "CYSUR", "CVRSB", "WGSB", "NWSB", "GWSB");
            return prefix + " " + (1 + r.nextInt(6)) + "/" + year;
        }
        if (kind.adult()) {
            return CasePlanner.pick(r, "Adult " + initial(r), FIRST_NAMES.get(r.nextInt(FIRST_NAMES.size())));
        }
        if (r.nextInt(6) == 0) {
            return "Family " + child.pseudonym().replaceAll(".* ", "").substring(0, 1).toUpperCase(Locale.ROOT);
        }
        return child.pseudonym();
    }
}
