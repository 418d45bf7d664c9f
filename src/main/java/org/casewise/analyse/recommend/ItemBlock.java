package org.casewise.analyse.recommend;

/**
 * A stretch of a report that holds items of one kind: the body of a 'Recommendations' part,
 * a 'Learning points' list, SCIE findings.
 *
 * @param kind             recommendation, learning or finding: what unlabelled items in it are
 * @param heading          the heading as printed, or null
 * @param section          the SectionName id to report items under
 * @param bodyStart        offset where the items start (just past the heading)
 * @param end              offset just past the block
 * @param defaultAddressee the addressee the heading names ('Recommendations for the Partnership'), or null
 */
public record ItemBlock(String kind, String heading, String section, int bodyStart, int end, String defaultAddressee) {

    public boolean overlaps(ItemBlock other) {
        return bodyStart < other.end && other.bodyStart < end;
    }

    public boolean contains(int offset) {
        return offset >= bodyStart && offset < end;
    }
}
