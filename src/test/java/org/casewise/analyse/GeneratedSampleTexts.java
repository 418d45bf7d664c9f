package org.casewise.analyse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The texts of datasets/sample/generated as Tika extracts them, with each report's ground-truth
 * relations, read once per test JVM. Files the pipeline is expected to reject (encrypted, zip bomb,
 * empty, scan, truncated) are left out: no text from them ever reaches a fingerprint.
 */
final class GeneratedSampleTexts {

    static final Path DIR = Path.of("datasets/sample/generated");

    /** One report: its id, extracted text, and relations as {@code type -> target id}. */
    record Report(String id, String text, Map<String, String> relations) {
    }

    private static List<Report> reports;

    private GeneratedSampleTexts() {
    }

    static synchronized List<Report> all() {
        if (reports == null) {
            reports = load();
        }
        return reports;
    }

    static Report byId(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no readable report " + id));
    }

    /** The first [source, target] pair with a relation of this type, in id order. */
    static Report[] pair(String relationType) {
        for (Report r : all()) {
            String target = r.relations().get(relationType);
            if (target != null) {
                return new Report[] {r, byId(target)};
            }
        }
        throw new IllegalStateException("no " + relationType + " pair in " + DIR);
    }

    /** True when the ground truth relates the two reports in either direction. */
    static boolean related(Report a, Report b) {
        return a.relations().containsValue(b.id()) || b.relations().containsValue(a.id());
    }

    private static List<Report> load() {
        ObjectMapper json = new ObjectMapper();
        AutoDetectParser parser = new AutoDetectParser();
        List<Report> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gt = json.readTree(file.toFile());
                if ("fail".equals(gt.path("hostile").path("expected").asText())) {
                    continue;
                }
                Map<String, String> relations = new LinkedHashMap<>();
                gt.path("relations").forEach(r -> relations.put(r.get("type").asText(), r.get("target").asText()));
                out.add(new Report(gt.get("id").asText(), extract(parser, DIR.resolve(gt.get("file").asText())), relations));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String extract(AutoDetectParser parser, Path file) throws IOException {
        // The same parser and handler the pipeline's TextExtractor uses, with a generous cap.
        BodyContentHandler handler = new BodyContentHandler(5_000_000);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
        } catch (Exception e) {
            throw new IllegalStateException("cannot extract " + file, e);
        }
        return handler.toString();
    }
}
