package org.casewise.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casewise.analyse.Taxonomy;
import org.casewise.api.MatchRequest;
import org.casewise.learning.LearningMatchService.MatchQuery;
import org.casewise.search.Facet;

/** Checks a POST /api/v1/learning/match body; a {@link BadParameterException} names the field at fault. */
final class MatchRequests {

    static final int MAX_TEXT = 100_000;
    static final int MAX_SIZE = 50;
    static final int DEFAULT_SIZE = 10;

    private MatchRequests() {
    }

    static MatchQuery validate(MatchRequest body, Taxonomy taxonomy) {
        if (body == null) {
            throw new BadParameterException("text", "send a JSON body with text (a draft or case summary) or themes");
        }
        Optional<String> text = Optional.ofNullable(body.text()).map(String::strip).filter(t -> !t.isEmpty());
        if (text.isPresent() && text.get().length() > MAX_TEXT) {
            throw new BadParameterException("text", "text must be at most " + MAX_TEXT + " characters, got "
                    + text.get().length());
        }
        List<String> themes = values("themes", body.themes());
        for (String t : themes) {
            if (!taxonomy.contains(t)) {
                throw new BadParameterException("themes", "theme '" + FilterParameters.abbreviate(t)
                        + "' is not in the taxonomy (GET /api/v1/themes lists the ids)");
            }
        }
        if (text.isEmpty() && themes.isEmpty()) {
            throw new BadParameterException("text", "give text (a draft or case summary) or themes, or both");
        }
        List<String> agencies = values("agencies", body.agencies());
        agencies.forEach(a -> vocabulary("agencies", Facet.AGENCY, a));
        Optional<String> ageBand = Optional.ofNullable(body.ageBand()).map(String::strip).filter(s -> !s.isEmpty());
        ageBand.ifPresent(a -> vocabulary("ageBand", Facet.AGE_BAND, a));
        Optional<String> outcome = Optional.ofNullable(body.outcome()).map(String::strip).filter(s -> !s.isEmpty());
        outcome.ifPresent(o -> vocabulary("outcome", Facet.OUTCOME, o));
        int size = body.size() == null ? DEFAULT_SIZE : body.size();
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameterException("size", "size must be between 1 and " + MAX_SIZE + ", got " + size);
        }
        return new MatchQuery(text, themes, ageBand, outcome, agencies, size);
    }

    private static List<String> values(String field, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > FilterParameters.MAX_VALUES) {
            throw new BadParameterException(field, field + " takes at most " + FilterParameters.MAX_VALUES + " values");
        }
        List<String> out = new ArrayList<>();
        for (String v : raw) {
            if (v == null || v.isBlank()) {
                throw new BadParameterException(field, field + " must not contain empty values");
            }
            if (!out.contains(v.strip())) {
                out.add(v.strip());
            }
        }
        return out;
    }

    private static void vocabulary(String field, Facet facet, String value) {
        if (!facet.vocabulary().contains(value)) {
            throw new BadParameterException(field, field + " must be one of " + String.join(", ", facet.vocabulary())
                    + "; got '" + FilterParameters.abbreviate(value) + "'");
        }
    }
}
