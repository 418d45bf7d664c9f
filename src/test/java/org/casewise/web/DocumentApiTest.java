package org.casewise.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.casewise.testing.OpenSearchTestResource;
import org.casewise.testing.SampleCorpus;
import org.casewise.testing.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/v1/documents with real files: good ones become searchable, bad ones are recorded as FAILED. */
@QuarkusTest
@WithTestResource(OpenSearchTestResource.class)
class DocumentApiTest {

    @Inject
    SampleCorpus sample;

    @BeforeEach
    void corpusIsSearchable() {
        sample.awaitIndexed();
    }

    private static ValidatableResponse upload(String fileName, byte[] bytes, String mime) {
        return given().multiPart("file", fileName, bytes, mime)
                .when().post("/api/v1/documents")
                .then();
    }

    @Test
    void uploadedDocxIsStoredAnalysedAndSearchableAtOnce() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        byte[] docx = TestFiles.docx("Kent Safeguarding Children Board", "Serious Case Review: Child W",
                "Date of publication: March 2014",
                "The health visitor saw the home was cold and there was no food; the reviewers called it neglect " + marker + ".");
        int documentId = upload("child-w.docx", docx, "application/octet-stream")
                .statusCode(201)
                .header("Location", containsString("/api/v1/documents/"))
                .body("duplicate", equalTo(false))
                .body("indexed", equalTo(true))
                .body("document.status", equalTo("ANALYSED"))
                .body("document.contentType", containsString("wordprocessingml"))
                .body("document.sha256", notNullValue())
                .extract().path("document.id");

        given().queryParam("q", marker).get("/api/v1/reviews").then().statusCode(200)
                .body("total", equalTo(1))
                .body("hits[0].title", equalTo("Serious Case Review: Child W"))
                .body("hits[0].board.id", equalTo("kent"))
                .body("hits[0].board.region", equalTo("south-east"))
                .body("hits[0].year", equalTo(2014))
                .body("hits[0].reviewType", equalTo("scr"));

        byte[] downloaded = given().get("/api/v1/documents/" + documentId + "/content")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(docx, downloaded, "the original is kept byte for byte");

        // The same bytes again are recognised, not duplicated; where they were found is kept.
        upload("copy-of-child-w.docx", docx, "application/octet-stream")
                .statusCode(200).body("duplicate", equalTo(true)).body("document.id", equalTo(documentId));
        given().get("/api/v1/documents/" + documentId).then().statusCode(200)
                .body("sightings.size()", equalTo(2))
                .body("sightings.fileName", hasItem("copy-of-child-w.docx"))
                .body("sightings.url", hasItem("upload:child-w.docx"));
    }

    @Test
    void snippetsAreHtmlEscapedWithOnlyMarkTags() {
        String marker = "xk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        byte[] html = TestFiles.html("Learning brief " + marker,
                "<p>Learning brief. The practitioner wrote &lt;script&gt;alert(1)&lt;/script&gt; &amp; noted "
                        + marker + " in the record &lt;b&gt;twice&lt;/b&gt;.</p>");
        upload("brief.html", html, "text/html").statusCode(201).body("document.status", equalTo("ANALYSED"));
        List<String> snippets = given().queryParam("q", marker).get("/api/v1/reviews")
                .then().statusCode(200).body("total", equalTo(1)).extract().path("hits[0].snippets");
        assertFalse(snippets.isEmpty());
        String s = String.join(" ", snippets);
        assertTrue(s.contains("<mark>" + marker + "</mark>"), s);
        assertTrue(s.contains("&lt;script&gt;"), "text markup is escaped: " + s);
        assertFalse(s.replace("<mark>", "").replace("</mark>", "").contains("<"), "no other markup: " + s);
    }

    @Test
    void corruptFilesAreRecordedAsFailedWithAReason() {
        byte[] good = TestFiles.pdf(null, "Serious Case Review: Child T", "neglect of a toddler " + UUID.randomUUID());
        upload("truncated.pdf", TestFiles.truncated(good), "application/pdf")
                .statusCode(201).body("document.status", equalTo("FAILED"))
                .body("document.failureReason", notNullValue())
                .body("document.reviewId", nullValue())
                .body("indexed", equalTo(false));

        upload("locked.pdf", TestFiles.pdf("s3cret", "Confidential overview report " + UUID.randomUUID()), "application/pdf")
                .statusCode(201).body("document.status", equalTo("FAILED"))
                .body("document.failureReason", containsString("encrypted"));

        // The sample corpus holds an empty file too, so this one may be recognised as a duplicate.
        upload("empty.pdf", new byte[0], "application/pdf")
                .statusCode(anyOf(is(200), is(201))).body("document.status", equalTo("FAILED"))
                .body("document.failureReason", containsString("empty"));

        upload("bomb.docx", TestFiles.zipBombDocx(300), "application/octet-stream")
                .statusCode(201).body("document.status", equalTo("QUARANTINED"))
                .body("document.failureReason", containsString("zip bomb"));

        // A failed document keeps its record; its status can be read back.
        int id = upload("garbage.docx", TestFiles.randomBytes(5000, 42), "application/octet-stream")
                .statusCode(201).body("document.status", equalTo("FAILED")).extract().path("document.id");
        given().get("/api/v1/documents/" + id).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("failureReason", notNullValue());
    }

    @Test
    void oversizedUploadIsA413Problem() {
        upload("huge.pdf", TestFiles.randomBytes(3 * 1024 * 1024 + 10, 7), "application/pdf")
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("limit"));
    }

    @Test
    void uploadWithoutFileIsA400NamingFile() {
        given().multiPart("visibility", "public").when().post("/api/v1/documents")
                .then().statusCode(400).contentType("application/problem+json").body("parameter", equalTo("file"));
    }

    @Test
    void restrictedUploadIsKeptButNotListed() {
        String marker = "rv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        int reviewId = given().multiPart("file", "embargoed.docx",
                        TestFiles.docx("Child Practice Review " + marker, "Embargoed until the criminal trial ends."),
                        "application/octet-stream")
                .multiPart("visibility", "restricted")
                .post("/api/v1/documents").then().statusCode(201)
                .body("document.status", equalTo("ANALYSED")).extract().path("document.reviewId");
        given().queryParam("q", marker).get("/api/v1/reviews").then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/reviews/" + reviewId).then().statusCode(404);
        given().get("/api/v1/index/status").then().statusCode(200).body("reviews", greaterThan(0));
    }

    @Test
    void badVisibilityIsA400() {
        given().multiPart("file", "x.html", TestFiles.html("x", "<p>x</p>"), "text/html")
                .multiPart("visibility", "secret")
                .post("/api/v1/documents").then().statusCode(400).body("parameter", equalTo("visibility"));
    }

    @Test
    void unknownPathsAreProblemDocuments() {
        given().get("/api/v1/documents/424242").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/documents/abc").then().statusCode(400).body("parameter", equalTo("id"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/v1/documents"));
    }
}
