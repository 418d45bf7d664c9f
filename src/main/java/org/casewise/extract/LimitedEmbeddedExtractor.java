package org.casewise.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Parses embedded documents (attachments in a PDF, objects in a DOCX, files in a zip) up to a total
 * count and a nesting depth, and silently skips the rest. Tika 3.3 has no built-in limit for either,
 * and a hostile file can nest archives or attach thousands of documents to multiply the work.
 * One instance per parse: it counts for one top-level file.
 */
final class LimitedEmbeddedExtractor extends ParsingEmbeddedDocumentExtractor {

    private final int maxCount;
    private final int maxDepth;
    private int count;
    private int depth;
    private int skipped;

    LimitedEmbeddedExtractor(ParseContext context, int maxCount, int maxDepth) {
        super(context);
        this.maxCount = maxCount;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        if (overLimit()) {
            skipped++;
            return false;
        }
        return super.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        // Some parsers call this without asking shouldParseEmbedded first, so check again.
        if (overLimit()) {
            skipped++;
            return;
        }
        count++;
        depth++;
        try {
            super.parseEmbedded(stream, handler, metadata, outputHtml);
        } finally {
            depth--;
        }
    }

    private boolean overLimit() {
        return count >= maxCount || depth >= maxDepth;
    }

    /** Embedded documents left out because of the limits. */
    int skipped() {
        return skipped;
    }
}
