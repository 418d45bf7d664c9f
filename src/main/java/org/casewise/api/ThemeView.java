package org.casewise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A taxonomy theme (PRIMER §4). */
@Schema(name = "Theme")
public record ThemeView(
        @Schema(example = "neglect") String id,
        @Schema(description = "harm, family, child or practice", example = "harm") String layer,
        @Schema(example = "Neglect") String label,
        @Schema(example = "persistent failure to meet a child's basic needs") String definition) {
}
