package org.casewise.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

class Utf8FirstEncodingDetectorTest {

    @Test
    void validUtf8WithAnAccentIsUtf8AndTheStreamIsLeftWhereItWas() throws Exception {
        byte[] bytes = ("Reviewers: Siân Prydderch and Seán Ó Briain. " + "Plain words follow. ".repeat(50)).getBytes(StandardCharsets.UTF_8);
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes));
        assertEquals(StandardCharsets.UTF_8, Utf8FirstEncodingDetector.INSTANCE.detect(in, new Metadata()));
        assertEquals('R', in.read(), "the detector resets the stream");
    }

    @Test
    void singleByteTextAndPureAsciiAreLeftToTika() {
        byte[] latin = "Siân, Seán, café".getBytes(Charset.forName("windows-1252"));
        assertFalse(Utf8FirstEncodingDetector.isMultiByteUtf8(latin, false));
        assertFalse(Utf8FirstEncodingDetector.isMultiByteUtf8("only ascii".getBytes(StandardCharsets.US_ASCII), false));
    }

    @Test
    void aSampleCutInsideACharacterIsStillUtf8() {
        byte[] whole = "ab Siân ŵ €".getBytes(StandardCharsets.UTF_8);
        for (int cut = 7; cut < whole.length; cut++) { // from the first whole "â"
            byte[] sample = Arrays.copyOf(whole, cut);
            assertTrue(Utf8FirstEncodingDetector.isMultiByteUtf8(sample, true), "cut at " + cut);
        }
        // but not when the sample is the whole stream: then a broken last character is broken
        byte[] broken = Arrays.copyOf(whole, whole.length - 1);
        assertFalse(Utf8FirstEncodingDetector.isMultiByteUtf8(broken, false));
    }
}
