package org.casewise.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.casewise.analyse.BoardRegistry;
import org.casewise.api.BoardRef;
import org.casewise.api.ThemeView;
import org.casewise.search.FacetLabels;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ids that filters accept: the theme taxonomy and the board registry. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vocabularies", description = "The ids accepted by the theme and board filters")
public class VocabularyResource {

    @Inject
    FacetLabels labels;

    @Inject
    BoardRegistry boards;

    @GET
    @Path("/themes")
    @Operation(summary = "The theme taxonomy", description = "Every theme id with its layer, label and definition")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ThemeView.class)))
    public List<ThemeView> themes() {
        return labels.taxonomy().all().stream()
                .map(t -> new ThemeView(t.id(), t.layer(), t.label(), t.definition())).toList();
    }

    @GET
    @Path("/boards")
    @Operation(summary = "The board registry", description = "Every safeguarding board or partnership with its id,"
            + " name, nation and region, by name")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = BoardRef.class)))
    public List<BoardRef> boards() {
        return boards.all().stream().map(BoardRef::of).sorted(Comparator.comparing(BoardRef::name)).toList();
    }
}
