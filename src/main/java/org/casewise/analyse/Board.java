package org.casewise.analyse;

import java.util.List;

/**
 * A safeguarding board or partnership from the registry in {@code datasets/boards.csv}.
 *
 * @param region English region id (PRIMER §5), or null outside England
 */
public record Board(String id, String name, String nation, String region, String kind,
                    List<String> placeNames, List<String> otherNames, List<String> abbreviations,
                    String domain) {
}
