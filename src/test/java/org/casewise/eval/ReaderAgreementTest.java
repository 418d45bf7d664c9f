package org.casewise.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.casewise.analyse.theme.ThemeClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreement between two readings of the test split, scored with the real theme model: the readers
 * against each other, the model against each reading, and the model on the decisions the readers
 * made alike.
 */
class ReaderAgreementTest {

    static ThemeClassifier model;

    @BeforeAll
    static void load() {
        model = ThemeClassifier.load();
    }

    @Test
    void readersAreScoredAgainstEachOtherAndTheModelOnAgreedDecisionsOnly(@TempDir Path dir) throws Exception {
        String bruises = "The baby had bruises to his face and a fractured arm that his father could not explain.";
        String lockdown = "During the first lockdown the family's only contact with the health visitor was by telephone.";
        Files.writeString(dir.resolve("test.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"text\":\"" + bruises + "\",\"labels\":[\"physical-abuse\",\"infants\"]}",
                "{\"id\":\"b\",\"text\":\"" + lockdown + "\",\"labels\":[\"covid-19\"]}",
                "{\"id\":\"c\",\"text\":\"Read once only.\",\"labels\":[]}", ""));
        Files.createDirectories(dir.resolve("second-reading"));
        // The second reader agrees on 'a' (physical-abuse, infants) and adds working-with-fathers; on 'b'
        // gives covid-19 and information-sharing; 'c' was not read again.
        Files.writeString(dir.resolve("second-reading/test.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"labels\":[\"physical-abuse\",\"infants\",\"working-with-fathers\"]}",
                "{\"id\":\"b\",\"labels\":[\"covid-19\",\"information-sharing\"]}", ""));

        ReaderAgreement r = ReaderAgreement.run(model, dir).orElseThrow();

        assertEquals(2, r.passages());
        assertEquals(3, r.testPassages());
        assertEquals(2, r.disputed(), "working-with-fathers on a, information-sharing on b");
        assertEquals(new ThemeScores.Counts(3, 2, 0), r.readers().total(), "second reading against the first");
        assertEquals(3.0 * 2 / (3 * 2 + 2), r.readers().microF1(), 1e-9);
        // On agreed decisions the disputed themes count neither way, whatever the model says about them.
        Set<String> onA = model.labelsOf(bruises);
        Set<String> onB = model.labelsOf(lockdown);
        int agreedFalsePositives = (int) (onA.stream().filter(t -> !Set.of("physical-abuse", "infants",
                "working-with-fathers").contains(t)).count() + onB.stream().filter(t -> !Set.of("covid-19",
                "information-sharing").contains(t)).count());
        ThemeScores.Counts agreed = r.modelAgreed().total();
        assertEquals(agreedFalsePositives, agreed.fp());
        assertEquals(3, agreed.tp() + agreed.fn(), "three agreed labels: physical-abuse, infants, covid-19");
        assertEquals(r.modelFirst().total().tp(), (onA.contains("physical-abuse") ? 1 : 0) + (onA.contains("infants") ? 1 : 0)
                + (onB.contains("covid-19") ? 1 : 0), "the model against the first reading of the passages read twice");
        String md = r.markdown();
        assertTrue(md.contains("2 of the 3 test passages"), md);
        assertTrue(md.contains("| physical-abuse |"), md);
    }

    @Test
    void withoutASecondReadingThereIsNoAgreementSection(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("test.jsonl"), "{\"id\":\"a\",\"text\":\"x\",\"labels\":[]}\n");
        assertEquals(Optional.empty(), ReaderAgreement.run(model, dir));
    }
}
