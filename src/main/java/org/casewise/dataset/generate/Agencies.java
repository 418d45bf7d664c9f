package org.casewise.dataset.generate;

import java.util.Map;

/** How reports name the agencies of PRIMER §5. */
final class Agencies {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("childrens-social-care", "Children's Social Care"),
            Map.entry("police", "Police"),
            Map.entry("health-visiting", "Health Visiting"),
            Map.entry("midwifery", "Midwifery"),
            Map.entry("gp", "GP practice"),
            Map.entry("hospital", "Hospital"),
            Map.entry("ambulance", "Ambulance Service"),
            Map.entry("camhs", "CAMHS"),
            Map.entry("adult-mental-health", "Adult Mental Health Services"),
            Map.entry("substance-misuse-service", "Drug and Alcohol Service"),
            Map.entry("school", "School"),
            Map.entry("early-years", "Nursery"),
            Map.entry("probation", "Probation Service"),
            Map.entry("housing", "Housing"),
            Map.entry("youth-justice", "Youth Justice Service"),
            Map.entry("cafcass", "Cafcass"),
            Map.entry("voluntary-sector", "Voluntary sector"),
            Map.entry("board", "The Safeguarding Partnership"));

    private Agencies() {
    }

    static String label(String id) {
        return LABELS.getOrDefault(id, id);
    }

    static boolean known(String id) {
        return LABELS.containsKey(id) && !id.equals("board");
    }
}
