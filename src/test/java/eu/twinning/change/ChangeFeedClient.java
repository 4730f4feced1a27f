package eu.twinning.change;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** A client of the change feed as an integrator writes one: follows next while hasMore. */
public final class ChangeFeedClient {

    /** What one sync read: the changes, and the cursor to keep. */
    public record Sync(List<Map<String, Object>> changes, String cursor) {

        public List<Map<String, Object>> of(String type, String key) {
            return changes.stream().filter(c -> c.get("type").equals(type) && c.get("key").equals(key)).toList();
        }
    }

    private ChangeFeedClient() {
    }

    /** A first sync (since null) or the changes after a cursor, in pages of this size. */
    public static Sync sync(String since, int limit) {
        List<Map<String, Object>> changes = new ArrayList<>();
        String cursor = since;
        boolean more = true;
        while (more) {
            var request = given().queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("since", cursor);
            }
            JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            changes.addAll(page.getList("items"));
            cursor = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        return new Sync(changes, cursor);
    }

    /** The cursor of now: after a first sync. */
    public static String now() {
        return sync(null, 500).cursor();
    }
}
