package org.casewise.pipeline;

/** A file is over {@code casewise.ingest.max-file-bytes}. */
public class FileTooLargeException extends RuntimeException {
    public FileTooLargeException(long size, long limit) {
        super("file of " + size + " bytes is over the limit of " + limit + " bytes");
    }
}
