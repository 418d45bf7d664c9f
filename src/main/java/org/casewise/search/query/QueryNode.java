package org.casewise.search.query;

import java.util.List;

/**
 * A parsed search query: what the user typed in {@code q}, as a tree the engine adapter turns
 * into the engine's query language. Parsing is ours (not the engine's query_string) so that every
 * syntax error is a 400 that says what is wrong and where, and so that field scopes such as
 * {@code recommendations:} can reach into the nested recommendation records.
 */
public sealed interface QueryNode {

    /** One word, or a prefix when written {@code word*}. */
    record Term(Scope scope, String text, boolean prefix) implements QueryNode {
    }

    /** Words in this order, written in double quotes. */
    record Phrase(Scope scope, String text) implements QueryNode {
    }

    record And(List<QueryNode> parts) implements QueryNode {
    }

    record Or(List<QueryNode> parts) implements QueryNode {
    }

    record Not(QueryNode part) implements QueryNode {
    }

    /** Where a word must occur. */
    enum Scope {
        /** Title (boosted) and report text: the default. */
        ALL,
        TITLE,
        /** The report text only. */
        TEXT,
        /** The review's recommendations. */
        RECOMMENDATIONS,
        /** The review's learning points and findings. */
        LEARNING
    }
}
