package org.casewise.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** When to try again: exponential backoff with jitter, at least what the server's Retry-After asks, within a cap. */
final class Backoff {

    /** Statuses worth retrying: the server is overloaded or briefly broken, not saying no. */
    static final Set<Integer> RETRYABLE = Set.of(429, 500, 502, 503, 504);

    private Backoff() {
    }

    /**
     * @param retry 1 for the first retry
     */
    static Duration delay(FetchPolicy policy, int retry, Optional<Duration> retryAfter) {
        long base = policy.backoffBase().toMillis();
        long exponential = base << Math.min(retry - 1, 16);
        // "Equal jitter": half fixed, half random, so retries from many workers do not arrive in step.
        long jittered = exponential / 2 + (exponential > 1 ? ThreadLocalRandom.current().nextLong(exponential / 2 + 1) : 0);
        Duration wait = Duration.ofMillis(jittered);
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get().compareTo(policy.maxRetryAfter()) > 0 ? policy.maxRetryAfter() : retryAfter.get();
            wait = asked.compareTo(wait) > 0 ? asked : wait;
        }
        return wait;
    }

    /** Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3); empty when absent or unreadable. */
    static Optional<Duration> parseRetryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(clock.instant(),
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
