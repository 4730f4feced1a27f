package eu.twinning.change;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.partner;
import static eu.twinning.Fixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.twinning.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ChangeFeedTest {

    @Inject
    ChangeLog log;

    @Test
    void aFirstSyncListsEveryPublicResourceWithTheEtagItsReadAnswers() {
        ChangeFeedClient.Sync first = ChangeFeedClient.sync(null, 7);
        assertThat(first.of("network", "network")).hasSize(1);
        assertThat(first.of("partner", "daugavpils")).singleElement()
                .satisfies(change -> assertThat(change).containsEntry("action", "created")
                        .containsEntry("link", "/api/v1/partners/daugavpils")
                        .containsEntry("etag", etagOf("/api/v1/partners/daugavpils")));
        assertThat(first.of("event", "1").get(0).get("etag")).isEqualTo(etagOf("/api/v1/events/1"));
        assertThat(first.changes()).allSatisfy(change -> assertThat(change.get("action")).isNotEqualTo("deleted"));
        // Each resource once, however many times it changed.
        assertThat(first.changes().stream().map(c -> c.get("type") + ":" + c.get("key")).distinct())
                .hasSize(first.changes().size());
        long partners = given().queryParam("size", 1).get("/api/v1/partners").then().extract().jsonPath()
                .getLong("totalItems");
        assertThat(first.changes().stream().filter(c -> c.get("type").equals("partner"))).hasSize((int) partners);
    }

    @Test
    void createsUpdatesAndDeletesFollowInCommitOrderWithTheirNewEtags() {
        String slug = uniqueSlug("feed");
        String since = ChangeFeedClient.now();
        admin().body(partner(slug)).post("/api/v1/partners").then().statusCode(201);
        Map<String, Object> created = ChangeFeedClient.sync(since, 100).of("partner", slug).get(0);
        assertThat(created).containsEntry("action", "created").containsEntry("etag", etagOf("/api/v1/partners/" + slug));

        String afterCreate = ChangeFeedClient.now();
        admin().header("If-Match", created.get("etag")).body(partner(slug).replace("\"participants\": 3",
                "\"participants\": 4")).put("/api/v1/partners/" + slug).then().statusCode(200);
        Map<String, Object> updated = ChangeFeedClient.sync(afterCreate, 100).of("partner", slug).get(0);
        assertThat(updated).containsEntry("action", "updated").containsEntry("etag", etagOf("/api/v1/partners/" + slug));
        assertThat(Instant.parse((String) updated.get("changedAt"))).isAfterOrEqualTo(
                Instant.parse((String) created.get("changedAt")));

        admin().header("If-Match", updated.get("etag")).delete("/api/v1/partners/" + slug).then().statusCode(204);
        ChangeFeedClient.Sync sync = ChangeFeedClient.sync(since, 100);
        // From before it existed, only where it is now: gone.
        assertThat(sync.of("partner", slug)).singleElement().satisfies(tombstone -> assertThat(tombstone)
                .containsEntry("action", "deleted").containsEntry("etag", null)
                .containsEntry("link", "/api/v1/partners/" + slug));
    }

    @Test
    void aRefusedWriteRecordsNoChange() {
        String since = ChangeFeedClient.now();
        admin().header("If-Match", "\"999-all-0000000000000000\"").body(partner("daugavpils"))
                .put("/api/v1/partners/daugavpils").then().statusCode(412);
        admin().body(partner("x").replace("\"EE\"", "\"EST\"")).post("/api/v1/partners").then().statusCode(400);
        assertThat(ChangeFeedClient.sync(since, 100).of("partner", "daugavpils")).isEmpty();
    }

    @Test
    void anonymousReadersSeeDraftsOnlyOnceTheyArePublic() {
        String since = ChangeFeedClient.now();
        String draft = Fixtures.memorandum("Draft for the feed").replace("\"signed\"", "\"draft\"");
        var response = admin().body(draft).post("/api/v1/memoranda").then().statusCode(201).extract();
        String id = response.jsonPath().getString("id");
        assertThat(ChangeFeedClient.sync(since, 100).of("memorandum", id)).isEmpty();

        admin().header("If-Match", response.header("ETag")).body(Fixtures.memorandum("Draft for the feed"))
                .put("/api/v1/memoranda/" + id).then().statusCode(200);
        assertThat(ChangeFeedClient.sync(since, 100).of("memorandum", id)).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("action", "created"));

        String signed = ChangeFeedClient.now();
        admin().header("If-Match", etagOfAdmin("/api/v1/memoranda/" + id)).body(draft).put("/api/v1/memoranda/" + id)
                .then().statusCode(200);
        assertThat(ChangeFeedClient.sync(signed, 100).of("memorandum", id)).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("action", "deleted"));
        admin().header("If-Match", etagOfAdmin("/api/v1/memoranda/" + id)).delete("/api/v1/memoranda/" + id).then()
                .statusCode(204);
    }

    @Test
    void whatShowsAPartnerChangesWithItAndARenamedSlugLeavesATombstone() {
        String slug = uniqueSlug("host");
        admin().body(partner(slug)).post("/api/v1/partners").then().statusCode(201);
        String event = admin().body(Fixtures.event("Hosted for the feed").replace("\"host\": {\"slug\": \"raska\"}",
                "\"host\": {\"slug\": \"" + slug + "\"}")).post("/api/v1/events").then().statusCode(201).extract()
                .jsonPath().getString("id");
        String since = ChangeFeedClient.now();
        String renamed = uniqueSlug("renamed");
        admin().header("If-Match", etagOf("/api/v1/partners/" + slug)).body(partner(renamed))
                .put("/api/v1/partners/" + slug).then().statusCode(200);

        ChangeFeedClient.Sync sync = ChangeFeedClient.sync(since, 100);
        assertThat(sync.of("partner", slug)).singleElement().satisfies(c -> assertThat(c).containsEntry("action", "deleted"));
        assertThat(sync.of("partner", renamed)).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("action", "created").containsEntry("etag", etagOf("/api/v1/partners/" + renamed)));
        // The event shows its host's slug and name: its bytes, and so its ETag, changed.
        assertThat(sync.of("event", event)).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("action", "updated").containsEntry("etag", etagOf("/api/v1/events/" + event)));
        // A new country among the partners shows in the network.
        assertThat(sync.of("network", "network")).allSatisfy(c -> assertThat(c.get("etag"))
                .isEqualTo(etagOf("/api/v1/network")));
        admin().header("If-Match", etagOf("/api/v1/events/" + event)).delete("/api/v1/events/" + event).then()
                .statusCode(204);
    }

    @Test
    void aCursorFromBeforeAPrunedTombstoneIsGoneAndSaysToSyncFromScratch() {
        String slug = uniqueSlug("pruned");
        admin().body(partner(slug)).post("/api/v1/partners").then().statusCode(201);
        String before = ChangeFeedClient.now();
        admin().header("If-Match", etagOf("/api/v1/partners/" + slug)).delete("/api/v1/partners/" + slug)
                .then().statusCode(204);
        String after = ChangeFeedClient.now();

        assertThat(log.prune(Instant.now().plus(1, ChronoUnit.MINUTES))).isPositive();

        given().queryParam("since", before).get("/api/v1/changes").then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:twinning:problem:sync-expired"))
                .body("detail", containsString("sync from scratch"));
        given().queryParam("since", after).get("/api/v1/changes").then().statusCode(200);
        // A first sync still lists everything there is.
        assertThat(ChangeFeedClient.sync(null, 100).of("partner", "daugavpils")).hasSize(1);
    }

    @Test
    void anImportStartsTheFeedAgain() {
        String before = ChangeFeedClient.now();
        String export = admin().get("/api/v1/network/export").then().statusCode(200).extract().asString();
        admin().body(export).post("/api/v1/network/import").then().statusCode(200);

        given().queryParam("since", before).get("/api/v1/changes").then().statusCode(410)
                .body("type", equalTo("urn:twinning:problem:sync-expired"));
        ChangeFeedClient.Sync first = ChangeFeedClient.sync(null, 100);
        assertThat(first.of("partner", "daugavpils")).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("action", "created").containsEntry("etag", etagOf("/api/v1/partners/daugavpils")));
        assertThat(first.of("network", "network")).hasSize(1);
    }

    @Test
    void aCursorThisApiDidNotGiveAndABadLimitAreRefused() {
        for (String since : List.of("abc", cursor("v2:1:1"), cursor("v1:-1:0"), cursor("v1:1"), "x".repeat(61))) {
            given().queryParam("since", since).get("/api/v1/changes").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("since"));
        }
        for (String limit : List.of("0", "501", "ten")) {
            given().queryParam("limit", limit).get("/api/v1/changes").then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
        }
    }

    @Test
    void listsTakeUpdatedSince() {
        Instant before = Instant.now().minusSeconds(1);
        String slug = uniqueSlug("since");
        admin().body(partner(slug)).post("/api/v1/partners").then().statusCode(201);
        Instant after = Instant.now().plusSeconds(1);
        assertThat(given().queryParam("updatedSince", before.toString()).queryParam("size", 100)
                .get("/api/v1/partners").then().statusCode(200).extract().jsonPath().getList("items.slug"))
                .contains(slug).doesNotContain("daugavpils");
        for (String list : List.of("partners", "events", "memoranda", "good-practices")) {
            given().queryParam("updatedSince", after.toString()).get("/api/v1/" + list).then().statusCode(200)
                    .body("totalItems", equalTo(0));
            given().queryParam("updatedSince", "yesterday").get("/api/v1/" + list).then().statusCode(400)
                    .body("errors[0].field", equalTo("updatedSince"));
        }
    }

    private static String cursor(String text) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes());
    }

    static String etagOf(String path) {
        return given().queryParam("lang", "*").get(path).then().statusCode(200).extract().header("ETag");
    }

    private static String etagOfAdmin(String path) {
        return admin().queryParam("lang", "*").get(path).then().statusCode(200).extract().header("ETag");
    }
}
