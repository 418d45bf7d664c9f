package org.casewise.analyse.recommend;

import java.util.ArrayList;
import java.util.List;
import org.casewise.analyse.section.Section;
import org.casewise.analyse.section.SectionName;
import org.casewise.analyse.text.PreparedText;

/** Blocks taken from the SectionDetector's 'recommendations' and 'findings' parts. */
public final class SectionBlockFinder implements BlockFinder {

    @Override
    public List<ItemBlock> find(PreparedText text, List<Section> sections) {
        List<ItemBlock> blocks = new ArrayList<>();
        String s = text.text();
        for (Section section : sections) {
            String kind = section.name().equals(SectionName.RECOMMENDATIONS.id()) ? LearningPoint.RECOMMENDATION
                    : section.name().equals(SectionName.FINDINGS.id()) ? LearningPoint.FINDING : null;
            if (kind == null) {
                continue;
            }
            int bodyStart = section.start();
            if (section.heading() != null) {
                int nl = s.indexOf('\n', section.start());
                bodyStart = nl < 0 || nl >= section.end() ? section.end() : nl + 1;
                String headingKind = Headings.blockKind(section.heading().strip());
                if (headingKind != null) {
                    kind = headingKind; // a 'Lessons learned' part filed under findings holds learning points
                }
            }
            String heading = section.heading();
            String addressee = heading == null ? null : Addressees.of(Headings.words(heading.strip())).orElse(null);
            blocks.add(new ItemBlock(kind, heading, section.name(), bodyStart, section.end(), addressee));
        }
        return blocks;
    }
}
