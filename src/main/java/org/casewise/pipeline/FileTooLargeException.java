package org.casewise.pipeline;

/** A file is over {@code casewise.ingest.max-file-bytes}. */
public class FileTooLargeException extends RuntimeException {
    private final long limit;

    public FileTooLargeException(long size, long limit) {
        super("file of " + size + " bytes is over the limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
