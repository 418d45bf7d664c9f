package org.casewise.analyse.theme;

/**
 * A sentence that supports a theme on a report.
 *
 * @param section  the {@code SectionName} id of the part it is in
 * @param sentence the sentence's index in the prepared text
 * @param score    how strongly this sentence alone evidences the theme, 0..1
 */
public record Evidence(String text, String section, int sentence, double score) {
}
