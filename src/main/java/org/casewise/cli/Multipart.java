package org.casewise.cli;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A multipart/form-data body of text fields and one file, streamed: the file is never read into
 * memory, only its header and the closing boundary are, so a 50 MB report costs a few hundred bytes.
 */
final class Multipart {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String boundary;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final String fileField;
    private final Path file;
    private final String fileName;

    Multipart(String boundary, String fileField, Path file, String fileName) {
        this.boundary = boundary;
        this.fileField = fileField;
        this.file = file;
        this.fileName = fileName;
    }

    /** A body for {@code file}, sent under its own name, with a boundary no report will contain by chance. */
    static Multipart of(String fileField, Path file) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return new Multipart("casewise-" + HexFormat.of().formatHex(random), fileField, file,
                file.getFileName().toString());
    }

    Multipart field(String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
        return this;
    }

    String boundary() {
        return boundary;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** Everything before the file's bytes: the text fields, then the file part's headers. */
    byte[] head() {
        StringBuilder sb = new StringBuilder();
        fields.forEach((name, value) -> sb.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(quoted(name)).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        sb.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(quoted(fileField))
                .append("\"; filename=\"").append(quoted(fileName)).append("\"\r\n")
                // The service identifies the format from the bytes, so the client does not guess it.
                .append("Content-Type: application/octet-stream\r\n\r\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Everything after the file's bytes: the closing boundary. */
    byte[] tail() {
        return ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The body: head, the file streamed from disk, tail. Its length is known, so no chunked encoding. */
    HttpRequest.BodyPublisher publisher() throws FileNotFoundException {
        return HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head()),
                HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail()));
    }

    /**
     * A name inside a quoted header parameter, escaped as browsers do (the HTML form encoding):
     * a quote, CR or LF would otherwise end the parameter or the header and let a file name forge
     * another part.
     */
    static String quoted(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
