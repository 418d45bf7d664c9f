package org.casewise.learning.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casewise.api.BriefingView;

/** Renders a briefing's outline in a document format; links are made absolute with the service's base URI. */
@ApplicationScoped
public class BriefingRenderers {

    @Inject
    PdfBriefingRenderer pdf;

    @Inject
    DocxBriefingRenderer docx;

    @Inject
    MarkdownBriefingRenderer markdown;

    public byte[] render(BriefingView briefing, BriefingFormat format, String baseUri) {
        String base = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
        List<BriefingOutline.Block> blocks = BriefingOutline.of(briefing);
        return switch (format) {
            case PDF -> pdf.render(blocks, briefing.title(), base);
            case DOCX -> docx.render(blocks, briefing.title(), base);
            case MARKDOWN -> markdown.render(blocks, base).getBytes(StandardCharsets.UTF_8);
            case JSON -> throw new IllegalArgumentException("JSON is served as the briefing itself");
        };
    }
}
