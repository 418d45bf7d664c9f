package org.casewise.fetch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casewise.dataset.web.SimulatedWeb;
import org.casewise.dataset.web.Site;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.casewise.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/v1/documents/fetch: a URL fetched politely from the simulated web and ingested. */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class UrlIngestTest {

    static Path corpus;
    static SimulatedWeb web;

    @BeforeAll
    static void startWeb() throws IOException {
        corpus = Files.createTempDirectory(Path.of("target"), "url-ingest-corpus");
        FetchCorpus.write(corpus);
        // The corpus's PDFs are random bytes (enough for fetching); this one must also parse.
        Files.write(corpus.resolve(FetchCorpus.LEEDS_PDF + ".pdf"), TestFiles.pdf(null,
                "Leeds Safeguarding Children Partnership", "Local Child Safeguarding Practice Review: Child A",
                "Published June 2021", "The family moved house four times in a year and the baby was not registered with a GP."));
        web = SimulatedWeb.start(corpus, SimulatedWeb.Options.defaults().withRateLimit(10_000));
    }

    @AfterAll
    static void stopWeb() {
        web.close();
    }

    @Inject
    SampleCorpus sample;

    @BeforeEach
    void collectionIsReady() {
        sample.awaitIndexed();
    }

    private static String body(String url) {
        return "{\"url\":\"" + url + "\"}";
    }

    @Test
    void aPublishedPdfIsFetchedIngestedAndKeepsItsUrl() {
        String url = web.site(Site.Style.LIST).orElseThrow().baseUri().resolve("/files/" + FetchCorpus.LEEDS_PDF + ".pdf")
                .toString();
        given().contentType("application/json").body(body(url)).post("/api/v1/documents/fetch")
                .then().statusCode(201)
                .body("document.status", equalTo("ANALYSED"))
                .body("document.contentType", equalTo("application/pdf"))
                .body("document.sightings.url", hasItem(url))
                .body("indexed", equalTo(true));
        // The same URL again: the bytes are known, nothing new is created.
        given().contentType("application/json").body(body(url)).post("/api/v1/documents/fetch")
                .then().statusCode(200).body("duplicate", equalTo(true));
    }

    @Test
    void whatTheSiteDisallowsOrLacksIsA422() {
        Site list = web.site(Site.Style.LIST).orElseThrow();
        given().contentType("application/json").body(body(list.baseUri().resolve("/private/draft-learning-review.html").toString()))
                .post("/api/v1/documents/fetch")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("robots.txt"));
        given().contentType("application/json").body(body(list.baseUri().resolve("/files/no-such-report.pdf").toString()))
                .post("/api/v1/documents/fetch")
                .then().statusCode(422).body("parameter", equalTo("url"));
    }

    @Test
    void internalAddressesAndOtherSchemesAreRefused() {
        for (String url : new String[] {"http://10.0.0.1/report.pdf", "http://169.254.169.254/latest/meta-data/",
            "http://192.168.1.1/admin"}) {
            given().contentType("application/json").body(body(url)).post("/api/v1/documents/fetch")
                    .then().statusCode(400).contentType("application/problem+json").body("parameter", equalTo("url"));
        }
        given().contentType("application/json").body(body("ftp://example.org/report.pdf")).post("/api/v1/documents/fetch")
                .then().statusCode(400).body("parameter", equalTo("url"));
        given().contentType("application/json").body("{}").post("/api/v1/documents/fetch")
                .then().statusCode(400).body("parameter", equalTo("url"));
    }
}
