package org.casewise.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.casewise.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Real files through real worker JVMs; hostile behaviour simulated with the workers' test hooks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolatedExtractorTest {

    private static final List<String> TEST_HOOKS = List.of("-Dcasewise.extract.testHooks=true");

    @TempDir
    Path dir;

    private IsolatedExtractor shared;

    @BeforeAll
    void startPool() {
        shared = new IsolatedExtractor(IsolatedExtractor.Settings.defaults()
                .withPoolSize(3).withMaxTextChars(400_000).withExtraJvmArgs(TEST_HOOKS));
    }

    @AfterAll
    void stopPool() {
        shared.close();
    }

    /**
     * A hand-written Welsh review in UTF-8, mostly ASCII with a few names such as 'Siân': Tika's byte-frequency
     * detectors had read it as windows-1252 ('SiÃ¢n'). Both the worker and the offline tools read it as UTF-8.
     */
    @Test
    void utf8TextWithFewAccentsIsReadAsUtf8() throws Exception {
        Path review = Path.of("datasets/realistic/final16/tc-2.txt");
        ExtractedText isolated = shared.extract(review, "tc-2.txt");
        assertTrue(isolated.text().contains("Siân Prydderch"), "worker");
        assertFalse(isolated.text().contains("Ã"), "worker");
        ExtractedText offline = TextExtractor.parseInProcess(new AutoDetectParser(), review, "tc-2.txt", 1_000_000);
        assertTrue(offline.text().contains("Siân Prydderch"), "in process");
        // the same text in windows-1252 is not valid UTF-8 and is still read right by Tika's own detectors
        Path latin = write("latin.txt", ("Review by Siân Prydderch. " + "The panel met in May. ".repeat(40))
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertTrue(shared.extract(latin, "latin.txt").text().contains("Siân Prydderch"), "windows-1252");
    }

    @Test
    void textPdfDocxAndHtmlExtract() throws Exception {
        ExtractedText pdf = shared.extract(write("r.pdf", TestFiles.pdf(null, "Child Safeguarding Practice Review", "Child Q")), "r.pdf");
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.text().contains("Child Safeguarding Practice Review"), pdf.text());
        assertEquals(1, pdf.pageCount());
        assertFalse(pdf.truncated());

        ExtractedText docx = shared.extract(write("r.docx", TestFiles.docx("Learning from the review of Child R")), "r.docx");
        assertTrue(docx.contentType().contains("wordprocessingml"), docx.contentType());
        assertTrue(docx.text().contains("Learning from the review of Child R"));

        ExtractedText html = shared.extract(write("r.html", TestFiles.html("Serious case review: Family T",
                "<p>Neglect was not recognised.</p>")), "r.html");
        assertEquals("text/html", html.contentType());
        assertEquals("Serious case review: Family T", html.title().orElseThrow());
        assertTrue(html.text().contains("Neglect was not recognised."));
    }

    @Test
    void largeTextComesBackThroughATempFileAndIsCutAtTheLimit() throws Exception {
        String para = "<p>" + "The multi-agency response was delayed. ".repeat(100) + "</p>";
        ExtractedText big = shared.extract(write("big.html", TestFiles.html("Big", para.repeat(80))), "big.html");
        assertTrue(big.text().length() > WorkerProtocol.INLINE_TEXT_LIMIT, "length " + big.text().length());
        assertFalse(big.truncated());

        ExtractedText huge = shared.extract(write("huge.html", TestFiles.html("Huge", para.repeat(200))), "huge.html");
        assertTrue(huge.truncated());
        assertTrue(huge.text().length() <= 400_000);
    }

    @Test
    void encryptedPdfIsReportedAsEncrypted() throws IOException {
        Path file = write("secret.pdf", TestFiles.pdf("pw", "hidden"));
        ExtractionException e = assertThrows(ExtractionException.class, () -> shared.extract(file, "secret.pdf"));
        assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
    }

    @Test
    void imageOnlyPdfNeedsOcrOrIsOcred() throws Exception {
        Path file = write("scan.pdf", imageOnlyPdf("CHILD SAFEGUARDING PRACTICE REVIEW"));
        if (ExtractionWorker.tesseractOnPath()) {
            assertTrue(shared.extract(file, "scan.pdf").text().toUpperCase().contains("SAFEGUARDING"));
        } else {
            ExtractionException e = assertThrows(ExtractionException.class, () -> shared.extract(file, "scan.pdf"));
            assertInstanceOf(NeedsOcrException.class, e);
            assertTrue(e.getMessage().contains("OCR"), e.getMessage());
        }
    }

    @Test
    void embeddedDocumentsBeyondTheDepthAndCountLimitsAreSkipped() throws Exception {
        byte[] deep = zip("deep.txt", "deepest marker".getBytes(StandardCharsets.UTF_8));
        for (int level = 3; level >= 1; level--) {
            deep = zip("level" + level + ".zip", deep);
        }
        Path nested = write("nested.zip", zip("top.txt", "top marker".getBytes(StandardCharsets.UTF_8), "level1.zip.zip", deep));
        String text = shared.extract(nested, "nested.zip").text();
        assertTrue(text.contains("top marker"), text);
        assertFalse(text.contains("deepest marker"), text);
        try (IsolatedExtractor deeper = new IsolatedExtractor(IsolatedExtractor.Settings.defaults()
                .withPoolSize(1).withEmbeddedLimits(100, 5))) {
            String deepText = deeper.extract(nested, "nested.zip").text();
            assertTrue(deepText.contains("deepest marker"), deepText);
        }

        Object[] many = new Object[2 * 150];
        for (int i = 0; i < 150; i++) {
            many[2 * i] = "f" + i + ".txt";
            many[2 * i + 1] = ("file " + i + " marker").getBytes(StandardCharsets.UTF_8);
        }
        String wide = shared.extract(write("many.zip", zip(many)), "many.zip").text();
        assertTrue(wide.contains("file 99 marker"), wide);
        assertFalse(wide.contains("file 100 marker"));
    }

    /** A zip of name, bytes, name, bytes... */
    private static byte[] zip(Object... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new java.util.zip.ZipEntry((String) entries[i]));
                zip.write((byte[]) entries[i + 1]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void zipBombIsRefusedBeforeParsing() throws IOException {
        Path file = write("bomb.docx", TestFiles.zipBombDocx(250));
        ExtractionException e = assertThrows(ExtractionException.class, () -> shared.extract(file, "bomb.docx"));
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void hungParserIsKilledAtTheTimeoutAndReplaced() throws Exception {
        Path ok = write("ok.pdf", TestFiles.pdf(null, "After the hang"));
        try (IsolatedExtractor one = new IsolatedExtractor(IsolatedExtractor.Settings.defaults()
                .withPoolSize(1).withTimeout(Duration.ofSeconds(3)).withExtraJvmArgs(TEST_HOOKS))) {
            long hungPid = one.anyWorkerReady().pid();
            long start = System.nanoTime();
            ExtractionException e = assertThrows(ExtractionException.class, () -> one.extract(ok, "ok.pdf", "hang"));
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(e.getMessage().contains("took longer than 3 s"), e.getMessage());
            assertTrue(ms < 8_000, "took " + ms + " ms");
            assertFalse(ProcessHandle.of(hungPid).map(ProcessHandle::isAlive).orElse(false), "hung worker still alive");

            assertTrue(one.extract(ok, "ok.pdf").text().contains("After the hang"));
            assertNotEquals(hungPid, one.anyWorkerReady().pid());
        }
    }

    @Test
    void outOfMemoryAndCrashAreReportedAndThePoolRecovers() throws Exception {
        Path ok = write("ok.pdf", TestFiles.pdf(null, "Still working"));
        try (IsolatedExtractor small = new IsolatedExtractor(IsolatedExtractor.Settings.defaults()
                .withPoolSize(1).withMaxHeap("64m").withExtraJvmArgs(TEST_HOOKS))) {
            // The micro check: the worker really runs with the limit, and the hog stops there.
            assertTrue(small.anyWorkerReady().maxHeapBytes() <= 64L * 1024 * 1024, "worker heap not limited");
            long start = System.nanoTime();
            ExtractionException oom = assertThrows(ExtractionException.class, () -> small.extract(ok, "ok.pdf", "oom"));
            assertTrue(oom.getMessage().contains("ran out of memory"), oom.getMessage());
            // Stopped at 64 MB in its own process: quick, and nothing of it in this JVM's heap.
            assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 20);
            assertTrue(small.extract(ok, "ok.pdf").text().contains("Still working"));

            ExtractionException crash = assertThrows(ExtractionException.class, () -> small.extract(ok, "ok.pdf", "crash"));
            assertTrue(crash.getMessage().contains("crashed"), crash.getMessage());
            assertTrue(small.extract(ok, "ok.pdf").text().contains("Still working"));
        }
    }

    @Test
    void twentyFilesInParallelAllSucceed() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String marker = "Review number " + i + " marker";
            files.add(switch (i % 3) {
                case 0 -> write("p" + i + ".pdf", TestFiles.pdf(null, marker));
                case 1 -> write("d" + i + ".docx", TestFiles.docx(marker));
                default -> write("h" + i + ".html", TestFiles.html("Review " + i, "<p>" + marker + "</p>"));
            });
        }
        ExecutorService callers = Executors.newFixedThreadPool(20);
        try {
            List<Future<ExtractedText>> results = new ArrayList<>();
            for (Path f : files) {
                results.add(callers.submit(() -> shared.extract(f, f.getFileName().toString())));
            }
            for (int i = 0; i < 20; i++) {
                String text = results.get(i).get(120, TimeUnit.SECONDS).text();
                assertTrue(text.contains("Review number " + i + " marker"), text);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    /**
     * Closing the worker's stdin (what the OS does when the service dies, even by kill -9) ends it,
     * even with a request in hand that would never finish.
     */
    @Test
    void workerExitsWhenItsParentGoes() throws Exception {
        Process worker = new ProcessBuilder(IsolatedExtractor.command(IsolatedExtractor.Settings.defaults()
                .withExtraJvmArgs(TEST_HOOKS))).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(out.readLine().contains("\"ready\":true"));
            Path ok = write("ok.pdf", TestFiles.pdf(null, "x"));
            worker.getOutputStream().write(("{\"id\":1,\"path\":\"" + ok + "\",\"fileName\":\"ok.pdf\",\"maxChars\":100,"
                    + "\"ocr\":false,\"testHook\":\"hang\"}\n").getBytes(StandardCharsets.UTF_8));
            worker.getOutputStream().flush();
            worker.getOutputStream().close();
            assertTrue(worker.waitFor(10, TimeUnit.SECONDS), "worker outlived its stdin");
        } finally {
            worker.destroyForcibly();
        }
    }

    /**
     * Not a limit check: prints warm per-file times, isolated (one worker, so its JIT is as warm as
     * this JVM's) against in-process Tika doing the same work (parse and normalise), for the notes.
     */
    @Test
    void timingIsolatedVersusInProcess() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lines.add("Line " + i + " of a practice review about agencies sharing information in time.");
        }
        Path pdf = write("timing.pdf", TestFiles.pdf(null, lines.toArray(String[]::new)));
        Path html = write("timing.html", TestFiles.html("Timing", "<p>short page</p>"));
        AutoDetectParser inProcess = new AutoDetectParser();
        try (IsolatedExtractor one = new IsolatedExtractor(IsolatedExtractor.Settings.defaults().withPoolSize(1))) {
            for (Path f : List.of(pdf, html)) {
                for (int i = 0; i < 100; i++) { // warm both
                    one.extract(f, f.getFileName().toString());
                    parseInProcess(inProcess, f);
                }
                int n = 50;
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    one.extract(f, f.getFileName().toString());
                }
                long t1 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    parseInProcess(inProcess, f);
                }
                long t2 = System.nanoTime();
                System.out.printf("TIMING %s: isolated %.2f ms/file, in-process %.2f ms/file%n", f.getFileName(),
                        (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n);
            }
        }
    }

    private static void parseInProcess(AutoDetectParser parser, Path file) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(5_000_000);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
        }
        TikaResults.normalise(handler.toString());
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** A page that is only a picture of text, like a scan. */
    private static byte[] imageOnlyPdf(String line) throws IOException {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString(line, 80, 200);
        g.dispose();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, image), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
