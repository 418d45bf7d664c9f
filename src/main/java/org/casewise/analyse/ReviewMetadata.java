package org.casewise.analyse;

import org.casewise.store.Visibility;

/**
 * The first metadata pass over a document: what it is, who published it, when.
 *
 * @param board      null when neither the text nor the source names a board in the registry
 * @param reviewType PRIMER §5 id, or null when the text does not say
 * @param year       publication year, or null
 */
public record ReviewMetadata(String title, Board board, String reviewType, Integer year, Visibility visibility) {
}
