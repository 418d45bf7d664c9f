package org.casewise.analyse.text;

/**
 * One sentence of a prepared text.
 *
 * @param index position among the text's sentences, from 0
 * @param start offset of its first character in {@link PreparedText#text()}
 * @param end   offset just past its last character
 */
public record Sentence(int index, int start, int end, String text) {
}
