package org.casewise.learning.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Report text stays text in Markdown: no emphasis, links, HTML or list items out of it. */
class MarkdownEscapeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Child *A* and _B_|Child \\*A\\* and \\_B\\_",
        "[1] Kent (2019)|\\[1\\] Kent (2019)",
        "# not a heading|\\# not a heading",
        "- not a bullet|\\- not a bullet",
        "1. not a list|1\\. not a list",
        "<script>x</script>|\\<script\\>x\\</script\\>",
        "a\tb   c|a b c"})
    void escapes(String in, String out) {
        assertEquals(out, MarkdownBriefingRenderer.escape(in));
    }
}
