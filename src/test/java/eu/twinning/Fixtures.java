package eu.twinning;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Shared test data: the admin credential and bodies that tests vary. */
public final class Fixtures {

    /** Set for the test profile in application.properties. */
    public static final String ADMIN_TOKEN = "test-admin-token";

    private Fixtures() {
    }

    public static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + ADMIN_TOKEN).contentType(ContentType.JSON);
    }

    /** A new token of a role (editors: of the partner with this slug), issued by the admin. */
    public static String token(String role, String partnerSlug) {
        String partner = partnerSlug == null ? "" : ", \"partner\": {\"slug\": \"" + partnerSlug + "\"}";
        return admin().body("{\"name\": \"test " + role + "\", \"role\": \"" + role + "\"" + partner + "}")
                .post("/api/v1/tokens").then().statusCode(201).extract().jsonPath().getString("token");
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String partner(String slug) {
        return """
                {"slug": "%s", "country": "EE", "role": "partner", "kind": "city",
                 "name": {"en": "Tartu %s", "et": "Tartu"}, "localName": "Tartu",
                 "description": {"en": "A test partner", "lv": "Testa partneris"},
                 "coordinates": {"latitude": 58.3780, "longitude": 26.7290},
                 "website": "https://www.tartu.ee", "participants": 3}
                """.formatted(slug, slug);
    }

    public static String event(String title) {
        return """
                {"title": {"en": "%s", "lv": "Tikšanās"}, "type": "meeting",
                 "startDate": "2019-05-01", "endDate": "2019-05-02",
                 "venue": {"en": "Raška, Serbia"}, "host": {"slug": "raska"}, "totalParticipants": 40,
                 "delegations": [{"country": "RS", "participants": 30, "partners": [{"slug": "raska"}]},
                                 {"country": "LV", "participants": 10, "partners": [{"slug": "daugavpils"}]}],
                 "programme": [
                   {"date": "2019-05-01", "title": {"en": "Arrival"},
                    "items": [{"time": "10:00", "title": {"en": "Welcome", "lv": "Sveiciens"}, "place": {"en": "Town hall"}},
                              {"title": {"en": "Dinner"}}]},
                   {"date": "2019-05-02", "items": [{"time": "09:30", "title": {"en": "Workshop"}}]}]}
                """.formatted(title);
    }

    public static String memorandum(String title) {
        return """
                {"title": {"en": "%s"}, "status": "signed", "signedOn": "2019-05-01",
                 "signedPlace": {"en": "Raška"}, "signatories": [{"slug": "raska"}, {"slug": "vanersborg"}],
                 "areas": ["youth", "art_and_culture"]}
                """.formatted(title);
    }

    public static String goodPractice(String title) {
        return """
                {"partner": {"slug": "vanersborg"}, "title": {"en": "%s", "sv": "Exempel"},
                 "summary": {"en": "How a youth council works"}, "body": {"en": "Long text"},
                 "themes": ["youth", "citizenship"],
                 "links": [{"title": {"en": "Report"}, "url": "https://example.org/report"}]}
                """.formatted(title);
    }
}
