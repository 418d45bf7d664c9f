package org.casewise.extract;

/**
 * The line protocol between {@link IsolatedExtractor} and {@link ExtractionWorker}: one JSON object per
 * line on the worker's stdin (requests) and stdout (a ready line, then one response per request).
 * Plain records so Jackson maps them without annotations.
 */
final class WorkerProtocol {

    /** Text longer than this goes through a temporary file rather than one huge JSON line. */
    static final int INLINE_TEXT_LIMIT = 256 * 1024;

    private WorkerProtocol() {
    }

    /**
     * @param testHook only honoured by a worker started with {@code -Dcasewise.extract.testHooks=true}:
     *                 "hang", "oom" or "crash", to prove the parent survives such a worker
     */
    record Request(long id, String path, String fileName, int maxChars, boolean ocr, String testHook) {
    }

    /** The worker's first line, once its parser is built: proves it started and shows its real limits. */
    record Ready(boolean ready, long pid, long maxHeapBytes, boolean tesseract) {
    }

    /**
     * Either text ({@code text} inline or in {@code textFile}, which the parent deletes after reading)
     * or an error ({@code errorKind} and a user-readable {@code message}).
     */
    record Response(long id, String contentType, String text, String textFile, boolean truncated,
                    Integer pageCount, String title, Integer createdYear, int embeddedSkipped,
                    String errorKind, String message) {

        static Response error(long id, String kind, String message) {
            return new Response(id, null, null, null, false, null, null, null, 0, kind, message);
        }
    }

    /** Error kinds a worker reports; the parent turns them into {@link ExtractionException}s. */
    static final String EMPTY = "empty";
    static final String ENCRYPTED = "encrypted";
    static final String NEEDS_OCR = "needs-ocr";
    static final String NO_TEXT = "no-text";
    static final String ZIP_BOMB = "zip-bomb";
    static final String UNREADABLE = "unreadable";
    static final String BAD_REQUEST = "bad-request";
}
