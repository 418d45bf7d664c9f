package org.casewise.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.casewise.search.query.QueryNode.And;
import org.casewise.search.query.QueryNode.Not;
import org.casewise.search.query.QueryNode.Or;
import org.casewise.search.query.QueryNode.Phrase;
import org.casewise.search.query.QueryNode.Scope;
import org.casewise.search.query.QueryNode.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    private static Term word(String w) {
        return new Term(Scope.ALL, w, false);
    }

    @Test
    void adjacentWordsAreAnAnd() {
        assertEquals(new And(List.of(word("neglect"), word("housing"))), QueryParser.parse("neglect housing"));
    }

    @Test
    void orBindsLooserThanAnd() {
        assertEquals(new Or(List.of(new And(List.of(word("a1"), word("b1"))), word("c1"))),
                QueryParser.parse("a1 AND b1 OR c1"));
        assertEquals(new Or(List.of(word("drugs"), word("alcohol"))), QueryParser.parse("drugs | alcohol"));
        assertEquals(new Or(List.of(word("drugs"), word("alcohol"))), QueryParser.parse("drugs || alcohol"));
    }

    @Test
    void parenthesesGroup() {
        assertEquals(new And(List.of(word("neglect"), new Or(List.of(word("drugs"), word("alcohol"))))),
                QueryParser.parse("neglect AND (drugs OR alcohol)"));
    }

    @Test
    void notAndMinusExclude() {
        assertEquals(new And(List.of(word("bruising"), new Not(word("fracture")))), QueryParser.parse("bruising NOT fracture"));
        assertEquals(new And(List.of(word("bruising"), new Not(word("fracture")))), QueryParser.parse("bruising -fracture"));
        // A hyphen inside a word is part of the word, not an exclusion.
        assertEquals(word("e-safety"), QueryParser.parse("e-safety"));
        assertEquals(new Not(word("neglect")), QueryParser.parse("NOT neglect"));
    }

    @Test
    void lowerCaseOperatorsAreWords() {
        assertEquals(new And(List.of(word("drugs"), word("and"), word("alcohol"))), QueryParser.parse("drugs and alcohol"));
    }

    @Test
    void phrasesAndFieldScopes() {
        assertEquals(new Phrase(Scope.ALL, "unsafe sleep"), QueryParser.parse("\"unsafe sleep\""));
        assertEquals(new Term(Scope.TITLE, "neglect", false), QueryParser.parse("title:neglect"));
        assertEquals(new Phrase(Scope.RECOMMENDATIONS, "health visitor"),
                QueryParser.parse("recommendations:\"health visitor\""));
        assertEquals(new Or(List.of(new Term(Scope.LEARNING, "fathers", false), new Term(Scope.LEARNING, "men", false))),
                QueryParser.parse("learning:(fathers OR men)"));
        // A colon inside a number or after digits is not a field.
        assertEquals(word("10:30"), QueryParser.parse("10:30"));
    }

    @Test
    void prefixes() {
        assertEquals(new Term(Scope.ALL, "safeguard", true), QueryParser.parse("safeguard*"));
    }

    @ParameterizedTest(name = "[{0}] is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
            "(neglect|never closed",
            "neglect)|unmatched ')'",
            "\"unsafe sleep|never closed",
            "neglect AND|nothing after it",
            "neglect OR|nothing after it",
            "OR neglect|must stand between two words",
            "NOT|must be followed",
            "colour:red|unknown field 'colour:'",
            "title:|must be followed",
            "ab*|at least 3 letters",
            "neg*lect|only at the end",
            "()|empty parentheses",
            "\"\"|empty phrase",
            "NOT NOT neglect|double negation",
            "title:(recommendations:x)|inside another field"})
    void syntaxErrorsSayWhatIsWrong(String query, String expected) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void boundsAreEnforced() {
        String many = "w ".repeat(QueryParser.MAX_CLAUSES + 1);
        assertTrue(assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(many)).getMessage()
                .contains("more than " + QueryParser.MAX_CLAUSES));
        String deep = "(".repeat(QueryParser.MAX_DEPTH + 1) + "x" + ")".repeat(QueryParser.MAX_DEPTH + 1);
        assertTrue(assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(deep)).getMessage().contains("deep"));
        assertThrows(QuerySyntaxException.class, () -> QueryParser.parse("   "));
    }
}
