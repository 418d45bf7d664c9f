package org.casewise.analyse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Fingerprints of real sample text: stable, storable, and empty when there is too little text. */
class FingerprintTest {

    private static String text(String id) {
        return GeneratedSampleTexts.byId(id).text();
    }

    @Test
    void encodeDecodeRoundTrips() {
        for (GeneratedSampleTexts.Report r : GeneratedSampleTexts.all()) {
            Fingerprint f = Fingerprint.of(r.text());
            String encoded = f.encode();
            assertEquals(f, Fingerprint.decode(encoded), r.id());
            assertTrue(encoded.length() < 1_400, "fits a modest VARCHAR: " + encoded.length());
        }
        Fingerprint empty = Fingerprint.of("");
        assertEquals(empty, Fingerprint.decode(empty.encode()));
    }

    @Test
    void decodeRejectsMalformedInput() {
        String valid = Fingerprint.of(text("cw-000000")).encode();
        String base64 = valid.substring(valid.lastIndexOf(':') + 1);
        String[] garbage = {
            "", "garbage", "mh1", "mh1:", "mh1:12", "mh1:12:", // missing parts
            "mh2" + valid.substring(3), // another scheme's value must be recomputed, not compared
            "mh1:abc:" + base64, "mh1:-5:" + base64, "mh1:99999999999:" + base64, // bad counts
            "mh1:12:" + base64.substring(0, base64.length() - 8), // too few min-hashes
            "mh1:12:" + base64 + "AAAA", // too many
            "mh1:12:" + base64.replace('A', '*'), // not base64
            valid + ":extra",
        };
        for (String g : garbage) {
            assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode(g), g);
        }
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode(null));
    }

    @Test
    void sameTextGivesEqualFingerprints() {
        String text = text("cw-000000");
        Fingerprint first = Fingerprint.of(text);
        Fingerprint second = Fingerprint.of(new String(text.toCharArray()));
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertFalse(first.isEmpty());
        assertNotEquals(first, Fingerprint.of(text("cw-000002")));
    }

    @Test
    void caseSpacingAndPunctuationDoNotMatter() {
        // What separates two extractions of one report: line breaks, hyphenation spacing, case.
        String text = text("cw-000000");
        String reflowed = text.toUpperCase(Locale.ROOT).replace(" ", "\n  ").replace(".", " . ;");
        assertEquals(Fingerprint.of(text), Fingerprint.of(reflowed));
    }

    /**
     * Stored fingerprints are compared with new ones for years, across JVMs: the hashing must not
     * drift. These values were produced by this implementation; if they change, bump the encoding
     * version so that stored values are recomputed instead of silently compared with a new scheme.
     */
    @Test
    void hashingIsPinned() {
        Fingerprint f = Fingerprint.of("Learning from this review was shared with every agency in the partnership.");
        assertEquals(8, f.shingleCount());
        int[] first = new int[4];
        System.arraycopy(f.minHashes(), 0, first, 0, 4);
        assertArrayEquals(PINNED, first, () -> "got " + java.util.Arrays.toString(first));
    }

    private static final int[] PINNED = {-1888315423, -2102988047, -1087182934, -2130670855};

    @Test
    void minHashesCannotBeChangedFromOutside() {
        int[] slots = new int[Fingerprint.HASHES];
        Fingerprint f = new Fingerprint(100, slots);
        slots[0] = 42;
        f.minHashes()[1] = 42;
        assertEquals(0, f.minHashes()[0]);
        assertEquals(0, f.minHashes()[1]);
        assertThrows(IllegalArgumentException.class, () -> new Fingerprint(100, new int[3]));
        assertThrows(IllegalArgumentException.class, () -> new Fingerprint(-1, slots));
    }

    @Test
    void shortTextGivesAnEmptyFingerprintThatMatchesNothing() {
        Fingerprint report = Fingerprint.of(text("cw-000000"));
        // A cover page: a title, a board and a date, well under twenty shingles.
        String cover = "Local Child Safeguarding Practice Review: Child B. Hertfordshire Safeguarding Children Partnership, July 2019";
        for (String shortText : new String[] {"", "   \n\t ", "Page 1 of 12", cover, null}) {
            Fingerprint f = Fingerprint.of(shortText);
            assertTrue(f.isEmpty(), String.valueOf(shortText));
            assertEquals(0, f.jaccard(report));
            assertEquals(0, report.jaccard(f));
            assertEquals(0, f.containmentIn(report));
            assertEquals(NearDuplicates.Relation.NONE, NearDuplicates.relate(f, report));
            assertEquals(NearDuplicates.Relation.NONE, NearDuplicates.relate(report, f));
            assertEquals(NearDuplicates.Relation.NONE, NearDuplicates.relate(f, Fingerprint.of(shortText)));
        }
        // The cover is also a prefix of a real report, and still matches nothing.
        assertEquals(NearDuplicates.Relation.NONE,
                NearDuplicates.relate(Fingerprint.of(cover), Fingerprint.of(cover + "\n" + text("cw-000000"))));
    }

    @Test
    void encodedFormIsVersionedBase64() {
        Fingerprint f = Fingerprint.of(text("cw-000000"));
        String[] parts = f.encode().split(":");
        assertEquals("mh1", parts[0]);
        assertEquals(f.shingleCount(), Integer.parseInt(parts[1]));
        assertEquals(Fingerprint.HASHES * Integer.BYTES, Base64.getDecoder().decode(parts[2]).length);
    }
}
