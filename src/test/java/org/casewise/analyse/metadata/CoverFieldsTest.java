package org.casewise.analyse.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.casewise.analyse.GatedPattern;
import org.junit.jupiter.api.Test;

/** The line-start checks that spare AUTHOR_LINE and GLOSSARY_ENTRY most lines must not lose a match. */
class CoverFieldsTest {

    private static final String[] PIECES = {"\n", "\n", "\r\n", " ", "  ", "\t", "• ", "* ", "- ", "– ", "— ", ": ", "= ",
        ":", "-", "1. ", "(", "IMR", "GP", "Dr", "Child", "CAMHS", "Abcdefgh", "Lead reviewer", "lead REVIEWER",
        "Author", "authors", "Independent reviewer", "Report author", "written by", "Prepared by", "Co-author",
        "Joint reviewers", "External reviewer", "Jane Smith", "Fiona Crawley and Sam Lee", "The panel",
        "Individual Management Review", "a", "é", "_", "9", "Overview author", "Chair"};

    private static String text(Random r, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static List<String> plain(GatedPattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.pattern().matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> scanned(GatedPattern.Scan m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    @Test
    void lineStartChecksKeepEveryMatch() {
        Random r = new Random(3);
        int matches = 0;
        for (int i = 0; i < 5_000; i++) {
            String text = text(r, 1 + r.nextInt(40));
            GatedPattern.Text t = new GatedPattern.Text(text);
            assertEquals(plain(CoverFields.AUTHOR_LINE, text),
                    scanned(CoverFields.AUTHOR_LINE.scan(t, CoverFields::mayBeAuthorLine)), text);
            assertEquals(plain(CoverFields.GLOSSARY_ENTRY, text),
                    scanned(CoverFields.GLOSSARY_ENTRY.scan(t, CoverFields::mayBeGlossaryEntry)), text);
            assertEquals(CoverFields.GLOSSARY_ENTRY.pattern().matcher(text).replaceAll(""),
                    CoverFields.GLOSSARY_ENTRY.removeAll(t, CoverFields::mayBeGlossaryEntry), text);
            matches += plain(CoverFields.AUTHOR_LINE, text).size() + plain(CoverFields.GLOSSARY_ENTRY, text).size();
        }
        assertTrue(matches > 200, "the random texts hold author lines and glossary entries: " + matches);
    }
}
