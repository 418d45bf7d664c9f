package org.casewise.source;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.casewise.api.SourceDefinition;
import org.casewise.store.SourceKind;

/**
 * Checks a source definition field by field and turns it into settings, so that a bad definition is
 * refused with the name of the field at registration, not discovered at 3 a.m. by the scheduler.
 */
public final class SourceValidator {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9:._-]{1,99}");
    /** Quartz syntax, as Quarkus's own @Scheduled uses: seconds first, '?' for day-of-month or day-of-week. */
    private static final CronParser CRON = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    private SourceValidator() {
    }

    /** A definition checked and normalised: the kind parsed, settings built with their defaults. */
    public record Checked(SourceDefinition definition, SourceKind kind, SourceSettings settings) {
    }

    public static Checked check(SourceDefinition d) {
        if (d == null) {
            throw new InvalidSourceException("body", "a source definition is required");
        }
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            throw new InvalidSourceException("code", "code must be 2 to 100 characters of a-z, 0-9, '-', '.', ':'"
                    + " starting with a letter or digit");
        }
        if (d.name() == null || d.name().isBlank() || d.name().length() > 300) {
            throw new InvalidSourceException("name", "name is required (at most 300 characters)");
        }
        SourceKind kind;
        try {
            kind = SourceKind.fromCode(d.kind() == null ? "" : d.kind().strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceException("kind", e.getMessage());
        }
        if (!kind.crawlable()) {
            throw new InvalidSourceException("kind", "sources of kind " + kind.code()
                    + " are built in; register national-repository, board-site, feed or folder sources");
        }
        if (d.schedule() != null && !d.schedule().isBlank()) {
            nextRun(d.schedule(), Instant.now());
        }
        if (kind == SourceKind.FOLDER) {
            if (d.location() == null || d.location().isBlank()) {
                throw new InvalidSourceException("location", "a folder source needs the folder's path in location");
            }
            return new Checked(d, kind, new SourceSettings(List.of(), List.of(), List.of(), d.documentPatterns(),
                    d.maxDepth(), d.maxPages(), null, null));
        }
        List<String> starts = d.startUrls() == null ? List.of() : d.startUrls();
        if (starts.isEmpty()) {
            throw new InvalidSourceException("startUrls", "a " + kind.code() + " source needs at least one start URL");
        }
        Set<String> hosts = new LinkedHashSet<>();
        if (d.allowedHosts() != null) {
            d.allowedHosts().forEach(h -> hosts.add(h.strip().toLowerCase(Locale.ROOT)));
        }
        boolean defaultHosts = hosts.isEmpty();
        for (String start : starts) {
            URI uri = parseUrl(start);
            if (defaultHosts) {
                hosts.add(hostKey(uri));
            } else if (!hosts.contains(hostKey(uri)) && !hosts.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
                throw new InvalidSourceException("startUrls", start + " is on a host outside allowedHosts " + hosts);
            }
        }
        List<String> follow = patterns("followPatterns", d.followPatterns());
        List<String> documents = patterns("documentPatterns", d.documentPatterns());
        if (d.maxDepth() != null && (d.maxDepth() < 0 || d.maxDepth() > 10)) {
            throw new InvalidSourceException("maxDepth", "maxDepth must be 0..10");
        }
        if (d.maxPages() != null && (d.maxPages() < 1 || d.maxPages() > 100_000)) {
            throw new InvalidSourceException("maxPages", "maxPages must be 1..100000");
        }
        if (d.perHostDelayMs() != null && (d.perHostDelayMs() < 0 || d.perHostDelayMs() > 600_000)) {
            throw new InvalidSourceException("perHostDelayMs", "perHostDelayMs must be 0..600000");
        }
        return new Checked(d, kind, new SourceSettings(starts, new ArrayList<>(hosts), follow, documents,
                d.maxDepth(), d.maxPages(), d.perHostDelayMs(), d.allowLoopback()));
    }

    /** The next time a cron expression fires after {@code after}, in UTC. */
    public static Optional<Instant> nextRun(String schedule, Instant after) {
        if (schedule == null || schedule.isBlank()) {
            return Optional.empty();
        }
        Cron cron;
        try {
            cron = CRON.parse(schedule.strip());
            cron.validate();
        } catch (IllegalArgumentException e) {
            throw new InvalidSourceException("schedule", "not a Quartz cron expression (seconds first, e.g."
                    + " '0 0 3 ? * MON'): " + e.getMessage());
        }
        return ExecutionTime.forCron(cron).nextExecution(ZonedDateTime.ofInstant(after, ZoneOffset.UTC))
                .map(ZonedDateTime::toInstant);
    }

    public static String hostKey(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return uri.getPort() >= 0 ? host + ":" + uri.getPort() : host;
    }

    private static URI parseUrl(String s) {
        try {
            URI uri = new URI(s.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidSourceException("startUrls", "not an http(s) URL: " + s);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new InvalidSourceException("startUrls", "not a URL: " + s + " (" + e.getReason() + ")");
        }
    }

    private static List<String> patterns(String field, List<String> patterns) {
        if (patterns == null) {
            return List.of();
        }
        for (String p : patterns) {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new InvalidSourceException(field, "not a regular expression: " + p + " (" + e.getDescription() + ")");
            }
        }
        return List.copyOf(patterns);
    }
}
