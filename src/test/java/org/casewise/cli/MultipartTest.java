package org.casewise.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartTest {

    @TempDir
    Path dir;

    @Test
    void theBodyIsFieldsThenTheFileThenTheClosingBoundary() throws Exception {
        Path file = Files.write(dir.resolve("report.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, (byte) 0xff, '\r', '\n'});
        Multipart body = new Multipart("BOUNDARY", "file", file, "report.pdf").field("visibility", "restricted");

        assertEquals("multipart/form-data; boundary=BOUNDARY", body.contentType());
        String head = """
                --BOUNDARY\r
                Content-Disposition: form-data; name="visibility"\r
                \r
                restricted\r
                --BOUNDARY\r
                Content-Disposition: form-data; name="file"; filename="report.pdf"\r
                Content-Type: application/octet-stream\r
                \r
                """;
        assertEquals(head, new String(body.head(), StandardCharsets.UTF_8));
        assertEquals("\r\n--BOUNDARY--\r\n", new String(body.tail(), StandardCharsets.UTF_8));

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(body.head());
        expected.write(Files.readAllBytes(file));
        expected.write(body.tail());
        HttpRequest.BodyPublisher publisher = body.publisher();
        // A known length: the request goes out with Content-Length rather than chunked.
        assertEquals(expected.size(), publisher.contentLength());
        assertArrayEquals(expected.toByteArray(), drain(publisher));
    }

    @Test
    void aFieldLeftOutIsNotSent() {
        Multipart body = new Multipart("B", "file", dir.resolve("a.pdf"), "a.pdf").field("visibility", null);
        assertTrue(new String(body.head(), StandardCharsets.UTF_8)
                .startsWith("--B\r\nContent-Disposition: form-data; name=\"file\""));
    }

    @Test
    void quotesAndLineBreaksInAFileNameCannotEndTheHeader() {
        Multipart body = new Multipart("B", "file", dir.resolve("x"), "a\"b\r\nContent-Type: text/html.pdf");
        // Exactly the two headers of the file part, the name inside its quotes: it forged nothing.
        assertEquals(List.of("--B",
                "Content-Disposition: form-data; name=\"file\"; filename=\"a%22b%0D%0AContent-Type: text/html.pdf\"",
                "Content-Type: application/octet-stream", "", ""),
                List.of(new String(body.head(), StandardCharsets.UTF_8).split("\r\n", -1)));
        assertEquals("a b", Multipart.quoted("a b"));
        assertEquals("%22%22", Multipart.quoted("\"\""));
    }

    @Test
    void eachBodyHasItsOwnRandomBoundary() {
        Path file = dir.resolve("r.pdf");
        Multipart one = Multipart.of("file", file);
        Multipart two = Multipart.of("file", file);
        assertNotEquals(one.boundary(), two.boundary());
        // RFC 2046: at most 70 characters, and only ones that need no quoting in the Content-Type.
        assertTrue(one.boundary().matches("[A-Za-z0-9-]{1,70}"), one.boundary());
        assertTrue(one.boundary().length() >= 32, one.boundary());
        assertTrue(new String(one.head(), StandardCharsets.UTF_8).contains("filename=\"r.pdf\""));
    }

    @Test
    void aMissingFileIsReportedBeforeAnythingIsSent() {
        Multipart body = Multipart.of("file", dir.resolve("gone.pdf"));
        assertThrows(FileNotFoundException.class, body::publisher);
    }

    /** Reads a publisher to the end, as HttpClient would. */
    private static byte[] drain(HttpRequest.BodyPublisher publisher) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(bytes.toByteArray());
            }
        });
        return done.get(10, TimeUnit.SECONDS);
    }
}
