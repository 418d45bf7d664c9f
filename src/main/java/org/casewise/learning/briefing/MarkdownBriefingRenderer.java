package org.casewise.learning.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.casewise.learning.briefing.BriefingOutline.Block;

/**
 * The briefing as CommonMark. Text from reports and trainers is escaped so that a '*' or '#' in a
 * sentence, or a line starting with '1.', stays text instead of becoming formatting.
 */
@ApplicationScoped
public class MarkdownBriefingRenderer {

    public String render(List<Block> blocks, String baseUri) {
        String base = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
        StringBuilder md = new StringBuilder();
        int number = 0;
        boolean inList = false;
        for (Block b : blocks) {
            boolean listItem = b.kind() == BriefingOutline.Kind.BULLET || b.kind() == BriefingOutline.Kind.NUMBERED;
            if (inList && !listItem) {
                md.append('\n');
            }
            number = b.kind() == BriefingOutline.Kind.NUMBERED ? number + 1 : 0;
            inList = listItem;
            String text = escape(b.text());
            switch (b.kind()) {
                case TITLE -> md.append("# ").append(text).append("\n\n");
                case SUBTITLE -> md.append('*').append(text).append("*\n\n");
                case HEADING -> md.append("## ").append(text).append("\n\n");
                case SUBHEADING -> md.append("### ").append(text).append("\n\n");
                case PARAGRAPH -> md.append(text).append(link(b, base)).append("\n\n");
                case QUOTE -> md.append("> ").append(text).append("\n\n");
                case BULLET -> md.append("- ").append(text).append(link(b, base)).append('\n');
                case NUMBERED -> md.append(number).append(". ").append(text).append('\n');
            }
        }
        return md.toString().strip() + "\n";
    }

    private static String link(Block b, String baseUri) {
        return b.link() == null ? "" : " <" + baseUri + b.link() + ">";
    }

    /**
     * Backslash-escapes the characters that make inline formatting, links or HTML anywhere in a line,
     * and a first character that would start a block (heading, list item, quote); a block is always
     * one line, so line breaks inside the text are flattened.
     */
    static String escape(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        StringBuilder sb = new StringBuilder(flat.length() + 16);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            boolean inline = "\\`*_[]<>|~&!".indexOf(c) >= 0;
            boolean blockStart = i == 0 && "#+-=>".indexOf(c) >= 0;
            if (inline || blockStart) {
                sb.append('\\');
            }
            sb.append(c);
        }
        // "1. text" or "1) text" at the start would become an ordered list.
        return sb.toString().replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }
}
