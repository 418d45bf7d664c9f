package org.casewise.analyse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.casewise.analyse.section.Section;
import org.casewise.analyse.section.SectionDetector;
import org.junit.jupiter.api.Test;

/** Markdown exports: heading marks are dropped, so the sections under them are found. */
class MarkdownHeadingTest {

    @Test
    void headingMarksAreDropped() {
        assertEquals("1. Introduction", TextCleaner.withoutMarkdown("### 1. Introduction"));
        assertEquals("Findings", TextCleaner.withoutMarkdown("**Findings**"));
        assertEquals("Recommendations", TextCleaner.withoutMarkdown("## __Recommendations__"));
        // not headings: a hash inside a line, a bare '#'
        assertEquals("Case #4 was closed.", TextCleaner.withoutMarkdown("Case #4 was closed."));
        assertEquals("#", TextCleaner.withoutMarkdown("#"));
    }

    /** Emphasis inside a line is formatting: 'referred to in this report as **R**' names R. */
    @Test
    void inlineEmphasisAndRulesAreDropped() {
        assertEquals("The key point.", TextCleaner.withoutMarkdown("The **key** point."));
        assertEquals("The child is referred to in this report as R.",
                TextCleaner.withoutMarkdown("The child is referred to in this report as **R**."));
        assertEquals("Recommendation 1. The Board should ...", TextCleaner.withoutMarkdown("**Recommendation 1.** The Board should ..."));
        assertEquals("Both names were chosen by the families.", TextCleaner.withoutMarkdown("*Both names were chosen by the families.*"));
        assertEquals("from January 2019", TextCleaner.withoutMarkdown("from __January 2019__"));
        // kept: a bullet, arithmetic, a star inside a word, single underscores
        assertEquals("* first point", TextCleaner.withoutMarkdown("* first point"));
        assertEquals("2 * 3 = 6", TextCleaner.withoutMarkdown("2 * 3 = 6"));
        assertEquals("a*b", TextCleaner.withoutMarkdown("a*b"));
        assertEquals("file_name_2", TextCleaner.withoutMarkdown("file_name_2"));
        // a rule divides and says nothing
        // (a plain-text page's '=====' too)
        for (String rule : List.of("---", "***", "* * *", "___", "  -----  ", "======================================")) {
            assertEquals("", TextCleaner.withoutMarkdown(rule), rule);
        }
        assertEquals("- point", TextCleaner.withoutMarkdown("- point"));
        // a box drawn with asterisks around a notice is its words
        assertEquals("DRAFT v0.6 - NOT FOR PUBLICATION", TextCleaner.withoutMarkdown("*  DRAFT v0.6 - NOT FOR PUBLICATION     *  "));
    }

    @Test
    void sectionsUnderMarkdownHeadingsAreFound() {
        String md = """
                # Child Safeguarding Practice Review: Baby M

                ### 1. Introduction

                1.1 In November 2020 Baby M, then nine months old, was taken to hospital with a skull fracture.

                ### 2. Terms of reference

                2.1 The review covered the period from the booking appointment to the injury.

                ### 8. Recommendations

                1. The partnership should review its bruising protocol.
                """;
        PreparedText text = TextPreparer.create().prepare(md);
        List<String> names = new SectionDetector().detect(text).stream().map(Section::name).toList();
        assertTrue(names.contains("introduction") && names.contains("terms-of-reference")
                && names.contains("recommendations"), names.toString());
    }
}
