package org.casewise.learning.briefing;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casewise.api.BriefingView;

/**
 * The briefing as a sequence of blocks (headings, paragraphs, bullets), decided once so that the PDF,
 * DOCX and Markdown versions have the same sections, in the same order, with the same words.
 */
public final class BriefingOutline {

    public static final String WHAT_HAPPENED = "1. What happened";
    public static final String WHY_IT_MATTERS = "2. Why it matters";
    public static final String WHAT_WAS_LEARNED = "3. What was learned";
    public static final String QUESTIONS = "4. Questions for practitioners";
    public static final String ACTIONS = "5. Actions";
    public static final String REFERENCES = "References";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneOffset.UTC);

    public enum Kind { TITLE, SUBTITLE, HEADING, SUBHEADING, PARAGRAPH, QUOTE, BULLET, NUMBERED }

    /** One block; {@code link} (a path such as /api/v1/reviews/12) is shown after the text when set. */
    public record Block(Kind kind, String text, String link) {
        static Block of(Kind kind, String text) {
            return new Block(kind, text, null);
        }
    }

    private BriefingOutline() {
    }

    public static List<Block> of(BriefingView b) {
        List<Block> out = new ArrayList<>();
        out.add(Block.of(Kind.TITLE, b.title()));
        StringBuilder sub = new StringBuilder("7-minute briefing");
        if (b.theme() != null) {
            sub.append(" | Focus: ").append(b.theme().label());
        }
        if (b.audience() != null) {
            sub.append(" | For: ").append(b.audience());
        }
        if (b.createdAt() != null) {
            sub.append(" | ").append(DATE.format(b.createdAt()));
        }
        out.add(Block.of(Kind.SUBTITLE, sub.toString()));

        out.add(Block.of(Kind.HEADING, WHAT_HAPPENED));
        for (BriefingView.Happened h : b.whatHappened()) {
            out.add(Block.of(Kind.SUBHEADING, h.citation()));
            out.add(Block.of(Kind.PARAGRAPH, h.summary()));
            h.evidence().forEach(e -> out.add(Block.of(Kind.QUOTE, "\"" + e + "\" [" + h.ref() + "]")));
        }

        out.add(Block.of(Kind.HEADING, WHY_IT_MATTERS));
        if (b.theme() != null) {
            out.add(Block.of(Kind.PARAGRAPH, "Focus: " + b.theme().label() + " (" + b.theme().definition() + ")."));
        }
        if (b.whyItMatters().isEmpty()) {
            out.add(Block.of(Kind.PARAGRAPH, "The chosen reviews share no theme."));
        } else {
            int total = b.references().size();
            out.add(Block.of(Kind.PARAGRAPH, "Themes across the " + total + (total == 1 ? " review" : " reviews")
                    + " in this briefing:"));
            for (BriefingView.SharedTheme t : b.whyItMatters()) {
                out.add(Block.of(Kind.BULLET, t.label() + (t.definition() == null ? "" : " (" + t.definition() + ")")
                        + ": " + t.reviews() + " of " + total + (t.refs().isEmpty() ? "" : " " + refs(t.refs()))));
            }
        }

        out.add(Block.of(Kind.HEADING, WHAT_WAS_LEARNED));
        if (b.whatWasLearned().isEmpty()) {
            out.add(Block.of(Kind.PARAGRAPH, "The reviews record no separate learning points; see the actions."));
        }
        b.whatWasLearned().forEach(p -> out.add(Block.of(Kind.BULLET, label(p) + p.text() + " " + p.citation())));

        out.add(Block.of(Kind.HEADING, QUESTIONS));
        b.questions().forEach(q -> out.add(Block.of(Kind.NUMBERED, q.text())));

        out.add(Block.of(Kind.HEADING, ACTIONS));
        if (b.actions().isEmpty()) {
            out.add(Block.of(Kind.PARAGRAPH, "No recommendations were chosen."));
        }
        for (BriefingView.Action a : b.actions()) {
            String who = a.addresseeLabel() == null ? "" : " (to: " + a.addresseeLabel() + ")";
            out.add(Block.of(Kind.BULLET, a.text() + who + (a.citation() == null ? "" : " " + a.citation())));
        }

        out.add(Block.of(Kind.HEADING, REFERENCES));
        for (BriefingView.Reference r : b.references()) {
            out.add(new Block(Kind.PARAGRAPH, "[" + r.number() + "] " + r.title() + ". " + r.board()
                    + (r.year() == null ? "" : ", " + r.year()) + ".", r.href()));
        }
        return out;
    }

    /** "Finding 2: " as printed; a bare number gets its kind ("Learning point 3: "). */
    private static String label(BriefingView.Point p) {
        if (p.label() == null || p.label().isBlank()) {
            return "";
        }
        String kind = "finding".equals(p.kind()) ? "Finding " : "recommendation".equals(p.kind()) ? "Recommendation "
                : "Learning point ";
        return (Character.isDigit(p.label().charAt(0)) ? kind + p.label() : p.label()) + ": ";
    }

    private static String refs(List<Integer> refs) {
        return String.join(" ", refs.stream().map(r -> "[" + r + "]").toList());
    }
}
