package org.casewise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Small formatting rules shared by the commands' human-readable output. */
final class Text {

    private static final DateTimeFormatter LOCAL_MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Text() {
    }

    /** An API timestamp in the reader's time zone, to the minute; "-" when absent. */
    static String time(JsonNode value) {
        Instant instant = instant(value);
        if (instant == null) {
            return value == null || value.isMissingNode() || value.isNull() ? "-" : value.asText();
        }
        return LOCAL_MINUTE.format(instant);
    }

    static Instant instant(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            // A service configured to write timestamps as numbers writes epoch seconds with a fraction.
            return Instant.ofEpochMilli(Math.round(value.asDouble() * 1000));
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "1h 02m", "3m 05s", "12s". */
    static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s >= 3600) {
            return String.format("%dh %02dm", s / 3600, s % 3600 / 60);
        }
        return s >= 60 ? String.format("%dm %02ds", s / 60, s % 60) : s + "s";
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
