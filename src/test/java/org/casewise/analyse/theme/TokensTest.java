package org.casewise.analyse.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word-table tokenizer scoring uses must give exactly the tokens and clauses of the plain one. */
class TokensTest {

    private static final List<String> TEXTS = List.of(
            "The child's mother (aged 19) said: 'we didn’t know' — however, the GP's notes disagree.",
            "MASH received 3 referrals; but none were progressed, although Police attended twice!",
            "Ünal and Zoë’s brother weren't seen; whilst CAMHS-led work stopped... yet why?",
            "", "   ", "a", "Über-complex co-sleeping, bed sharing: sofa–sharing (twice).");

    @Test
    void sameTokensAndClausesWithATable() {
        WordTable table = new WordTable(1_000);
        for (int round = 0; round < 2; round++) {
            for (String text : TEXTS) {
                Tokens plain = Tokens.of(text);
                Tokens tabled = Tokens.of(text, table);
                assertEquals(plain.words, tabled.words, text);
                assertArrayEquals(plain.clause, tabled.clause, text);
                for (int i = 0; i < tabled.size(); i++) {
                    assertSame(tabled.get(i), tabled.entries[i].word);
                }
            }
        }
    }

    @Test
    void aWordSeenBeforeIsTheSameStringAndTheTableStopsAtItsLimit() {
        WordTable table = new WordTable(2);
        Tokens first = Tokens.of("neglect of neglect", table);
        assertSame(first.get(0), first.get(2));
        assertSame(first.get(0), Tokens.of("Neglect", table).get(0));
        // past the limit a new word still tokenises, it is just not kept
        Tokens more = Tokens.of("bruising bruising", table);
        assertEquals(List.of("bruising", "bruising"), more.words);
        assertNotSame(more.get(0), more.get(1));
    }

    @Test
    void growsPastItsFirstCapacity() {
        WordTable table = new WordTable(100_000);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            b.append("w").append(i).append(' ');
        }
        Tokens once = Tokens.of(b.toString(), table);
        Tokens again = Tokens.of(b.toString(), table);
        for (int i = 0; i < once.size(); i++) {
            assertSame(once.get(i), again.get(i));
        }
    }
}
