package org.casewise.pipeline;

import java.nio.file.Path;
import org.casewise.store.Visibility;

/**
 * A file arriving at the pipeline, wherever it came from.
 *
 * @param path                where its bytes can be read now (a folder file, an upload's temp file)
 * @param fileName            the name it was published or uploaded under
 * @param provenanceUrl       where it was found, for the record
 * @param requestedVisibility visibility asked for by the submitter; null lets analysis decide
 * @param boardHint           registry id of the board whose site published the file, when known
 *                            from outside the text (reports do not always name their board)
 */
public record IncomingFile(Path path, String fileName, String provenanceUrl, Visibility requestedVisibility,
                           String boardHint) {
}
