package eu.twinning.goodpractice;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.goodPractice;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;

import eu.twinning.feed.AtomRules;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** GET /api/v1/good-practices.atom: published good practice only, as valid Atom (RFC 4287). */
@QuarkusTest
class GoodPracticeFeedTest {

    private static final String FEED = "/api/v1/good-practices.atom";

    @Test
    void theSeedsPublishedPracticesAreEntriesByTheirPartners() throws Exception {
        Response response = read(given().queryParam("lang", "lv"));
        response.then().header("Content-Language", "lv");
        Feed feed = AtomRules.parse(response.asByteArray());
        assertThat(feed.getTitleEx().getValue()).isEqualTo("TTChan: Labā prakse");
        List<String> titles = feed.getEntries().stream().map(e -> e.getTitleEx().getValue()).toList();
        assertThat(titles).contains("Solidaritātes un starpkultūru sinerģijas veicināšana: Daugavpils piemēri",
                "Solidaritātes un starpkultūru sinerģijas veicināšana: Raškas piemēri");
        Entry raska = feed.getEntries().stream().filter(e -> e.getTitleEx().getValue().contains("Raškas"))
                .findFirst().orElseThrow();
        assertThat(raska.getId()).matches("tag:localhost,2026:good-practice-\\d+");
        assertThat(raska.getAuthors().get(0).getName()).isEqualTo("Raška");
        assertThat(raska.getAuthors().get(0).getUri()).endsWith("/api/v1/partners/raska");
        assertThat(raska.getSummary().getValue()).startsWith("Raška dalījās ar saviem labās prakses piemēriem");
        assertThat(raska.getCategories()).extracting(c -> c.getTerm()).containsExactly("solidarity");
        assertThat(raska.getPublished()).as("the seed does not say when it was published").isNull();
        String json = raska.getAlternateLinks().get(0).getHref();
        assertThat(json).endsWith("?lang=lv");
        String updatedAt = given().get(json).then().statusCode(200).body("status", equalTo("published"))
                .extract().path("updatedAt");
        assertThat(raska.getUpdated().toInstant()).isEqualTo(Instant.parse(updatedAt)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(raska.getId()).isEqualTo("tag:localhost,2026:good-practice-" + json.replaceAll(".*/(\\d+)\\?.*", "$1"));
        Feed english = AtomRules.parse(read(given()).asByteArray());
        assertThat(english.getEntries()).extracting(e -> e.getTitleEx().getValue())
                .contains("Fostering solidarity and intercultural synergy: examples from Raška");
    }

    @Test
    void onlyPublishedItemsAreInItWhoeverAsks() throws Exception {
        long id = admin().body(goodPractice("Feed draft")).post("/api/v1/good-practices").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String tag = "tag:localhost,2026:good-practice-" + id;
        assertThat(ids(AtomRules.parse(read(given()).asByteArray()))).doesNotContain(tag);
        // An admin sees the draft in the list, not in the feed.
        assertThat(ids(AtomRules.parse(read(admin()).asByteArray()))).doesNotContain(tag);
        admin().post("/api/v1/good-practices/" + id + "/submission").then().statusCode(200);
        assertThat(ids(AtomRules.parse(read(given()).asByteArray()))).doesNotContain(tag);
        admin().body("{\"decision\": \"publish\"}").post("/api/v1/good-practices/" + id + "/review").then()
                .statusCode(200);
        Feed feed = AtomRules.parse(read(given().queryParam("lang", "sv")).asByteArray());
        assertThat(ids(feed).get(0)).as("the latest published first").isEqualTo(tag);
        Entry entry = feed.getEntries().get(0);
        assertThat(entry.getTitleEx().getValue()).isEqualTo("Exempel");
        assertThat(entry.getPublished()).as("when it was published").isNotNull();
        assertThat(entry.getContents().get(0).getValue()).isEqualTo("Long text");
        assertThat(entry.getCategories()).extracting(c -> c.getTerm()).containsExactly("citizenship", "youth");
        assertThat(entry.getAuthors().get(0).getName()).isEqualTo("Vänersborg");
        // Filters: partner, theme.
        assertThat(ids(AtomRules.parse(read(given().queryParam("partner", "vanersborg").queryParam("theme", "youth"))
                .asByteArray()))).containsExactly(tag);
        assertThat(ids(AtomRules.parse(read(given().queryParam("partner", "raska")).asByteArray()))).doesNotContain(tag);
        admin().delete("/api/v1/good-practices/" + id).then().statusCode(204);
        assertThat(ids(AtomRules.parse(read(given()).asByteArray()))).doesNotContain(tag);
    }

    @Test
    void refusesWhatItCannotAnswer() {
        given().queryParam("lang", "*").get(FEED).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("lang"));
        given().queryParam("theme", "parties").get(FEED).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("theme"));
        given().queryParam("q", "x").get(FEED).then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void revalidates() {
        Response first = read(given());
        given().header("If-None-Match", first.header("ETag")).get(FEED).then().statusCode(304);
        assertThat(first.header("Last-Modified")).isNotBlank();
        assertThat(read(given().queryParam("lang", "lv")).header("ETag")).isNotEqualTo(first.header("ETag"));
    }

    private static Response read(io.restassured.specification.RequestSpecification request) {
        Response response = request.get(FEED);
        response.then().statusCode(200).contentType(startsWith("application/atom+xml"));
        return response;
    }

    private static List<String> ids(Feed feed) {
        return feed.getEntries().stream().map(Entry::getId).toList();
    }
}
