package org.casewise.analyse.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.casewise.analyse.GateText;
import org.junit.jupiter.api.Test;

/** The line-start checks that spare AUTHOR_LINE and GLOSSARY_ENTRY most lines must not lose a match. */
class CoverFieldsTest {

    private static final String[] PIECES = {"\n", "\n", "\r\n", " ", "  ", "\t", "• ", "* ", "- ", "– ", "— ", ": ", "= ",
        ":", "-", "1. ", "(", "IMR", "GP", "Dr", "Child", "CAMHS", "Abcdefgh", "Lead reviewer", "lead REVIEWER",
        "Author", "authors", "Independent reviewer", "Report author", "written by", "Prepared by", "Co-author",
        "Joint reviewers", "External reviewer", "Jane Smith", "Fiona Crawley and Sam Lee", "The panel",
        "Individual Management Review", "a", "é", "_", "9", "Overview author", "Chair", "Adolygwyr / ", "Awdur/",
        "Siân Lloyd-Davies", "**", "Independent Chair and Overview Author", "/", "Ŵ", "|", "’", "Co-Reviewer",
        "Lead Reviewer and Author", "Second reviewer", "SILP Associate Reviewer"};

    @Test
    void lineStartChecksKeepEveryMatch() {
        Random r = new Random(3);
        int matches = 0;
        for (int i = 0; i < 5_000; i++) {
            String text = RandomText.of(r, PIECES, 1 + r.nextInt(40));
            GateText t = new GateText(text);
            assertEquals(RandomText.plain(Authors.AUTHOR_LINE, text, false),
                    RandomText.scanned(Authors.AUTHOR_LINE.scan(t, Authors::mayBeAuthorLine), false), text);
            assertEquals(RandomText.plain(CoverFields.GLOSSARY_ENTRY, text, false),
                    RandomText.scanned(CoverFields.GLOSSARY_ENTRY.scan(t, CoverFields::mayBeGlossaryEntry), false), text);
            assertEquals(CoverFields.GLOSSARY_ENTRY.pattern().matcher(text).replaceAll(""),
                    CoverFields.GLOSSARY_ENTRY.removeAll(t, CoverFields::mayBeGlossaryEntry), text);
            matches += RandomText.plain(Authors.AUTHOR_LINE, text, false).size()
                    + RandomText.plain(CoverFields.GLOSSARY_ENTRY, text, false).size();
        }
        assertTrue(matches > 200, "the random texts hold author lines and glossary entries: " + matches);
    }
}
