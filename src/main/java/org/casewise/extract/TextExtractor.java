package org.casewise.extract;

import static org.casewise.extract.TikaResults.createdYear;
import static org.casewise.extract.TikaResults.describe;
import static org.casewise.extract.TikaResults.meaningfulTitle;
import static org.casewise.extract.TikaResults.normalise;
import static org.casewise.extract.TikaResults.pages;
import static org.casewise.extract.TikaResults.typeOf;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.casewise.config.CasewiseConfig;
import org.xml.sax.SAXException;

/**
 * Text and document properties from PDF, Word, HTML and the other formats Tika reads.
 *
 * <p>Bounded, because the files are untrusted: output is cut at {@code casewise.ingest.max-text-chars},
 * each parse has a wall-clock limit, and Tika's secure handler rejects zip bombs. Every failure
 * becomes an {@link ExtractionException} whose message is fit to show a user.
 * By default the parse runs in child JVMs ({@link IsolatedExtractor}), so that memory is bounded too
 * and a crash or hang costs one worker, not the service; the in-process path remains for debugging.
 */
@ApplicationScoped
public class TextExtractor {

    private final AutoDetectParser parser = new AutoDetectParser();
    // Daemon threads: a parse that ignores interruption must not keep the service from exiting.
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tika-parse");
        t.setDaemon(true);
        return t;
    });

    @Inject
    CasewiseConfig config;

    /** Child-JVM workers; null when isolation is switched off. */
    private IsolatedExtractor isolated;

    @PostConstruct
    void start() {
        CasewiseConfig.Ingest ingest = config.ingest();
        if (ingest.isolatedExtraction()) {
            isolated = new IsolatedExtractor(IsolatedExtractor.Settings.defaults()
                    .withMaxHeap(ingest.extractHeap())
                    .withPoolSize(ingest.extractWorkers().orElse(Runtime.getRuntime().availableProcessors()))
                    .withTimeout(ingest.extractTimeout())
                    .withMaxTextChars(ingest.maxTextChars())
                    .withOcr(ingest.ocr()));
        }
    }

    /**
     * @throws NeedsOcrException when the file is a scan without a text layer and OCR is unavailable
     */
    public ExtractedText extract(Path file, String fileName) throws ExtractionException {
        if (isolated != null) {
            return isolated.extract(file, fileName);
        }
        Duration timeout = config.ingest().extractTimeout();
        Future<ExtractedText> parse = pool.submit(() -> parse(file, fileName));
        try {
            return parse.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new ExtractionException(ExtractionException.Disposition.QUARANTINED, "text extraction took longer than " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(ExtractionException.Disposition.RETRY, "text extraction was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExtractionException ee) {
                throw ee;
            }
            throw new ExtractionException("unreadable file: " + describe(cause), cause);
        }
    }

    private ExtractedText parse(Path file, String fileName) throws IOException, ExtractionException {
        return parseInProcess(parser, file, fileName, config.ingest().maxTextChars());
    }

    /**
     * One in-process parse with the same guards as the service's (zip bombs refused, output cut at
     * {@code maxChars}), for the offline tools ({@code ./casewise analyse}, {@code eval}) that read
     * trusted or test files and must start fast. It has no time limit: callers that read untrusted
     * files use an instance, whose parses are isolated and timed.
     */
    public static ExtractedText parseInProcess(AutoDetectParser parser, Path file, String fileName, int maxChars)
            throws IOException, ExtractionException {
        ZipBombGuard.check(file);
        BodyContentHandler handler = new BodyContentHandler(maxChars);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        boolean truncated = false;
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, context());
        } catch (ZeroByteFileException e) {
            throw new ExtractionException("empty file (0 bytes)", e);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException("encrypted or password-protected document", e);
        } catch (SAXException | TikaException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else {
                throw new ExtractionException("unreadable " + typeOf(metadata) + ": " + describe(e), e);
            }
        }
        String text = normalise(handler.toString());
        if (text.isBlank()) {
            throw new ExtractionException("no text could be extracted from this " + typeOf(metadata)
                    + " (a scanned image without a text layer?)");
        }
        return new ExtractedText(typeOf(metadata), text, truncated, pages(metadata),
                meaningfulTitle(metadata.get(TikaCoreProperties.TITLE)), Optional.ofNullable(createdYear(metadata)));
    }

    /**
     * Streaming (SAX) extraction for OOXML: the default DOM extractors hold a whole document part in
     * memory, which a hostile file can make arbitrarily large. Text that is valid UTF-8 is read as UTF-8
     * ({@link Utf8FirstEncodingDetector}).
     */
    private static ParseContext context() {
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, office);
        context.set(org.apache.tika.detect.EncodingDetector.class, Utf8FirstEncodingDetector.INSTANCE);
        return context;
    }







    @PreDestroy
    void shutdown() {
        pool.shutdownNow();
        if (isolated != null) {
            isolated.close();
        }
    }
}
