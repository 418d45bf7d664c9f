package org.casewise.analyse.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casewise.analyse.Regexes;
import org.casewise.analyse.section.Section;
import org.casewise.analyse.section.SectionName;
import org.casewise.analyse.text.PreparedText;

/**
 * Takes each recommendation, learning point and finding of a report out as its own record.
 *
 * <p>Where: the SectionDetector's recommendations and findings parts when it has them, otherwise
 * blocks under headings found by {@link HeadingBlockFinder}; and, anywhere outside those,
 * labelled items ('Finding 2: ...', 'Learning point 3: ...', 'Recommendation 1: ...'). Numbered
 * paragraphs ('8.3 ...') count only inside a block, so a paragraph-numbered report does not turn
 * into recommendations. Thread-safe: holds no state between calls.
 */
public final class RecommendationExtractor {

    private static final Pattern TO_LABEL = Pattern.compile("^(?:to|for|addressed to|lead agency|lead|agency|responsible agency|owner)"
            + "\\s*[:\\-–—]?\\s*(?<who>[^:]{2,80}?)\\s*:\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_LABEL = Pattern.compile("\\s*[(\\[](?:lead(?: agency)?:?\\s*|for:?\\s*|to:?\\s*|agency:?\\s*)?"
            + "(?<who>[^()\\[\\]]{2,80})[)\\]]\\s*\\.?\\s*$", Pattern.CASE_INSENSITIVE);

    private final BlockFinder sectionBlocks;
    private final BlockFinder headingBlocks;

    public RecommendationExtractor() {
        this(new SectionBlockFinder(), new HeadingBlockFinder());
    }

    /** @param sectionBlocks blocks from the detector's sections; {@code headingBlocks} fills in what they lack */
    public RecommendationExtractor(BlockFinder sectionBlocks, BlockFinder headingBlocks) {
        this.sectionBlocks = sectionBlocks;
        this.headingBlocks = headingBlocks;
    }

    public List<LearningPoint> extract(PreparedText text, List<Section> sections) {
        List<Section> parts = sections == null ? List.of() : sections;
        TextLines lines = TextLines.of(text.text());
        List<ItemBlock> blocks = new ArrayList<>(sectionBlocks.find(text, parts));
        for (ItemBlock b : headingBlocks.find(text, lines, parts)) {
            if (blocks.stream().noneMatch(b::overlaps)) {
                blocks.add(b);
            }
        }
        List<LearningPoint> found = new ArrayList<>();
        for (ItemBlock b : blocks) {
            int from = lines.lineAt(b.bodyStart());
            int to = b.end() >= text.text().length() ? lines.size() : lines.lineAt(b.end());
            if (from < to && lines.get(from).start() < b.bodyStart() && lines.get(from).end() <= b.bodyStart()) {
                from++;
            }
            for (ItemParser.Item item : new ItemParser(lines, b.kind(), b.defaultAddressee()).parse(from, to)) {
                found.add(point(item, b.section(), parts));
            }
        }
        found.addAll(labelledOutside(lines, blocks, parts));
        found.sort(Comparator.comparingInt(LearningPoint::start));
        return dedupe(found);
    }

    /** 'Finding 1: ...' and 'Learning point 2: ...' in the body of the report, outside any block. */
    private List<LearningPoint> labelledOutside(TextLines lines, List<ItemBlock> blocks, List<Section> parts) {
        List<LearningPoint> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLines.Line l = lines.get(i);
            if (l.blank() || l.noise()) {
                continue;
            }
            Markers.Marker m = Markers.of(l.text());
            if (m == null || m.type() != Markers.Type.LABELLED || inside(blocks, l.start())
                    || boilerplate(parts, l.start()) || HeadingBlockFinder.inContents(lines, i)) {
                continue;
            }
            int end = HeadingBlockFinder.end(lines, i);
            for (ItemBlock b : blocks) {
                if (b.bodyStart() > l.start()) {
                    end = Math.min(end, lines.lineAt(b.bodyStart()));
                }
            }
            String section = m.word().equals(LearningPoint.RECOMMENDATION) ? SectionName.RECOMMENDATIONS.id() : SectionName.FINDINGS.id();
            for (ItemParser.Item item : new ItemParser(lines, m.word(), null).parse(i, Math.max(end, i + 1))) {
                found.add(point(item, section, parts));
            }
            i = Math.max(i, end - 1);
        }
        return found;
    }

    private LearningPoint point(ItemParser.Item item, String blockSection, List<Section> parts) {
        String text = item.text();
        String addressee = null;
        if (item.kind().equals(LearningPoint.RECOMMENDATION)) {
            String label = item.label();
            Matcher m = TO_LABEL.matcher(text);
            if (m.lookingAt() && Addressees.names(m.group("who"))) {
                label = label == null ? m.group("who") : label;
                text = text.substring(m.end());
            }
            m = TRAILING_LABEL.matcher(text);
            if (m.find() && Addressees.names(m.group("who")) && m.group("who").split("\\s+").length <= 8) {
                label = label == null ? m.group("who") : label;
                text = text.substring(0, m.start());
            }
            addressee = addressee(label, text, item.defaultAddressee());
        }
        return new LearningPoint(item.kind(), item.number(), text.strip(), addressee, section(parts, item.start(), blockSection),
                item.start());
    }

    /** An explicit label wins, then the subject of the sentence, then what the block's heading names. */
    static String addressee(String label, String text, String fallback) {
        if (label != null) {
            Optional<String> a = Addressees.of(label);
            if (a.isPresent()) {
                return a.get();
            }
        }
        return Addressees.fromSubject(text).orElse(fallback);
    }

    private static String section(List<Section> parts, int offset, String fallback) {
        for (Section s : parts) {
            if (s.contains(offset) && !s.name().equals(SectionName.OTHER.id())) {
                return s.name();
            }
        }
        return fallback;
    }

    private static boolean inside(List<ItemBlock> blocks, int offset) {
        return blocks.stream().anyMatch(b -> b.contains(offset));
    }

    private static boolean boilerplate(List<Section> parts, int offset) {
        for (Section s : parts) {
            if (s.contains(offset)) {
                return SectionName.byId(s.name()).map(SectionName::isBoilerplate).orElse(false);
            }
        }
        return false;
    }

    /**
     * The same item read twice: recommendations repeated in the executive summary and the body
     * (kept once, where first printed), a SCIE finding listed in a summary and in full (the fuller kept).
     */
    private static List<LearningPoint> dedupe(List<LearningPoint> found) {
        List<LearningPoint> out = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (LearningPoint p : found) {
            if (!starts.add(p.start()) || !texts.add(p.kind() + "|" + Regexes.collapseNonWord(p.text().toLowerCase()).strip())) {
                continue;
            }
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                LearningPoint q = out.get(i);
                if (q.kind().equals(p.kind()) && q.kind().equals(LearningPoint.FINDING) && q.number() != null
                        && q.number().equals(p.number()) && (q.text().startsWith(p.text()) || p.text().startsWith(q.text()))) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(p);
            } else if (p.text().length() > out.get(same).text().length()) {
                out.set(same, p);
            }
        }
        return out;
    }
}
