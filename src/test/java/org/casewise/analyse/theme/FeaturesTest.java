package org.casewise.analyse.theme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules, negation and look-alikes on hand-written sentences (not the generator's wording). */
class FeaturesTest {

    static Features features;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = FeaturesTest.class.getResourceAsStream("/index-config/themes.json")) {
            features = new Features(new ThemeRules(new ObjectMapper().readTree(in)));
        }
    }

    private static int index(String theme) {
        return features.rules().themeIds().indexOf(theme);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "There was no evidence of domestic abuse in the household.|domestic-abuse",
        "Mother denied any drug use and her hair strand test was clear.|parental-substance-misuse",
        "Sexual abuse was considered by the paediatrician and ruled out.|sexual-abuse",
        "There was nothing to suggest that the illness had been fabricated or induced.|fabricated-induced-illness",
        "Neither parent had a history of mental illness.|parental-mental-health",
        "Online abuse was not a feature of this case.|online-harm",
        "The family was not known to the substance misuse service.|parental-substance-misuse",
        "No concerns about neglect were raised by the nursery.|neglect",
        "The terms of reference asked whether domestic abuse had been recognised.|domestic-abuse",
    })
    void ruledOutMentionsAreNotAsserted(String sentence, String theme) {
        Features.Extracted x = features.extract(sentence);
        assertFalse(x.asserted().get(index(theme)), sentence);
        assertTrue(x.denied().get(index(theme)), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Police attended an argument at the flat and mother had a cut lip.|domestic-abuse",
        "Father was on a methadone script from the community drug team.|parental-substance-misuse",
        "The baby was found unresponsive after sharing the sofa with his father.|sudi-unsafe-sleep",
        "A skeletal survey showed healing rib fractures of different ages.|physical-abuse",
        "The house smelled of dog faeces and there was no food in the fridge.|neglect",
        "Mother had been treated for postnatal depression and stopped her antidepressants.|parental-mental-health",
        "Nobody spoke to Kayla on her own about what home was like.|voice-of-child",
        "The health visitor accepted the explanation at face value.|professional-curiosity",
        "Information held by the GP was not shared with the school.|information-sharing",
        "No strategy discussion was held after the second injury.|child-protection-procedures",
        "He was permanently excluded from school in Year 9 and never returned.|missing-education",
    })
    void indirectWordingIsFound(String sentence, String theme) {
        assertTrue(features.extract(sentence).asserted().get(index(theme)), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The neighbour's self-neglect had been reported to adult social care.|neglect",
        "Father had supervised contact at the family centre twice a week.|supervision-workload",
        "Her older sister attended the infant school next door.|infants",
        "The school described a challenging behaviour plan.|escalation-challenge",
        "Both parents have a learning disability and struggled to read the letters.|disability-send",
        "The mother, who has a learning disability, was not offered an advocate.|disability-send",
    })
    void lookAlikesAreNotTheTheme(String sentence, String theme) {
        assertFalse(features.extract(sentence).asserted().get(index(theme)), sentence);
    }

    @Test
    void aParentsLearningDisabilityIsTheParentsNotTheChilds() {
        Features.Extracted parent = features.extract("Her mother has a learning disability.");
        assertTrue(parent.asserted().get(index("parental-learning-disability")));
        assertFalse(parent.asserted().get(index("disability-send")));
        assertTrue(features.extract("Child B has a learning disability and attends a special school.").asserted()
                .get(index("disability-send")));
    }

    @Test
    void plainNegationKeepsPracticeThemesButMarksThem() {
        Features.Extracted x = features.extract("The child was never seen alone by the social worker.");
        assertTrue(x.asserted().get(index("voice-of-child")));
        assertTrue(x.values().containsKey("NOT:voice-of-child"));
    }

    @Test
    void aMissingSafeguardIsAFindingNotARulingOut() {
        // 'the absence of' and 'none' usually name what practice lacked, as 'lack of' does
        for (String s : List.of(
                "The absence of a safe sleeping space for the baby was noticed by several agencies.",
                "Four professionals visited the flat but none asked where the baby slept.")) {
            Features.Extracted x = features.extract(s);
            assertTrue(x.asserted().get(index("sudi-unsafe-sleep")) || x.values().containsKey("C:sudi-unsafe-sleep"), s);
            assertFalse(x.denied().get(index("sudi-unsafe-sleep")), s);
        }
    }

    @Test
    void negationStopsAtTheClauseBoundary() {
        Features.Extracted x = features.extract(
                "There was no evidence of drug use, but police attended a domestic incident in May.");
        assertTrue(x.asserted().get(index("domestic-abuse")));
        assertFalse(x.asserted().get(index("parental-substance-misuse")));
    }
}
