package org.casewise.dataset;

import java.io.IOException;
import java.nio.file.Path;

/** Renders a report source in the format its header names: PDF, DOCX or HTML. */
public final class ReportRenderer {

    private ReportRenderer() {
    }

    public static void render(SampleSource source, Path out) throws IOException {
        switch (source.format()) {
            case "pdf" -> new PdfSampleRenderer().render(source, out);
            case "docx" -> new DocxSampleRenderer().render(source, out);
            case "html" -> new HtmlSampleRenderer().render(source, out);
            default -> throw new IllegalArgumentException("unknown format " + source.format());
        }
    }
}
