package org.casewise.dataset.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.casewise.analyse.Taxonomy;
import org.junit.jupiter.api.Test;

/** The phrase bank's own promises: every theme has phrases, and 'also' names other, real themes. */
class PhraseBankTest {

    @Test
    void alsoNamesOnlyOtherTaxonomyThemes() {
        Taxonomy taxonomy = Taxonomy.bundled();
        PhraseBank bank = PhraseBank.load(taxonomy);
        assertEquals(taxonomy.all().size(), bank.themes().size(), "a phrase file per theme");
        List<String> wrong = new ArrayList<>();
        int phrases = 0;
        int withAlso = 0;
        for (String theme : bank.themes()) {
            PhraseBank.ThemePhrases p = bank.get(theme);
            List<List<String>> alsos = new ArrayList<>();
            p.events().forEach(e -> alsos.add(e.also()));
            p.recommendations().forEach(r -> alsos.add(r.also()));
            p.analysis().forEach(a -> alsos.add(a.also()));
            p.findings().forEach(f -> alsos.add(f.also()));
            p.ruledOut().forEach(r -> alsos.add(r.also()));
            for (List<String> also : alsos) {
                phrases++;
                withAlso += also.isEmpty() ? 0 : 1;
                for (String other : also) {
                    if (other.equals(theme) || taxonomy.get(other).isEmpty()) {
                        wrong.add(theme + " -> " + other);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        // read phrase by phrase on 2026-11-24: 880 of 1,553 phrases evidence at least one other theme
        assertTrue(withAlso > phrases / 3, withAlso + " of " + phrases);
    }
}
