package eu.twinning.http;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.partner;
import static eu.twinning.Fixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.isEmptyString;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** ETags, 304, 412, and concurrent writes that never overwrite each other silently. */
@QuarkusTest
class ConditionalRequestsTest {

    private static String created() {
        String slug = uniqueSlug("etag");
        admin().body(partner(slug)).post("/api/v1/partners").then().statusCode(201);
        return slug;
    }

    @Test
    void aReadCarriesAnETagPerLanguageAndAnswers304WhileCurrent() {
        String slug = created();
        String en = given().get("/api/v1/partners/" + slug).then().statusCode(200).extract().header("ETag");
        String lv = given().queryParam("lang", "lv").get("/api/v1/partners/" + slug).then().extract().header("ETag");
        assertThat(en).matches("\"\\d+-en-[0-9a-f]{16}\"");
        assertThat(lv).isNotEqualTo(en);
        given().header("If-None-Match", en).get("/api/v1/partners/" + slug).then().statusCode(304)
                .header("ETag", en).body(isEmptyString());
        given().header("If-None-Match", lv).get("/api/v1/partners/" + slug).then().statusCode(200);
        given().get("/api/v1/network").then().header("ETag", not(isEmptyString()));
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        String slug = created();
        String etag = given().get("/api/v1/partners/" + slug).then().extract().header("ETag");
        String next = admin().header("If-Match", etag).body(partner(slug).replace("\"participants\": 3",
                "\"participants\": 4")).put("/api/v1/partners/" + slug).then().statusCode(200)
                .extract().header("ETag");
        assertThat(next).isNotEqualTo(etag);

        admin().header("If-Match", etag).body(partner(slug).replace("\"participants\": 3", "\"participants\": 5"))
                .put("/api/v1/partners/" + slug).then().statusCode(412)
                .contentType("application/problem+json");
        admin().header("If-Match", etag).delete("/api/v1/partners/" + slug).then().statusCode(412);
        given().get("/api/v1/partners/" + slug).then().statusCode(200).body("participants", equalTo(4));
        admin().header("If-Match", "W/" + next).delete("/api/v1/partners/" + slug).then().statusCode(412);
        admin().header("If-Match", next).delete("/api/v1/partners/" + slug).then().statusCode(204);
    }

    @Test
    void theProgrammeAloneChangingStillMovesTheETag() {
        long id = admin().body(eu.twinning.Fixtures.event("Versioned")).post("/api/v1/events").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String before = given().get("/api/v1/events/" + id).then().extract().header("ETag");
        admin().body(eu.twinning.Fixtures.event("Versioned").replace("Workshop", "Plenary"))
                .put("/api/v1/events/" + id).then().statusCode(200);
        given().header("If-None-Match", before).get("/api/v1/events/" + id).then().statusCode(200);
    }

    @Test
    void concurrentWritesEndInSuccessesOrConflictsAndEachSuccessIsAVersion() throws Exception {
        String slug = created();
        long before = auditedUpdates(slug);
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String body = partner(slug).replace("\"participants\": 3", "\"participants\": " + (10 + i));
            statuses.add(pool.submit(() -> {
                start.await();
                return admin().body(body).put("/api/v1/partners/" + slug).statusCode();
            }));
        }
        start.countDown();
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            results.add(status.get());
        }
        pool.shutdown();
        assertThat(results).allMatch(s -> s == 200 || s == 409).contains(200);
        // Every success is one committed version with its audit entry; none was overwritten unseen.
        assertThat(auditedUpdates(slug) - before).isEqualTo(results.stream().filter(s -> s == 200).count());
    }

    private static long auditedUpdates(String slug) {
        return admin().queryParam("resourceType", "partner").queryParam("resourceKey", slug).get("/api/v1/audit-entries")
                .then().extract().jsonPath().getList("items.action").stream().filter("update"::equals).count();
    }
}
