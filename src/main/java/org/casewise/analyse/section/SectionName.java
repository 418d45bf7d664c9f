package org.casewise.analyse.section;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of a report (PRIMER §3), in their usual order. {@link #id()} is the API value.
 * {@code OTHER} is a heading that is none of these (a theme heading inside the analysis, say),
 * so it is attributed to the part it sits in when that can be told.
 */
public enum SectionName {
    COVER("cover"),
    COVER_SHEET("repository-cover-sheet"),
    CONTENTS("contents"),
    GLOSSARY("glossary"),
    EXECUTIVE_SUMMARY("executive-summary"),
    INTRODUCTION("introduction"),
    TERMS_OF_REFERENCE("terms-of-reference"),
    METHODOLOGY("methodology"),
    FAMILY_BACKGROUND("family-background"),
    CHRONOLOGY("chronology"),
    ANALYSIS("analysis"),
    FINDINGS("findings"),
    CONCLUSIONS("conclusions"),
    RECOMMENDATIONS("recommendations"),
    APPENDICES("appendices"),
    OTHER("other");

    private final String id;

    SectionName(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Looked up by id: theme scoring asks for every sentence's section. */
    private static final java.util.Map<String, SectionName> BY_ID = Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(SectionName::id, s -> s));

    public static Optional<SectionName> byId(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /** Sections that describe the review rather than the case: mentions there are not evidence. */
    public boolean isBoilerplate() {
        return this == CONTENTS || this == GLOSSARY || this == TERMS_OF_REFERENCE || this == METHODOLOGY
                || this == COVER || this == COVER_SHEET;
    }
}
