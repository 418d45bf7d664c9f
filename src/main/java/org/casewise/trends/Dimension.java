package org.casewise.trends;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.casewise.search.Facet;

/** What a trend groups reviews by: publication year, nation, region, or nothing (the whole scope). */
public enum Dimension {
    YEAR("year", Facet.YEAR),
    NATION("nation", Facet.NATION),
    REGION("region", Facet.REGION),
    NONE("none", null);

    private final String param;
    private final Facet facet;

    Dimension(String param, Facet facet) {
        this.param = param;
        this.facet = facet;
    }

    public String param() {
        return param;
    }

    /** The facet whose index field is grouped on; empty for NONE. */
    public Optional<Facet> facet() {
        return Optional.ofNullable(facet);
    }

    public static Optional<Dimension> fromParam(String value) {
        return Arrays.stream(values()).filter(d -> d.param.equals(value)).findFirst();
    }

    public static List<String> params() {
        return Arrays.stream(values()).map(Dimension::param).toList();
    }

    /** Years ascending; nations and regions in vocabulary order (as PRIMER §5 lists them). */
    public Comparator<String> groupOrder() {
        if (this == YEAR) {
            return Comparator.comparingInt(Integer::parseInt);
        }
        if (facet != null && facet.vocabulary() != null) {
            List<String> vocabulary = facet.vocabulary();
            return Comparator.comparingInt((String v) -> vocabulary.indexOf(v) < 0 ? Integer.MAX_VALUE : vocabulary.indexOf(v))
                    .thenComparing(Comparator.naturalOrder());
        }
        return Comparator.naturalOrder();
    }
}
