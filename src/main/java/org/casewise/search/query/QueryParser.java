package org.casewise.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casewise.search.query.QueryNode.Scope;

/**
 * Parses the search box language:
 * <pre>
 *   neglect "professional curiosity"          both (AND is implied between parts)
 *   neglect AND (drugs OR alcohol)            AND, OR, NOT in capitals; | also means OR
 *   bruising NOT -fracture                    NOT or a leading - excludes
 *   title:neglect  recommendations:"health visiting"  learning:(fathers OR men)
 *   safeguard*                                a prefix
 * </pre>
 * Lower-case {@code and}, {@code or}, {@code not} are ordinary words. Bounded: at most
 * {@link #MAX_CLAUSES} words and phrases and {@link #MAX_DEPTH} levels of parentheses, so that a
 * query cannot make the engine do unbounded work.
 */
public final class QueryParser {

    public static final int MAX_CLAUSES = 40;
    public static final int MAX_DEPTH = 8;
    /** A prefix must be this long, or it would expand to most of the vocabulary. */
    public static final int MIN_PREFIX = 3;

    private static final Map<String, Scope> FIELDS = Map.of(
            "title", Scope.TITLE,
            "text", Scope.TEXT,
            "body", Scope.TEXT,
            "recommendations", Scope.RECOMMENDATIONS,
            "recommendation", Scope.RECOMMENDATIONS,
            "learning", Scope.LEARNING);

    private final List<Token> tokens;
    private int pos;
    private int clauses;

    private QueryParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses {@code q}; throws {@link QuerySyntaxException} with a message for the user. */
    public static QueryNode parse(String q) {
        List<Token> tokens = Lexer.tokens(q);
        if (tokens.isEmpty()) {
            throw new QuerySyntaxException("the query has no words to search for");
        }
        QueryParser parser = new QueryParser(tokens);
        QueryNode node = parser.or(Scope.ALL, 0);
        if (parser.pos < tokens.size()) {
            Token t = tokens.get(parser.pos);
            throw new QuerySyntaxException(t.kind == Kind.CLOSE
                    ? "unmatched ')' at character " + (t.at + 1)
                    : "unexpected '" + t.text + "' at character " + (t.at + 1));
        }
        return node;
    }

    private QueryNode or(Scope scope, int depth) {
        List<QueryNode> parts = new ArrayList<>();
        parts.add(and(scope, depth));
        while (peek(Kind.OR)) {
            Token op = tokens.get(pos++);
            if (atEndOfGroup()) {
                throw new QuerySyntaxException("'" + op.text + "' at character " + (op.at + 1) + " has nothing after it");
            }
            parts.add(and(scope, depth));
        }
        return parts.size() == 1 ? parts.get(0) : new QueryNode.Or(List.copyOf(parts));
    }

    private QueryNode and(Scope scope, int depth) {
        List<QueryNode> parts = new ArrayList<>();
        parts.add(unary(scope, depth));
        while (pos < tokens.size() && !peek(Kind.OR) && !peek(Kind.CLOSE)) {
            if (peek(Kind.AND)) {
                Token op = tokens.get(pos++);
                if (atEndOfGroup() || peek(Kind.OR)) {
                    throw new QuerySyntaxException("'AND' at character " + (op.at + 1) + " has nothing after it");
                }
            }
            parts.add(unary(scope, depth));
        }
        if (parts.stream().allMatch(p -> p instanceof QueryNode.Not) && depth == 0 && parts.size() > 1) {
            // Several exclusions alone still mean "everything except": keep them as one AND.
            return new QueryNode.And(List.copyOf(parts));
        }
        return parts.size() == 1 ? parts.get(0) : new QueryNode.And(List.copyOf(parts));
    }

    private QueryNode unary(Scope scope, int depth) {
        if (peek(Kind.NOT)) {
            Token op = tokens.get(pos++);
            if (atEndOfGroup() || peek(Kind.OR) || peek(Kind.AND)) {
                throw new QuerySyntaxException("'" + op.text + "' at character " + (op.at + 1)
                        + " must be followed by a word, phrase or group to exclude");
            }
            QueryNode inner = unary(scope, depth);
            if (inner instanceof QueryNode.Not) {
                throw new QuerySyntaxException("double negation at character " + (op.at + 1) + " is not allowed");
            }
            return new QueryNode.Not(inner);
        }
        return primary(scope, depth);
    }

    private QueryNode primary(Scope scope, int depth) {
        if (pos >= tokens.size()) {
            throw new QuerySyntaxException("the query ends where a word was expected");
        }
        Token t = tokens.get(pos++);
        switch (t.kind) {
            case FIELD -> {
                Scope field = FIELDS.get(t.text.toLowerCase(Locale.ROOT));
                if (field == null) {
                    throw new QuerySyntaxException("unknown field '" + t.text + ":' at character " + (t.at + 1)
                            + "; fields are title:, text:, recommendations: and learning:");
                }
                if (scope != Scope.ALL && field != scope) {
                    throw new QuerySyntaxException("field '" + t.text + ":' at character " + (t.at + 1)
                            + " is inside another field's group");
                }
                if (pos >= tokens.size() || !(peek(Kind.WORD) || peek(Kind.PHRASE) || peek(Kind.OPEN))) {
                    throw new QuerySyntaxException("'" + t.text + ":' at character " + (t.at + 1)
                            + " must be followed by a word, a \"phrase\" or a (group)");
                }
                return primary(field, depth);
            }
            case OPEN -> {
                if (depth + 1 > MAX_DEPTH) {
                    throw new QuerySyntaxException("parentheses nest more than " + MAX_DEPTH + " deep");
                }
                if (peek(Kind.CLOSE)) {
                    throw new QuerySyntaxException("empty parentheses at character " + (t.at + 1));
                }
                QueryNode inner = or(scope, depth + 1);
                if (!peek(Kind.CLOSE)) {
                    throw new QuerySyntaxException("'(' at character " + (t.at + 1) + " is never closed");
                }
                pos++;
                return inner;
            }
            case WORD -> {
                count();
                boolean prefix = t.text.endsWith("*");
                String word = prefix ? t.text.substring(0, t.text.length() - 1) : t.text;
                if (word.contains("*")) {
                    throw new QuerySyntaxException("'*' is allowed only at the end of a word (at character "
                            + (t.at + 1) + ")");
                }
                if (prefix && word.codePointCount(0, word.length()) < MIN_PREFIX) {
                    throw new QuerySyntaxException("a prefix needs at least " + MIN_PREFIX + " letters before '*' (at character "
                            + (t.at + 1) + ")");
                }
                return new QueryNode.Term(scope, word, prefix);
            }
            case PHRASE -> {
                count();
                if (t.text.isBlank()) {
                    throw new QuerySyntaxException("empty phrase at character " + (t.at + 1));
                }
                return new QueryNode.Phrase(scope, t.text);
            }
            case CLOSE -> throw new QuerySyntaxException("unmatched ')' at character " + (t.at + 1));
            default -> throw new QuerySyntaxException("'" + t.text + "' at character " + (t.at + 1)
                    + " must stand between two words");
        }
    }

    private void count() {
        if (++clauses > MAX_CLAUSES) {
            throw new QuerySyntaxException("the query has more than " + MAX_CLAUSES + " words and phrases");
        }
    }

    private boolean peek(Kind kind) {
        return pos < tokens.size() && tokens.get(pos).kind == kind;
    }

    private boolean atEndOfGroup() {
        return pos >= tokens.size() || peek(Kind.CLOSE);
    }

    enum Kind { WORD, PHRASE, FIELD, AND, OR, NOT, OPEN, CLOSE }

    record Token(Kind kind, String text, int at) {
    }

    /** Splits the query into words, phrases, operators and parentheses. */
    static final class Lexer {

        private Lexer() {
        }

        static List<Token> tokens(String q) {
            List<Token> out = new ArrayList<>();
            int i = 0;
            int n = q.length();
            while (i < n) {
                char c = q.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(') {
                    out.add(new Token(Kind.OPEN, "(", i++));
                } else if (c == ')') {
                    out.add(new Token(Kind.CLOSE, ")", i++));
                } else if (c == '|') {
                    boolean doubled = i + 1 < n && q.charAt(i + 1) == '|';
                    out.add(new Token(Kind.OR, doubled ? "||" : "|", i));
                    i += doubled ? 2 : 1;
                } else if (c == '"') {
                    int end = q.indexOf('"', i + 1);
                    if (end < 0) {
                        throw new QuerySyntaxException("the quote at character " + (i + 1) + " is never closed");
                    }
                    out.add(new Token(Kind.PHRASE, q.substring(i + 1, end).strip(), i));
                    i = end + 1;
                } else if (c == '-' && (i + 1 < n) && !Character.isWhitespace(q.charAt(i + 1))
                        && (out.isEmpty() || i == 0 || Character.isWhitespace(q.charAt(i - 1)) || q.charAt(i - 1) == '(')) {
                    out.add(new Token(Kind.NOT, "-", i++));
                } else {
                    int start = i;
                    while (i < n && !Character.isWhitespace(q.charAt(i)) && "()\"|".indexOf(q.charAt(i)) < 0) {
                        if (q.charAt(i) == ':' && i > start && q.substring(start, i).chars().allMatch(Character::isLetter)) {
                            break;
                        }
                        i++;
                    }
                    String word = q.substring(start, i);
                    if (i < n && q.charAt(i) == ':' && !word.isEmpty()) {
                        out.add(new Token(Kind.FIELD, word, start));
                        i++;
                        continue;
                    }
                    switch (word) {
                        case "AND", "&&" -> out.add(new Token(Kind.AND, word, start));
                        case "OR" -> out.add(new Token(Kind.OR, word, start));
                        case "NOT" -> out.add(new Token(Kind.NOT, word, start));
                        default -> out.add(new Token(Kind.WORD, word, start));
                    }
                }
            }
            return out;
        }
    }
}
