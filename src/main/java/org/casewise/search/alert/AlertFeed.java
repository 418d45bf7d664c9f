package org.casewise.search.alert;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.casewise.search.alert.AlertService.FeedData;

/**
 * Writes an alert's matches as an Atom 1.0 feed (ROME). Ids are stable tag URIs, so a feed reader
 * that polls again sees the same entries as the same entries; links are absolute, as readers need.
 */
@ApplicationScoped
public class AlertFeed {

    public static final String MEDIA_TYPE = "application/atom+xml";

    /**
     * @param base the service's base URI (e.g. {@code https://casewise.example/})
     * @param self the feed's own URL, token included, for the rel="self" link
     */
    public String atom(FeedData data, URI base, String self) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri("tag:casewise,2026:alert/" + data.alertId());
        feed.setTitle("Casewise alert: " + data.name());
        feed.setDescription("Case reviews matching the saved search '" + data.name() + "', newest first");
        feed.setLink(base.resolve("/api/v1/alerts/" + data.alertId()).toString());
        SyndLink selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setType(MEDIA_TYPE);
        selfLink.setHref(self);
        feed.setLinks(List.of(selfLink));
        // A feed's updated time is its newest entry's, or the alert's creation while it has none.
        feed.setPublishedDate(Date.from(data.entries().isEmpty() ? data.created() : data.entries().get(0).matchedAt()));
        feed.setAuthor("Casewise");
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedData.Entry e : data.entries()) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri("tag:casewise,2026:alert/" + data.alertId() + "/review/" + e.reviewId());
            entry.setTitle(e.title());
            entry.setLink(base.resolve("/api/v1/reviews/" + e.reviewId()).toString());
            entry.setPublishedDate(Date.from(e.matchedAt()));
            entry.setUpdatedDate(Date.from(e.reviewUpdated().isAfter(e.matchedAt()) ? e.reviewUpdated() : e.matchedAt()));
            SyndContent summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(summary(e));
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the Atom feed of alert " + data.alertId(), e);
        }
    }

    static String summary(FeedData.Entry e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.board() != null ? e.board() : "Board not identified");
        parts.add(e.year() != null ? "published " + e.year() : "year not stated");
        parts.add(e.themes().isEmpty() ? "no themes identified" : "themes: " + String.join(", ", e.themes()));
        return String.join(" · ", parts);
    }
}
