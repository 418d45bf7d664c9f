package org.casewise.analyse.metadata;

import java.util.List;
import org.casewise.analyse.Board;

/**
 * What a report says about itself. Every field is null (or empty) when the report does not state
 * it: a wrong value in a facet is worse than a missing one.
 *
 * @param board           the registry board (its nation and region come with it), or null
 * @param reviewType      PRIMER §5 id
 * @param methodology     imr-overview, scie-systems, silp, hybrid, rapid-review, appreciative, other; or null
 * @param publicationYear the year the report was published (cover sheet, cover date)
 * @param incidentYear    the year of the incident that led to the review, kept apart from publication
 * @param outcome         death, serious-harm or other
 * @param agencies        PRIMER §5 agency ids involved with the family, in first-mention order
 * @param authors         the independent reviewer(s) or lead reviewer as named
 * @param status          final, draft or confidential (draft and confidential reports are restricted)
 */
public record ReportMetadata(
        String title,
        Board board,
        String reviewType,
        String methodology,
        Integer publicationYear,
        Integer incidentYear,
        List<Child> children,
        String outcome,
        List<String> agencies,
        List<String> authors,
        String status) {

    public ReportMetadata {
        children = children == null ? List.of() : List.copyOf(children);
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    private static final java.util.regex.Pattern PERSON_TITLE = java.util.regex.Pattern.compile(
            "^(?:Dr|Professor|Prof|Mr|Mrs|Ms|Miss|Sir|Dame)\\.?\\s+");

    /**
     * An author as a key that ignores how the name is dressed: 'Dr Ruth Penhaligon', 'Ruth Penhaligon' and
     * 'RUTH PENHALIGON' are one person (the analyser keeps one of them; the evaluation compares with labels).
     */
    public static String personKey(String name) {
        return PERSON_TITLE.matcher(name.strip()).replaceFirst("").toLowerCase(java.util.Locale.ROOT);
    }
}
