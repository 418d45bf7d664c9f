package org.casewise.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.casewise.api.ReportAnalysisView;

/** The human-readable form of {@code ./casewise analyse}: one block per file. */
final class AnalysisPrinter {

    private AnalysisPrinter() {
    }

    static void print(ReportAnalysisView r, PrintWriter out) {
        out.println("== " + r.file());
        if (r.error() != null) {
            out.println("   not analysed: " + r.error());
            out.println();
            return;
        }
        var m = r.metadata();
        out.println("   title:        " + orDash(m.title()));
        out.println("   board:        " + (m.board() == null ? "-" : m.boardName() + " (" + m.nation()
                + (m.region() == null ? "" : ", " + m.region()) + ")"));
        out.println("   review:       " + orDash(m.reviewType()) + (m.methodology() == null ? "" : ", " + m.methodology())
                + "; published " + orDash(m.publicationYear()) + ", incident " + orDash(m.incidentYear())
                + "; status " + orDash(m.status()));
        out.println("   children:     " + (m.children().isEmpty() ? "-" : m.children().stream()
                .map(c -> orDash(c.pseudonym()) + " (" + orDash(c.ageBand()) + ", " + orDash(c.sex()) + ")")
                .collect(Collectors.joining("; "))) + "; outcome " + orDash(m.outcome()));
        out.println("   agencies:     " + join(m.agencies()));
        out.println("   authors:      " + join(m.authors()));
        out.println("   sections:     " + join(r.sections().stream().map(ReportAnalysisView.Section::name).toList()));
        out.println("   themes:");
        for (ReportAnalysisView.Theme t : r.themes()) {
            out.printf("     %-28s %.2f%n", t.id(), t.score());
            t.evidence().stream().limit(1).forEach(e -> out.println("        \u201c" + abbreviate(e.text(), 110)
                    + "\u201d [" + e.section() + "]"));
        }
        out.println("   recommendations: " + r.recommendations().size() + ", learning points and findings: "
                + r.learning().size());
        r.recommendations().stream().limit(3).forEach(rec -> out.println("     " + orDash(rec.number()) + " "
                + abbreviate(rec.text(), 100) + (rec.addressedTo() == null ? "" : " -> " + rec.addressedTo())));
        out.println();
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? "-" : String.join(", ", values);
    }

    private static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
