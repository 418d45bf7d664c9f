package org.casewise.extract;

import static org.casewise.extract.TikaResults.createdYear;
import static org.casewise.extract.TikaResults.describe;
import static org.casewise.extract.TikaResults.meaningfulTitle;
import static org.casewise.extract.TikaResults.normalise;
import static org.casewise.extract.TikaResults.pages;
import static org.casewise.extract.TikaResults.typeOf;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.casewise.extract.WorkerProtocol.Ready;
import org.casewise.extract.WorkerProtocol.Request;
import org.casewise.extract.WorkerProtocol.Response;
import org.xml.sax.SAXException;

/**
 * The child-JVM side of {@link IsolatedExtractor}: reads one JSON request per line on stdin, parses the
 * named file with Tika, writes one JSON response per line on stdout, and serves requests until stdin
 * closes. Runs with a small heap and {@code -XX:+ExitOnOutOfMemoryError}, so the worst a hostile file
 * can do is end this process.
 *
 * <p>Arguments: maximum embedded documents per file, maximum embedded nesting depth.
 */
public final class ExtractionWorker {

    private static final String TEST_HOOKS = "casewise.extract.testHooks";

    private final AutoDetectParser parser = new AutoDetectParser();
    private final boolean tesseract = tesseractOnPath();
    private final int maxEmbedded;
    private final int maxEmbeddedDepth;

    ExtractionWorker(int maxEmbedded, int maxEmbeddedDepth) {
        this.maxEmbedded = maxEmbedded;
        this.maxEmbeddedDepth = maxEmbeddedDepth;
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        // Tika's SecureContentHandler: output more than 100x the input bytes, once past 10 MB of
        // output, or XML nested deeper than 200 elements, is a decompression bomb.
        config.setMaximumCompressionRatio(100);
        config.setOutputThreshold(10_000_000);
        config.setMaximumDepth(200);
        // Only a backstop: LimitedEmbeddedExtractor enforces the embedded depth by skipping, which
        // keeps the text found so far. Each package level opens more than one entry element, so the
        // element depth limit must sit well above the document depth or it cuts first, and silently.
        config.setMaximumPackageEntryDepth(Math.max(10, 4 * maxEmbeddedDepth));
        parser.setAutoDetectParserConfig(config);
    }

    public static void main(String[] args) throws Exception {
        // fd 1 is the protocol channel. Parsers and their logging sometimes print, so everything that
        // goes through System.out is sent to stderr, which the parent only keeps for diagnostics.
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        BlockingQueue<String> requests = new LinkedBlockingQueue<>();
        Thread watchdog = new Thread(() -> readUntilEof(System.in, requests), "stdin-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();

        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        ExtractionWorker worker = new ExtractionWorker(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        send(protocol, json.writeValueAsString(new Ready(true, ProcessHandle.current().pid(),
                Runtime.getRuntime().maxMemory(), worker.tesseract)));
        while (true) {
            String line = requests.take();
            Request request;
            try {
                request = json.readValue(line, Request.class);
            } catch (IOException e) {
                send(protocol, json.writeValueAsString(Response.error(-1, WorkerProtocol.BAD_REQUEST, e.getMessage())));
                continue;
            }
            send(protocol, json.writeValueAsString(worker.handle(request)));
        }
    }

    /**
     * The parent writes requests to our stdin and never closes it while it lives, so EOF means the
     * parent has exited or let us go: stop at once, even mid-parse, rather than linger as an orphan.
     */
    private static void readUntilEof(InputStream in, BlockingQueue<String> requests) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    requests.add(line);
                }
            }
        } catch (IOException e) {
            // Same as EOF: the parent is gone.
        }
        Runtime.getRuntime().halt(0);
    }

    private static void send(PrintStream protocol, String line) {
        protocol.print(line);
        protocol.print('\n');
        protocol.flush();
    }

    Response handle(Request r) {
        if (r.testHook() != null && Boolean.getBoolean(TEST_HOOKS)) {
            runTestHook(r.testHook());
        }
        boolean ocr = r.ocr() && tesseract;
        BodyContentHandler handler = new BodyContentHandler(r.maxChars());
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, r.fileName());
        ParseContext context = context(ocr);
        LimitedEmbeddedExtractor embedded = new LimitedEmbeddedExtractor(context, maxEmbedded, maxEmbeddedDepth);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        // Without a Parser in the context Tika only lists embedded documents by name; with one it
        // parses them too (attachments to a PDF, objects in a DOCX), within the limits above.
        context.set(Parser.class, parser);
        boolean truncated = false;
        try (InputStream in = TikaInputStream.get(Path.of(r.path()))) {
            parser.parse(in, handler, metadata, context);
        } catch (ZeroByteFileException e) {
            return Response.error(r.id(), WorkerProtocol.EMPTY, "empty file (0 bytes)");
        } catch (EncryptedDocumentException e) {
            return Response.error(r.id(), WorkerProtocol.ENCRYPTED, "encrypted or password-protected document");
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else if (describe(e).toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return Response.error(r.id(), WorkerProtocol.ZIP_BOMB, "suspected zip bomb: " + describe(e));
            } else {
                return Response.error(r.id(), WorkerProtocol.UNREADABLE, "unreadable " + typeOf(metadata) + ": " + describe(e));
            }
        } catch (StackOverflowError e) {
            // A hostile file can nest structures until a recursive parser overflows; the thread's
            // stack is unwound by now, so the worker is still usable.
            return Response.error(r.id(), WorkerProtocol.UNREADABLE, "unreadable " + typeOf(metadata) + ": structures nested too deeply");
        }
        String type = typeOf(metadata);
        String text = normalise(handler.toString());
        if (text.isBlank()) {
            if (!ocr && (type.equals("application/pdf") || type.startsWith("image/"))) {
                return Response.error(r.id(), WorkerProtocol.NEEDS_OCR, "no text layer in this " + type
                        + " (a scanned image?); it needs OCR, which is " + (r.ocr() ? "not installed (tesseract)" : "turned off"));
            }
            return Response.error(r.id(), WorkerProtocol.NO_TEXT, "no text could be extracted from this " + type
                    + (ocr ? " (OCR found none either)" : " (a scanned image without a text layer?)"));
        }
        String textFile = null;
        if (text.length() > WorkerProtocol.INLINE_TEXT_LIMIT) {
            try {
                Path tmp = Files.createTempFile("casewise-text-", ".txt");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                textFile = tmp.toString();
                text = null;
            } catch (IOException e) {
                // No room on disk for the spill: send it inline, which still works, only costs more memory.
            }
        }
        return new Response(r.id(), type, text, textFile, truncated, pages(metadata),
                meaningfulTitle(metadata.get(TikaCoreProperties.TITLE)).orElse(null),
                createdYear(metadata), embedded.skipped(), null, null);
    }

    /**
     * SAX extractors for OOXML (the DOM ones hold a whole part in memory); PDF without inline images
     * or actions unless OCR needs the images; PDFBox spills to disk past 64 MB; OCR only when asked for
     * and tesseract is installed, so images are never sent to an OCR engine that is not there; text that
     * is valid UTF-8 read as UTF-8 ({@link Utf8FirstEncodingDetector}).
     */
    private static ParseContext context(boolean ocr) {
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        office.setIncludeDeletedContent(false);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(ocr);
        pdf.setExtractActions(false);
        pdf.setCatchIntermediateIOExceptions(true);
        pdf.setMaxMainMemoryBytes(64L * 1024 * 1024);
        pdf.setOcrStrategy(ocr ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(!ocr);
        tesseract.setLanguage("eng");
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, office);
        context.set(PDFParserConfig.class, pdf);
        context.set(TesseractOCRConfig.class, tesseract);
        context.set(org.apache.tika.detect.EncodingDetector.class, Utf8FirstEncodingDetector.INSTANCE);
        return context;
    }

    /** Simulated hostile files, for tests only: the system property is never set in production. */
    private static void runTestHook(String hook) {
        switch (hook) {
            case "hang" -> {
                while (true) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        // A real hung parser ignores interruption too.
                    }
                }
            }
            case "oom" -> {
                List<long[]> hog = new ArrayList<>();
                while (true) {
                    hog.add(new long[1 << 20]);
                }
            }
            case "crash" -> Runtime.getRuntime().halt(134);
            default -> {
            }
        }
    }

    static boolean tesseractOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "tesseract"))) {
                return true;
            }
        }
        return false;
    }




}
