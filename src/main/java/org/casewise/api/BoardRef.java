package org.casewise.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A board from the registry, as shown beside a review. */
@Schema(name = "Board")
public record BoardRef(
        @Schema(example = "kent") String id,
        @Schema(example = "Kent Safeguarding Children Multi-Agency Partnership") String name,
        @Schema(example = "england") String nation,
        @Schema(example = "south-east") String region) {

    /** A registry board as the API shows it. */
    public static BoardRef of(org.casewise.analyse.Board board) {
        return new BoardRef(board.id(), board.name(), board.nation(), board.region());
    }
}
