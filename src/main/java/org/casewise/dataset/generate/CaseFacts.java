package org.casewise.dataset.generate;

import java.time.LocalDate;
import java.util.List;
import org.casewise.analyse.Board;

/**
 * Everything decided about one generated case before a word is written: who, where, when, what
 * kind of review, which themes. The composer turns it into text; the ground truth is derived from it
 * and from the sentences the composer actually used.
 *
 * @param kind        the family of review (see {@link ReviewKind})
 * @param printedBoard the board name as printed on the cover, or null when the text never names it
 * @param areaBoard   the registry board of the area (for adult reviews: the children's board of the area)
 * @param family      names used in the text
 * @param themes      chosen taxonomy themes, in the order they are written about
 * @param ruledOut    themes the text mentions only to rule out
 */
public record CaseFacts(
        String id,
        ReviewKind kind,
        String style,
        String format,
        Board areaBoard,
        String printedBoard,
        int year,
        LocalDate publicationDate,
        int incidentYear,
        boolean draft,
        String outcome,
        List<ChildFacts> children,
        Family family,
        List<String> themes,
        List<String> ruledOut,
        String author,
        String caseLabel) {

    public ChildFacts subject() {
        return children.get(0);
    }

    /** The same case written up as another kind of report (the executive summary of an overview). */
    CaseFacts withKind(String newId, ReviewKind newKind, String newStyle) {
        return new CaseFacts(newId, newKind, newStyle, format, areaBoard, printedBoard, year, publicationDate,
                incidentYear, draft, outcome, children, family, themes, ruledOut, author, caseLabel);
    }

    CaseFacts withFormat(String newFormat) {
        return new CaseFacts(id, kind, style, newFormat, areaBoard, printedBoard, year, publicationDate,
                incidentYear, draft, outcome, children, family, themes, ruledOut, author, caseLabel);
    }

    /** A draft marked confidential on its cover: restricted. */
    CaseFacts asDraft() {
        return new CaseFacts(id, kind, style, format, areaBoard, printedBoard, year, publicationDate,
                incidentYear, true, outcome, children, family, themes, ruledOut, author, caseLabel);
    }

    /** A report whose text never names its board: only the page that published it does. */
    CaseFacts withBoardUnnamed() {
        return new CaseFacts(id, kind, style, format, areaBoard, null, year, publicationDate,
                incidentYear, draft, outcome, children, family, themes, ruledOut, author, caseLabel);
    }

    /** A child of the review. ageMonths is -1 for an unborn baby. */
    public record ChildFacts(String pseudonym, int ageMonths, String ageWords, String ageBand, String sex) {
    }

    /** The adults and siblings the text refers to. */
    public record Family(String mother, String father, String partner, String sibling) {
    }
}
