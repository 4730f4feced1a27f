package eu.twinning.persistence;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import db.migration.V11__Json_columns;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Texts are JSON columns, and what the API serializes from them does not depend on the order in
 * which the database keeps an object's keys (PostgreSQL's jsonb has one of its own): the answer to
 * a write is the bytes, and the ETag, of every later read of what it stored.
 */
@QuarkusTest
class JsonColumnsTest {

    /** Keys in an order that is neither sorted nor jsonb's (shorter keys first). */
    private static final String NAME = """
            {"sv": "Göteborg", "sr-Latn": "Geteborg", "lv": "Gēteborga", "en": "Gothenburg", "de": "Göteborg"}""";

    @Inject
    EntityManager em;

    @Test
    void aPartnerReadsBackAsItsWriteAnsweredIt() {
        String slug = uniqueSlug("goteborg");
        Response created = admin().queryParam("lang", "*").body("""
                {"slug": "%s", "country": "SE", "kind": "city", "name": %s,
                 "description": {"sv": "Hamnstad", "en": "A port", "de": "Hafenstadt"}}
                """.formatted(slug, NAME)).post("/api/v1/partners");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        assertReadBack("/api/v1/partners/" + slug + "?lang=*", created);
        assertThat(created.asString()).contains("\"name\":{\"de\":\"Göteborg\",\"en\":\"Gothenburg\",\"lv\":");

        Response updated = admin().queryParam("lang", "*").body(created.asString().replace("A port", "A harbour"))
                .put("/api/v1/partners/" + slug);
        assertThat(updated.statusCode()).as(updated.asString()).isEqualTo(200);
        assertReadBack("/api/v1/partners/" + slug + "?lang=*", updated);
    }

    @Test
    void anEventAndTheNetworkReadBackAsTheirWritesAnsweredThem() {
        Response event = admin().queryParam("lang", "*").body("""
                {"title": %s, "type": "visit", "startDate": "2019-06-01", "endDate": "2019-06-01",
                 "programme": [{"date": "2019-06-01", "title": %s, "items": [{"title": %s, "place": %s}]}]}
                """.formatted(NAME, NAME, NAME, NAME)).post("/api/v1/events");
        assertThat(event.statusCode()).as(event.asString()).isEqualTo(201);
        assertReadBack("/api/v1/events/" + event.jsonPath().getLong("id") + "?lang=*", event);

        String network = given().queryParam("lang", "*").get("/api/v1/network").asString();
        try {
            Response written = admin().queryParam("lang", "*")
                    .body(network.replaceFirst("\"name\":\\{[^}]*}", "\"name\":" + NAME.replace("\n", "")))
                    .put("/api/v1/network");
            assertThat(written.statusCode()).as(written.asString()).isEqualTo(200);
            assertThat(written.asString()).contains("Gothenburg");
            assertReadBack("/api/v1/network?lang=*", written);
        } finally {
            admin().body(network).put("/api/v1/network").then().statusCode(200);
        }
    }

    /** What Hibernate writes is a JSON object (an array for links), never a JSON string holding JSON text. */
    @Test
    void everyStoredValueIsAJsonObjectOrArray() {
        admin().body(eu.twinning.Fixtures.goodPractice("Stored as JSON")).post("/api/v1/good-practices").then()
                .statusCode(201);
        for (var column : V11__Json_columns.COLUMNS) {
            String where = column.name() + " IS NOT NULL AND NOT "
                    + JsonColumnsMigrationTest.isJson(column.name(), column.jsonType());
            List<?> wrong = em.createNativeQuery("SELECT id FROM " + column.table() + " WHERE " + where).getResultList();
            assertThat(wrong).as(column.toString()).isEmpty();
        }
        Number links = (Number) em.createNativeQuery("SELECT COUNT(*) FROM good_practice WHERE "
                + JsonColumnsMigrationTest.isJson("links", "array")).getSingleResult();
        assertThat(links.longValue()).isPositive();
    }

    private static void assertReadBack(String url, Response written) {
        Response read = given().get(url);
        assertThat(read.asString()).isEqualTo(written.asString());
        assertThat(read.header("ETag")).isEqualTo(written.header("ETag"));
    }
}
