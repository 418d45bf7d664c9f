package org.casewise.dataset.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What changes on the one board site that differs between two crawls. In epoch 1 its newest report
 * is held back; from epoch 2 that report appears (a new publication), its oldest report is gone (404
 * and off the listings, as boards take reports down after their publication period), and one report
 * in between is served as a revised copy with different bytes and a later Last-Modified.
 *
 * <p>Picks are deterministic (newest, oldest, and the newest non-hostile one left, preferring a
 * format we can really edit) so tests and crawler fixtures can rely on them.
 */
final class EpochChange {

    /** How long after publication the revision is dated: after the original, so If-Modified-Since sees it. */
    private static final long REVISED_AFTER_DAYS = 28;

    private final Corpus.Report added;
    private final Corpus.Report removed;
    private final Corpus.Report changed;
    private final ServedFile revised;

    private EpochChange(Corpus.Report added, Corpus.Report removed, Corpus.Report changed, ServedFile revised) {
        this.added = added;
        this.removed = removed;
        this.changed = changed;
        this.revised = revised;
    }

    /** No change at all, for the sites that stay the same. */
    static EpochChange none() {
        return new EpochChange(null, null, null, null);
    }

    /** @param reports the site's public reports, newest first */
    static EpochChange plan(List<Corpus.Report> reports) {
        List<Corpus.Report> left = new ArrayList<>(reports);
        Corpus.Report added = left.isEmpty() ? null : left.remove(0);
        Corpus.Report removed = left.isEmpty() ? null : left.remove(left.size() - 1);
        Corpus.Report changed = left.stream()
                .filter(r -> r.truth().hostile() == null)
                .min(Comparator.comparing((Corpus.Report r) -> editable(r) ? 0 : 1))
                .orElse(null);
        ServedFile revised = null;
        if (changed != null) {
            try {
                byte[] bytes = RevisedCopy.of(changed.file().readAll(), changed.truth().format());
                revised = ServedFile.inMemory(changed.file().name(), bytes,
                        changed.file().lastModified().plus(REVISED_AFTER_DAYS, ChronoUnit.DAYS));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + changed.file().path(), e);
            }
        }
        return new EpochChange(added, removed, changed, revised);
    }

    boolean visible(Corpus.Report report, int epoch) {
        if (epoch < 2) {
            return report != added;
        }
        return report != removed;
    }

    ServedFile file(Corpus.Report report, int epoch) {
        return epoch >= 2 && report == changed ? revised : report.file();
    }

    Optional<Corpus.Report> added() {
        return Optional.ofNullable(added);
    }

    Optional<Corpus.Report> removed() {
        return Optional.ofNullable(removed);
    }

    Optional<Corpus.Report> changed() {
        return Optional.ofNullable(changed);
    }

    private static boolean editable(Corpus.Report r) {
        String format = r.truth().format();
        String name = r.file().name();
        return format != null && name.endsWith("." + format);
    }
}
