package org.casewise.analyse.recommend;

import java.util.List;
import org.casewise.analyse.section.Section;
import org.casewise.analyse.text.PreparedText;

/**
 * Finds the blocks of a report that hold recommendations, learning points or findings. Two
 * implementations: {@link SectionBlockFinder} reads the SectionDetector's parts, and
 * {@link HeadingBlockFinder} finds headings itself for when there are no sections or they lack
 * those parts.
 */
public interface BlockFinder {

    List<ItemBlock> find(PreparedText text, List<Section> sections);

    /** The same, given the text's lines when the caller has already split them (splitting is not free). */
    default List<ItemBlock> find(PreparedText text, TextLines lines, List<Section> sections) {
        return find(text, sections);
    }
}
