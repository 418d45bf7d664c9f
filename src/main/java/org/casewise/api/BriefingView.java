package org.casewise.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A 7-minute briefing: what happened, why it matters, what was learned, questions for practitioners
 * and actions, every point citing its review by reference number ({@code [2]}), with the numbered
 * references at the end. The same content is rendered as PDF, DOCX and Markdown.
 */
@Schema(name = "Briefing")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BriefingView(
        @Schema(example = "4") Long id,
        @Schema(example = "Hidden men: learning from three reviews") String title,
        @Schema(description = "Focus theme, when one was chosen") ThemeRef theme,
        @Schema(example = "Health visitors and early help practitioners") String audience,
        Instant createdAt,
        @Schema(description = "Per review, a factual summary and its strongest evidence sentences")
        List<Happened> whatHappened,
        @Schema(description = "Themes the chosen reviews share, most shared first (the focus theme leads)")
        List<SharedTheme> whyItMatters,
        @Schema(description = "Learning points and findings, each citing its review") List<Point> whatWasLearned,
        List<Question> questions,
        @Schema(description = "Recommendations of the reviews (addressee shown) and the trainer's own actions")
        List<Action> actions,
        @Schema(description = "The cited reviews, numbered as cited") List<Reference> references,
        @Schema(description = "Download links per format") Downloads downloads) {

    public BriefingView withId(long newId, Downloads links) {
        return new BriefingView(newId, title, theme, audience, createdAt, whatHappened, whyItMatters, whatWasLearned,
                questions, actions, references, links);
    }

    @Schema(name = "BriefingThemeRef")
    public record ThemeRef(
            @Schema(example = "unknown-men") String id,
            @Schema(example = "Unknown men") String label,
            @Schema(example = "new or unassessed male partners") String definition) {
    }

    @Schema(name = "BriefingHappened")
    public record Happened(
            @Schema(description = "Reference number of the review", example = "1") int ref,
            @Schema(example = "[1] Kent SCP, Child D (2019)") String citation,
            @Schema(example = "Serious Case Review, published 2019. Child D, under 1; the child died."
                    + " Agencies involved: police, health visiting.") String summary,
            @Schema(description = "Evidence sentences from the report") List<String> evidence) {
    }

    @Schema(name = "BriefingSharedTheme")
    public record SharedTheme(
            @Schema(example = "domestic-abuse") String id,
            @Schema(example = "Domestic abuse") String label,
            @Schema(example = "incl. coercive control") String definition,
            @Schema(description = "How many of the chosen reviews evidence it", example = "3") int reviews,
            @Schema(description = "Reference numbers of those reviews", example = "[1, 2, 3]") List<Integer> refs,
            @Schema(description = "True for the focus theme") boolean focus) {
    }

    @Schema(name = "BriefingPoint")
    public record Point(
            @Schema(example = "318") long learningPointId,
            @Schema(enumeration = {"learning", "finding", "recommendation"}) String kind,
            @Schema(example = "Finding 2") String label,
            String text,
            @Schema(example = "2") int ref,
            @Schema(example = "[2] Kent SCP, Child D (2019)") String citation) {
    }

    @Schema(name = "BriefingQuestion")
    public record Question(
            @Schema(example = "Who else lives in, or regularly visits, the homes you work with?") String text,
            @Schema(description = "The theme the question comes from; absent for the trainer's own and for general"
                    + " questions", example = "unknown-men")
            String theme) {
    }

    @Schema(name = "BriefingAction")
    public record Action(
            String text,
            @Schema(description = "Agency id, 'board' or 'national' the recommendation is addressed to", example = "board")
            String addressee,
            @Schema(description = "Addressee as shown", example = "Board") String addresseeLabel,
            @Schema(description = "Id of the recommendation; absent for the trainer's own") Long learningPointId,
            @Schema(description = "Reference number; absent for the trainer's own") Integer ref,
            @Schema(example = "[1] Kent SCP, Child D (2019)") String citation) {
    }

    @Schema(name = "BriefingReference")
    public record Reference(
            @Schema(example = "1") int number,
            @Schema(example = "12") long reviewId,
            @Schema(example = "Serious Case Review: Child D") String title,
            @Schema(example = "Kent Safeguarding Children Partnership") String board,
            @Schema(example = "2019") Integer year,
            @Schema(example = "/api/v1/reviews/12") String href) {
    }

    @Schema(name = "BriefingDownloads")
    public record Downloads(
            @Schema(example = "/api/v1/briefings/4?format=pdf") String pdf,
            @Schema(example = "/api/v1/briefings/4?format=docx") String docx,
            @Schema(example = "/api/v1/briefings/4?format=md") String markdown) {

        public static Downloads of(long id) {
            String base = "/api/v1/briefings/" + id + "?format=";
            return new Downloads(base + "pdf", base + "docx", base + "md");
        }
    }
}
