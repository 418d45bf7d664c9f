package org.casewise.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Plain text, Markdown and HTML whose bytes are valid UTF-8 with at least one multi-byte character
 * are read as UTF-8; anything else goes to Tika's own detectors.
 *
 * <p>Why: Tika's statistical detectors guess from byte frequencies, and a mostly English review with a
 * handful of Welsh or Irish names ('Siân', 'Seán') was read as windows-1252, so 'Siân' became 'SiÃ¢n'
 * and the name no longer matched a name. Text in a single-byte encoding with any accented letter is
 * almost never valid UTF-8 by chance, so valid UTF-8 is the safer first answer.
 */
public final class Utf8FirstEncodingDetector implements EncodingDetector {

    /** How much of the stream is checked: enough for any cover and opening, bounded for huge files. */
    static final int SAMPLE_BYTES = 256 * 1024;

    /**
     * Tika's own detectors, loaded once: building them looks the detectors up on the class path, which cost more
     * than a small file's whole parse when done per parse. Tika shares one such detector among all its parses too.
     */
    private static final EncodingDetector FALLBACK = new DefaultEncodingDetector();
    /** One instance serves every parse: it keeps no state. */
    public static final Utf8FirstEncodingDetector INSTANCE = new Utf8FirstEncodingDetector();

    private Utf8FirstEncodingDetector() {
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return FALLBACK.detect(null, metadata);
        }
        input.mark(SAMPLE_BYTES);
        byte[] sample;
        try {
            sample = input.readNBytes(SAMPLE_BYTES);
        } finally {
            input.reset();
        }
        return isMultiByteUtf8(sample, sample.length == SAMPLE_BYTES) ? StandardCharsets.UTF_8 : FALLBACK.detect(input, metadata);
    }

    /**
     * Whether the bytes are UTF-8 with at least one character outside ASCII (pure ASCII is left to Tika,
     * which reads it the same in any of its answers). A sample cut from a longer stream may end inside a
     * character, so up to three trailing bytes of an unfinished sequence are allowed then.
     */
    static boolean isMultiByteUtf8(byte[] bytes, boolean cut) {
        boolean multiByte = false;
        for (byte b : bytes) {
            if (b < 0) {
                multiByte = true;
                break;
            }
        }
        if (!multiByte) {
            return false;
        }
        int end = bytes.length;
        if (cut) {
            // drop an unfinished sequence at the cut: continuation bytes, then the lead byte before them
            int back = 0;
            while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0xC0) {
                end -= back + 1;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
