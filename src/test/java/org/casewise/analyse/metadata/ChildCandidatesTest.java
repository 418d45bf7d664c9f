package org.casewise.analyse.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.casewise.analyse.GateText;
import org.junit.jupiter.api.Test;

/** The cheap checks that spare the name patterns most capitalised words must not lose a match. */
class ChildCandidatesTest {

    private static final String[] PIECES = {"Dylan", "Poppy", "Mia", "McDonald", "Kai", "Eve", "The", "Jo", "Callum", "A", "DSL",
        ", ", ",", " (", "(", " (aged ", " was ", " was then ", " died", " died.", " was admitted", " was found dead",
        " suffered", " sustained", " sustains", " went", " said", " 16)", "16) ", " 3)", "two years old", " 14-year",
        " then ", " aged ", "age ", " a boy ", " who was ", "\n", " ", "  ", "three month", " day", " weeks", ". ",
        " (not her real name)", " (a pseudonym)", " (pseudonym)", " (name changed)", " (not real name)",
        " referred to as ", " known in this report as '", "'", " is known as ", "“", "”"};

    @Test
    void aServiceGivenATimeInAChronologyIsNoChild() {
        String text = "Baby E was born in August 2014. Baby E was ten weeks old when he died.\n"
                + "Apr 2014    Midwife refers to Children's Services (20 weeks).\n"
                + "May 2014    Children's Services (12 weeks) closed the referral.\n"
                + "Children's Services did not visit. Children's Services wrote to the midwife. Baby E was seen.\n";
        assertEquals(List.of("Baby E"), ChildCandidates.subjects(text, "Concise Child Practice Review", false).stream()
                .map(ChildCandidates.Candidate::pseudonym).toList());
    }

    @Test
    void startTestsKeepEveryMatch() {
        Random r = new Random(5);
        int matches = 0;
        for (int i = 0; i < 3_000; i++) {
            String text = RandomText.of(r, PIECES, 1 + r.nextInt(60));
            GateText t = new GateText(text);
            assertEquals(RandomText.plain(ChildCandidates.NAME_WITH_AGE, text, true),
                    RandomText.scanned(ChildCandidates.NAME_WITH_AGE.scan(t, ChildCandidates::mayBeNameWithAge), true), text);
            assertEquals(RandomText.plain(ChildCandidates.NAME_AS_SUBJECT, text, true),
                    RandomText.scanned(ChildCandidates.NAME_AS_SUBJECT.scan(t, ChildCandidates::mayBeNameAsSubject), true), text);
            matches += RandomText.plain(ChildCandidates.NAME_WITH_AGE, text, true).size()
                    + RandomText.plain(ChildCandidates.NAME_AS_SUBJECT, text, true).size();
        }
        assertTrue(matches > 1_000, "the random texts hold names to find: " + matches);
    }

    /** Without a bracketed note the first form cannot match: the second form alone finds the same names. */
    @Test
    void referredAsAloneWithoutNotes() {
        Random r = new Random(9);
        int matches = 0;
        for (int i = 0; i < 3_000; i++) {
            String text = RandomText.of(r, PIECES, 1 + r.nextInt(60));
            if (ChildCandidates.NAME_NOTES.stream().noneMatch(text::contains)) {
                assertEquals(RandomText.plain(ChildCandidates.NOT_REAL_NAME, text, true),
                        RandomText.scanned(ChildCandidates.REFERRED_AS_NAME.scan(new GateText(text)), true), text);
                matches += RandomText.plain(ChildCandidates.NOT_REAL_NAME, text, true).size();
            }
        }
        assertTrue(matches > 20, "the random texts hold names to find: " + matches);
    }

    @Test
    void childrenListedWithANoteOnEachAreNamedTogether() {
        String text = "1.2 The children are referred to as Child A (a girl, then aged 11), Child B (a boy, then aged 6) and Child C"
                + " (a girl, then aged 2).\n" + "Child A told her teacher she was hungry. Child C was not registered with a GP.\n".repeat(4)
                + "Child B was seen at school.\n";
        List<String> names = ChildCandidates.subjects(text, "Learning Review", false).stream()
                .map(ChildCandidates.Candidate::pseudonym).toList();
        assertEquals(List.of("Child A", "Child B", "Child C"), names);
        assertTrue(ChildCandidates.listed("Child A (a girl, then aged 11), Child B", 7, 31));
        assertFalse(ChildCandidates.listed("Child A (a girl) said (twice), Child B", 7, 31));
    }
}
