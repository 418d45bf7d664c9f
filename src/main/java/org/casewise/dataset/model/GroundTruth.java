package org.casewise.dataset.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What a generated report really is, written beside it as {@code <id>.json}. Everything the
 * pipeline should find is here, so accuracy can be measured against it. Deterministic: the same
 * seed gives byte-identical ground truth (no clock, no absolute paths, stable field order).
 *
 * @param file             the report's file name in the corpus folder (its extension may lie, see hostile)
 * @param format           pdf, docx or html: what the bytes really are
 * @param board            the publishing board as printed on the report, or as known from its web page
 * @param boardNamedInText false when the text never names the board (only the publishing page does)
 * @param method           imr-overview, scie-systems, silp, hybrid, rapid-review, concise, extended, briefing, national
 * @param style            which writing style the generator used (reports differ in structure and wording)
 * @param year             publication year
 * @param publicationDate  ISO date of publication
 * @param incidentYear     year of the incident that led to the review
 * @param visibility       public, or restricted for drafts and embargoed reports
 * @param outcome          death, serious-harm or other (PRIMER §5)
 * @param agencies         PRIMER §5 agency ids involved with the family
 * @param themes           taxonomy themes the report substantively evidences, with the evidence sentences
 * @param ruledOut         theme ids the text mentions only to rule out (negatives)
 * @param relations        links to other reports of the corpus (executive summary of, same report as)
 * @param hostile          set for files built to fail: what is wrong with them and what should happen
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder(alphabetic = false)
public record GroundTruth(
        String id,
        String file,
        String format,
        String title,
        BoardRef board,
        boolean boardNamedInText,
        String nation,
        String region,
        String reviewType,
        String method,
        String style,
        Integer year,
        String publicationDate,
        Integer incidentYear,
        String visibility,
        String outcome,
        List<Child> children,
        List<String> agencies,
        List<Theme> themes,
        List<String> ruledOut,
        List<Recommendation> recommendations,
        List<Relation> relations,
        Hostile hostile,
        Integer pages) {

    /** A registry board: its id and the name printed on the report. */
    public record BoardRef(String id, String printedName) {
    }

    /** @param age as written in the report ('seven months', '14 years') */
    public record Child(String pseudonym, String age, String ageBand, String sex) {
    }

    public record Theme(String id, List<String> evidence) {
    }

    /** @param addressee PRIMER §5 agency id, or 'board' */
    public record Recommendation(String number, String text, String addressee) {
    }

    /** @param type executive-summary-of, overview-of, same-report-as, draft-of */
    public record Relation(String type, String target) {
    }

    /**
     * @param kind     truncated-pdf, encrypted-pdf, zip-bomb-docx, oversized, empty, extension-lies, image-only-pdf
     * @param expected what the pipeline should do: fail (with a reason), or analyse (extension-lies)
     */
    public record Hostile(String kind, String expected) {
    }
}
