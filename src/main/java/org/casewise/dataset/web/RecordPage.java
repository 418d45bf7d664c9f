package org.casewise.dataset.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.casewise.dataset.model.GroundTruth;

/**
 * A national repository record page, laid out like the NSPCC repository's: year, board (or
 * 'Anonymous'), child pseudonym, a short case summary, learning themes, recommendations, keywords
 * and, while the report is recent enough, a link to the file. Everything is built from the ground
 * truth, so the crawler's metadata extraction from record pages can be checked against it.
 */
final class RecordPage {

    static final String ANONYMOUS = "Anonymous";

    private static final Map<String, String> REVIEW_TYPES = Map.ofEntries(
            Map.entry("scr", "Serious case review"),
            Map.entry("lcspr", "Local child safeguarding practice review"),
            Map.entry("national-review", "National review"),
            Map.entry("rapid-review", "Rapid review"),
            Map.entry("child-practice-review", "Child practice review"),
            Map.entry("significant-case-review", "Significant case review"),
            Map.entry("learning-review", "Learning review"),
            Map.entry("case-management-review", "Case management review"),
            Map.entry("sar", "Safeguarding adults review"),
            Map.entry("dhr", "Domestic homicide review"),
            Map.entry("learning-brief", "Learning brief"),
            Map.entry("executive-summary", "Serious case review executive summary"));
    private static final Map<String, String> OUTCOMES = Map.of(
            "death", "the death of",
            "serious-harm", "serious harm to",
            "other", "concerns about");
    private static final Map<String, String> AGE_BANDS = Map.of(
            "unborn", "an unborn baby",
            "under-1", "a baby under one year old",
            "1-4", "a child aged 1 to 4",
            "5-10", "a child aged 5 to 10",
            "11-15", "a young person aged 11 to 15",
            "16-17", "a young person aged 16 or 17",
            "18-plus", "a young adult aged 18 or over");
    /** How many theme names the summary mentions: the real summaries are two or three sentences. */
    private static final int SUMMARY_THEMES = 3;

    private RecordPage() {
    }

    /**
     * @param anonymous whether the repository withholds the board's name
     * @param fileHref  the link to the file, or null when it has been removed (older than five years)
     */
    static String render(Corpus.Report report, boolean anonymous, String fileHref) {
        GroundTruth t = report.truth();
        StringBuilder body = new StringBuilder("<dl class=\"record\">\n");
        field(body, "Year", Integer.toString(report.year()));
        field(body, "Board", anonymous || t.board() == null ? ANONYMOUS : t.board().printedName());
        field(body, "Child", String.join(", ", pseudonyms(t)));
        field(body, "Review type", REVIEW_TYPES.getOrDefault(t.reviewType(), Objects.toString(t.reviewType(), "")));
        body.append("</dl>\n<h2>Case summary</h2>\n<p class=\"summary\">").append(Html.escape(summary(t))).append("</p>\n");
        body.append("<h2>Learning</h2>\n<ul class=\"learning\">\n");
        for (String theme : themeNames(t)) {
            body.append("<li>").append(Html.escape(theme)).append("</li>\n");
        }
        body.append("</ul>\n");
        if (t.recommendations() != null && !t.recommendations().isEmpty()) {
            body.append("<h2>Recommendations</h2>\n<ol class=\"recommendations\">\n");
            for (GroundTruth.Recommendation rec : t.recommendations()) {
                body.append("<li>").append(Html.escape(rec.text())).append("</li>\n");
            }
            body.append("</ol>\n");
        }
        body.append("<h2>Keywords</h2>\n<p class=\"keywords\">").append(Html.escape(String.join("; ", keywords(t))))
                .append("</p>\n");
        if (fileHref != null) {
            body.append("<p class=\"download\">").append(Html.link(fileHref, "Download the report")).append("</p>\n");
        } else {
            body.append("<p class=\"download\">The report is no longer available from the repository.</p>\n");
        }
        body.append("<p>").append(Html.link("/reviews", "Back to all case reviews")).append("</p>\n");
        return Html.page(NationalRepository.NAME, report.title(), body.toString());
    }

    /** 'Serious case review into the death of a baby under one year old. Themes include neglect, ...'. */
    static String summary(GroundTruth t) {
        String type = REVIEW_TYPES.getOrDefault(t.reviewType(), "Case review");
        String outcome = OUTCOMES.getOrDefault(t.outcome(), "concerns about");
        String who = t.children() == null || t.children().isEmpty() || t.children().get(0).ageBand() == null
                ? "a child"
                : AGE_BANDS.getOrDefault(t.children().get(0).ageBand(), "a child");
        StringBuilder s = new StringBuilder(type).append(" into ").append(outcome).append(' ').append(who);
        if (t.children() != null && t.children().size() > 1) {
            s.append(" and ").append(t.children().size() - 1).append(t.children().size() == 2 ? " sibling" : " siblings");
        }
        s.append('.');
        List<String> themes = themeNames(t);
        if (!themes.isEmpty()) {
            List<String> some = themes.subList(0, Math.min(SUMMARY_THEMES, themes.size())).stream()
                    .map(name -> name.toLowerCase(Locale.ROOT)).toList();
            s.append(" Themes include ").append(joinWithAnd(some)).append('.');
        }
        return s.toString();
    }

    static List<String> pseudonyms(GroundTruth t) {
        if (t.children() == null) {
            return List.of();
        }
        return t.children().stream().map(GroundTruth.Child::pseudonym).filter(Objects::nonNull).toList();
    }

    static List<String> themeNames(GroundTruth t) {
        if (t.themes() == null) {
            return List.of();
        }
        return t.themes().stream().map(GroundTruth.Theme::id).filter(Objects::nonNull).map(Html::themeName).toList();
    }

    /** Theme names, then the kind of review and the outcome, as the repository's keyword field mixes them. */
    static List<String> keywords(GroundTruth t) {
        Set<String> words = new LinkedHashSet<>(themeNames(t));
        if (t.reviewType() != null) {
            words.add(REVIEW_TYPES.getOrDefault(t.reviewType(), t.reviewType()));
        }
        if (t.outcome() != null) {
            words.add(t.outcome().replace('-', ' '));
        }
        if (t.agencies() != null) {
            t.agencies().stream().filter(Objects::nonNull).map(a -> a.replace('-', ' ')).forEach(words::add);
        }
        return new ArrayList<>(words);
    }

    private static String joinWithAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static void field(StringBuilder body, String name, String value) {
        body.append("<dt>").append(Html.escape(name)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }
}
