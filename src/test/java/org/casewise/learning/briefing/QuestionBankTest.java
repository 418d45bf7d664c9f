package org.casewise.learning.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.casewise.analyse.Taxonomy;
import org.junit.jupiter.api.Test;

/** The question bank covers every theme of the taxonomy and names no theme that does not exist. */
class QuestionBankTest {

    private final QuestionBank bank = new QuestionBank();
    private final Taxonomy taxonomy = Taxonomy.bundled();

    @Test
    void everyThemeHasTwoOrThreeQuestions() {
        for (Taxonomy.Theme t : taxonomy.all()) {
            int n = bank.forTheme(t.id()).size();
            assertTrue(n >= 2 && n <= 3, t.id() + " has " + n + " questions");
            bank.forTheme(t.id()).forEach(q -> assertTrue(q.endsWith("?"), "a question: " + q));
        }
        assertTrue(bank.general().size() >= 2);
    }

    @Test
    void noKeyIsAMisspeltTheme() {
        Set<String> unknown = new TreeSet<>(bank.themes());
        unknown.remove(QuestionBank.GENERAL);
        taxonomy.all().forEach(t -> unknown.remove(t.id()));
        assertEquals(Set.of(), unknown);
    }
}
