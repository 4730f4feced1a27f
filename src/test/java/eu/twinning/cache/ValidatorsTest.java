package eu.twinning.cache;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.partner;
import static eu.twinning.Fixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A validator changes whenever any byte of its representation does: every representation that
 * shows a changed thing gets a new ETag, and the old one no longer yields 304. The data of each
 * test is its own: a partner that hosts an event with a delegation, signs a memorandum there and
 * publishes a good practice.
 */
@QuarkusTest
class ValidatorsTest {

    private String slug;
    private long event;
    private long memorandum;
    private long practice;

    @BeforeEach
    void network() {
        slug = uniqueSlug("etags");
        admin().body(partner(slug)).post("/api/v1/partners").then().statusCode(201);
        event = admin().body(event("Validators meeting", true)).post("/api/v1/events").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        memorandum = admin().body("""
                {"title": {"en": "Memorandum of %s"}, "status": "signed", "signedOn": "2019-05-01",
                 "signatories": [{"slug": "%s"}, {"slug": "raska"}], "event": {"id": %d}}
                """.formatted(slug, slug, event)).post("/api/v1/memoranda").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        practice = admin().body("""
                {"partner": {"slug": "%s"}, "title": {"en": "Practice of %s"}, "summary": {"en": "Summary"},
                 "themes": ["youth"], "event": {"id": %d}}
                """.formatted(slug, slug, event)).post("/api/v1/good-practices").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void renamingAPartnerChangesEveryRepresentationThatShowsItsName() {
        publish();
        Map<String, String> before = etags(List.of(partnerUrl(), partnerUrl() + "?lang=lv", partnerUrl() + "?lang=*",
                "/api/v1/partners?q=" + slug, "/api/v1/partners?sort=-updatedAt&size=5", eventUrl(),
                eventUrl() + "?lang=lv", "/api/v1/events?partner=" + slug, memorandumUrl(),
                "/api/v1/memoranda?partner=" + slug, practiceUrl(), "/api/v1/good-practices?partner=" + slug));
        String unrelated = etag("/api/v1/partners/vanersborg");

        admin().body(partner(slug).replace("\"Tartu " + slug + "\"", "\"Tartu City " + slug + "\""))
                .put(partnerUrl()).then().statusCode(200);

        assertAllChanged(before);
        assertThat(eventHost()).isEqualTo("Tartu City " + slug);
        given().header("If-None-Match", unrelated).get("/api/v1/partners/vanersborg").then().statusCode(304);
    }

    @Test
    void changingAnEventTitleChangesTheEventAndWhatLinksToIt() {
        publish();
        Map<String, String> before = etags(List.of(eventUrl(), eventUrl() + "?lang=*", "/api/v1/events?partner=" + slug,
                memorandumUrl(), "/api/v1/memoranda?partner=" + slug, practiceUrl(),
                "/api/v1/good-practices?partner=" + slug));

        admin().body(event("Validators meeting, renamed", true)).put(eventUrl()).then().statusCode(200);

        assertAllChanged(before);
        given().get(memorandumUrl()).then().statusCode(200);
        assertThat(given().get(practiceUrl()).jsonPath().getString("event.title"))
                .isEqualTo("Validators meeting, renamed");
    }

    @Test
    void publishingAGoodPracticeChangesThePublicList() {
        String list = "/api/v1/good-practices?partner=" + slug;
        Map<String, String> before = etags(List.of(list, "/api/v1/good-practices?theme=youth&size=100"));
        given().get(practiceUrl()).then().statusCode(404);

        publish();

        assertAllChanged(before);
        assertThat(given().get(list).jsonPath().getList("items.id", Long.class)).contains(practice);
        given().get(practiceUrl()).then().statusCode(200);
    }

    @Test
    void deletingADelegationChangesTheEvent() {
        Map<String, String> before = etags(List.of(eventUrl(), eventUrl() + "?lang=lv",
                "/api/v1/events?partner=" + slug));

        admin().body(event("Validators meeting", false)).put(eventUrl()).then().statusCode(200);

        assertAllChanged(before);
        assertThat(given().get(eventUrl()).jsonPath().getList("delegations")).hasSize(1);
    }

    @Test
    void changingAPartnersCountryChangesTheNetwork() {
        String before = etag("/api/v1/network");
        admin().body(partner(slug).replace("\"EE\"", "\"FI\"")).put(partnerUrl()).then().statusCode(200);
        String after = etag("/api/v1/network");
        assertThat(after).isNotEqualTo(before);
        given().header("If-None-Match", before).get("/api/v1/network").then().statusCode(200);
    }

    /** A read whose ETag is still current answers 304, without a body, from the cache as from the database. */
    @Test
    void aCurrentETagIsStill304() {
        for (String url : List.of(partnerUrl(), eventUrl(), "/api/v1/partners?size=3")) {
            String etag = etag(url);
            for (int i = 0; i < 2; i++) {
                given().header("If-None-Match", etag).get(url).then().statusCode(304).header("ETag", etag);
            }
            given().header("If-None-Match", "W/" + etag + ", \"other\"").get(url).then().statusCode(304);
        }
    }

    private void publish() {
        admin().post(practiceUrl() + "/submission").then().statusCode(200);
        admin().body("{\"decision\": \"publish\"}").post(practiceUrl() + "/review").then().statusCode(200);
    }

    private Map<String, String> etags(List<String> urls) {
        Map<String, String> etags = new LinkedHashMap<>();
        urls.forEach(url -> etags.put(url, etag(url)));
        return etags;
    }

    private static String etag(String url) {
        Response response = given().get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.header("ETag");
    }

    /** Each URL has a new ETag, and its old one is answered with the new representation, not 304. */
    private static void assertAllChanged(Map<String, String> before) {
        before.forEach((url, old) -> {
            Response response = given().header("If-None-Match", old).get(url);
            assertThat(response.statusCode()).as("If-None-Match with the old ETag of " + url).isEqualTo(200);
            assertThat(response.header("ETag")).as(url).isNotEqualTo(old);
        });
    }

    private String eventHost() {
        return given().get(eventUrl()).jsonPath().getString("host.name");
    }

    private String event(String title, boolean twoDelegations) {
        String raska = twoDelegations ? ", {\"country\": \"RS\", \"participants\": 6, \"partners\": [{\"slug\": \"raska\"}]}"
                : "";
        return """
                {"title": {"en": "%s"}, "type": "meeting", "startDate": "2019-05-01", "endDate": "2019-05-02",
                 "host": {"slug": "%s"},
                 "delegations": [{"country": "EE", "participants": 3, "partners": [{"slug": "%s"}]}%s],
                 "programme": [{"date": "2019-05-01", "items": [{"time": "10:00", "title": {"en": "Welcome"}}]}]}
                """.formatted(title, slug, slug, raska);
    }

    private String partnerUrl() {
        return "/api/v1/partners/" + slug;
    }

    private String eventUrl() {
        return "/api/v1/events/" + event;
    }

    private String memorandumUrl() {
        return "/api/v1/memoranda/" + memorandum;
    }

    private String practiceUrl() {
        return "/api/v1/good-practices/" + practice;
    }
}
