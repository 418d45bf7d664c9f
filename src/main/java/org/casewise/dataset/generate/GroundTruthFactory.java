package org.casewise.dataset.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casewise.dataset.model.GroundTruth;

/** Builds the ground truth of a written report from its facts and the sentences actually used. */
final class GroundTruthFactory {

    private GroundTruthFactory() {
    }

    static GroundTruth from(CaseFacts f, ReportComposer.Composed composed, String fileName,
                            List<GroundTruth.Relation> relations, Integer pages) {
        // Only the subject child's age is written into the text; a sibling's age is a fact of the plan that
        // no reader could find, so the truth leaves it out (null) rather than expect it.
        String text = composed.body();
        List<GroundTruth.Child> children = f.children().stream()
                .map(c -> text.contains(c.ageWords())
                        ? new GroundTruth.Child(c.pseudonym(), c.ageWords(), c.ageBand(), c.sex())
                        : new GroundTruth.Child(c.pseudonym(), null, null, c.sex())).toList();
        // A theme is in the truth only if the report actually evidences it: the planned themes first, then
        // those that sentences written for other themes evidence too (the phrase bank's 'also').
        List<GroundTruth.Theme> themes = new ArrayList<>();
        Map<String, List<String>> evidence = composed.evidence();
        Set<String> order = new LinkedHashSet<>(f.themes());
        order.addAll(evidence.keySet());
        for (String t : order) {
            if (evidence.containsKey(t) && !evidence.get(t).isEmpty()) {
                themes.add(new GroundTruth.Theme(t, List.copyOf(evidence.get(t))));
            }
        }
        // A theme ruled out in one sentence but evidenced in another is evidenced.
        List<String> ruledOut = f.ruledOut().stream().filter(t -> !evidence.containsKey(t)).toList();
        GroundTruth.BoardRef board = f.areaBoard() == null ? null : new GroundTruth.BoardRef(f.areaBoard().id(), f.printedBoard());
        return new GroundTruth(f.id(), fileName, f.format(), composed.title(), board, f.printedBoard() != null && f.areaBoard() != null,
                f.areaBoard() == null ? f.kind().nation : f.areaBoard().nation(),
                f.areaBoard() == null ? null : f.areaBoard().region(),
                f.kind().reviewType, method(f), f.style(), f.year(), f.publicationDate().toString(), f.incidentYear(),
                // Briefing layouts never say what happened to the child: no reader could know the outcome.
                f.draft() ? "restricted" : "public", composed.outcomeStated() ? f.outcome() : null, children, composed.agencies().stream().sorted().toList(),
                themes, ruledOut, List.copyOf(composed.recommendations()),
                relations.isEmpty() ? null : List.copyOf(relations), null, pages);
    }

    static GroundTruth withHostile(GroundTruth g, GroundTruth.Hostile hostile) {
        return new GroundTruth(g.id(), g.file(), g.format(), g.title(), g.board(), g.boardNamedInText(), g.nation(),
                g.region(), g.reviewType(), g.method(), g.style(), g.year(), g.publicationDate(), g.incidentYear(),
                g.visibility(), g.outcome(), g.children(), g.agencies(), g.themes(), g.ruledOut(), g.recommendations(),
                g.relations(), hostile, g.pages());
    }

    static GroundTruth renamed(GroundTruth g, String id, List<GroundTruth.Relation> relations) {
        return new GroundTruth(id, g.file(), g.format(), g.title(), g.board(), g.boardNamedInText(), g.nation(),
                g.region(), g.reviewType(), g.method(), g.style(), g.year(), g.publicationDate(), g.incidentYear(),
                g.visibility(), g.outcome(), g.children(), g.agencies(), g.themes(), g.ruledOut(), g.recommendations(),
                relations, g.hostile(), g.pages());
    }

    private static String method(CaseFacts f) {
        return switch (f.style()) {
            case "imr-overview" -> "imr-overview";
            case "scie-systems" -> "scie-systems";
            case "hybrid" -> "hybrid";
            case "lcspr-episodes", "lcspr-themes" -> "rapid-review-then-lcspr";
            case "seven-minute", "six-step" -> "briefing";
            case "welsh-cpr" -> "child-practice-review";
            case "national-panel" -> "national";
            default -> "other";
        };
    }
}
