package org.casewise.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options every client command shares: where the service is and how to print. */
public final class ClientOptions {

    @Option(names = "--url", order = 100, paramLabel = "URL", defaultValue = "${env:CASEWISE_URL:-http://localhost:8080}",
            description = "Base URL of the Casewise service (default: $CASEWISE_URL, else http://localhost:8080)")
    String url;

    @Option(names = "--json", order = 101,
            description = "Machine-readable JSON on stdout; no progress bar, no colours")
    boolean json;

    @Option(names = {"-h", "--help"}, order = 102, usageHelp = true, description = "Show this help and exit")
    boolean help;

    /** The base URL with a trailing slash, so relative API paths keep any prefix a proxy adds. */
    URI baseUri(CommandSpec spec) {
        String value = url == null ? "" : url.strip();
        try {
            URI uri = new URI(value.endsWith("/") ? value : value + "/");
            if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new URISyntaxException(value, "not an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(),
                    "--url must be an http(s) URL such as http://localhost:8080, got '" + value + "'");
        }
    }
}
