package eu.twinning.partner;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.partner;
import static eu.twinning.Fixtures.uniqueSlug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PartnerResourceTest {

    @Test
    void readsTheSeededLeadPartnerInEnglish() {
        given().get("/api/v1/partners/daugavpils").then().statusCode(200)
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"))
                .body("slug", equalTo("daugavpils"))
                .body("country", equalTo("LV"))
                .body("role", equalTo("lead"))
                .body("kind", equalTo("city"))
                .body("name", equalTo("Daugavpils"))
                .body("participants", equalTo(102))
                .body("coordinates.latitude", not(nullValue()));
    }

    @Test
    void leavesUnknownFactsEmpty() {
        given().get("/api/v1/partners/vilnius").then().statusCode(200)
                .body("role", nullValue())
                .body("participants", nullValue());
        given().get("/api/v1/partners/anhalt-bitterfeld").then().statusCode(200)
                .body("kind", equalTo("district"))
                .body("participants", equalTo(2));
    }

    @Test
    void answersInTheLanguageAskedForAndFallsBackToEnglish() {
        given().header("Accept-Language", "sr, en;q=0.5").get("/api/v1/partners/raska").then().statusCode(200)
                .header("Content-Language", "sr")
                .body("name", equalTo("Рашка"));
        given().queryParam("lang", "lv").get("/api/v1/partners/warsaw").then().statusCode(200)
                .header("Content-Language", "lv")
                .body("name", equalTo("Varšava"));
        // No Swedish exonym for Kraków: the English name
        given().queryParam("lang", "sv").get("/api/v1/partners/krakow").then().statusCode(200)
                .header("Content-Language", "sv")
                .body("name", equalTo("Kraków"));
        given().queryParam("lang", "lv").header("Accept-Language", "pl").get("/api/v1/partners/warsaw")
                .then().header("Content-Language", "lv");
    }

    @Test
    void everyPartnerHasItsLatvianNameAndTheOtherLanguagesExonyms() {
        Map<String, String> latvian = Map.ofEntries(Map.entry("daugavpils", "Daugavpils"), Map.entry("raska", "Raška"),
                Map.entry("panevezys", "Panevēža"), Map.entry("utena", "Utena"), Map.entry("vilnius", "Viļņa"),
                Map.entry("lodz", "Lodza"), Map.entry("warsaw", "Varšava"), Map.entry("krakow", "Krakova"),
                Map.entry("anhalt-bitterfeld", "Anhalt-Bitterfeld apriņķis"), Map.entry("vanersborg", "Venersborga"),
                Map.entry("san-benedetto-del-tronto", "San Benedetto del Tronto"));
        latvian.forEach((slug, name) -> given().queryParam("lang", "lv").get("/api/v1/partners/" + slug).then()
                .statusCode(200).body("name", equalTo(name)));
        given().queryParam("lang", "pl").get("/api/v1/partners/vilnius").then().body("name", equalTo("Wilno"));
        given().queryParam("lang", "lt").get("/api/v1/partners/daugavpils").then().body("name", equalTo("Daugpilis"));
        given().queryParam("lang", "de").get("/api/v1/partners/warsaw").then().body("name", equalTo("Warschau"));
        given().queryParam("lang", "it").get("/api/v1/partners/krakow").then().body("name", equalTo("Cracovia"));
        given().queryParam("lang", "sr").get("/api/v1/partners/vilnius").then().body("name", equalTo("Вилњус"));
    }

    @Test
    void allLanguagesComeBackAsObjectsWithoutContentLanguage() {
        given().queryParam("lang", "*").get("/api/v1/partners/warsaw").then().statusCode(200)
                .header("Content-Language", nullValue())
                .body("name.en", equalTo("Warsaw"))
                .body("name.pl", equalTo("Warszawa"));
    }

    @Test
    void listsPagesWithTotalsAndLinkHeaders() {
        given().queryParam("size", 4).queryParam("page", 1).get("/api/v1/partners").then().statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(4))
                .body("items.size()", equalTo(4))
                .header("Link", containsString("page=2>; rel=\"next\""))
                .header("Link", containsString("page=0>; rel=\"prev\""))
                .header("Link", containsString("rel=\"last\""));
        given().queryParam("size", 100).get("/api/v1/partners").then().statusCode(200)
                .body("totalPages", equalTo(1))
                .header("Link", not(containsString("rel=\"next\"")))
                .header("Link", not(containsString("rel=\"prev\"")));
    }

    @Test
    void filtersByCountryAndRole() {
        given().queryParam("country", "lt").get("/api/v1/partners").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.slug", contains("panevezys", "utena", "vilnius"));
        given().queryParam("role", "visiting").get("/api/v1/partners").then().statusCode(200)
                .body("items.slug", contains("san-benedetto-del-tronto"));
        given().queryParam("kind", "district").get("/api/v1/partners").then().statusCode(200)
                .body("items.slug", contains("anhalt-bitterfeld"));
        given().queryParam("country", "PL").queryParam("role", "lead").get("/api/v1/partners").then()
                .statusCode(200).body("totalItems", equalTo(0)).body("totalPages", equalTo(0));
    }

    @Test
    void searchesAcrossLanguagesIgnoringAccents() {
        // Łódź's own name, and the descriptions of the Polish cities that name it
        given().queryParam("q", "lodz").get("/api/v1/partners").then().statusCode(200)
                .body("items.slug", hasItems("lodz"))
                .body("items.country", everyItem(equalTo("PL")));
        given().queryParam("q", "RASKA").get("/api/v1/partners").then().statusCode(200)
                .body("items.slug", hasItems("raska"))
                .body("items.slug", not(hasItems("vilnius")));
        given().queryParam("q", "Рашка").get("/api/v1/partners").then().statusCode(200)
                .body("items.slug", contains("raska"));
    }

    /** The seed's eleven in the order of each language's names and collation. */
    @Test
    void sortsByNameInTheReadersLanguage() {
        assertThat(seedOrder("lv", null)).containsExactly("anhalt-bitterfeld", "daugavpils",
                "krakow", "lodz", "panevezys", "raska", "san-benedetto-del-tronto", "utena", "warsaw", "vanersborg",
                "vilnius");
        assertThat(seedOrder(null, "lv")).isEqualTo(seedOrder("lv", null));
        List<String> english = List.of("anhalt-bitterfeld", "daugavpils", "krakow", "lodz", "panevezys", "raska",
                "san-benedetto-del-tronto", "utena", "vanersborg", "vilnius", "warsaw");
        assertThat(seedOrder(null, null)).isEqualTo(english);
        assertThat(seedOrder("*", null)).as("all languages: the fallback's order")
                .isEqualTo(english);
    }

    /** In Latvian, Č, Š and Ž are letters of their own, after C, S and Z; elsewhere they sort with them. */
    @Test
    void sortsByTheCollationOfTheReadersLanguage() {
        String run = "coll" + uniqueSlug("x").substring(2);
        List<String> names = List.of("Zilupe", "Šauļi", "Cīrava", "Žagare", "Sigulda", "Čapāni");
        for (String name : names) {
            String slug = run + "-" + names.indexOf(name);
            admin().body(partner(slug).replace("\"Tartu " + slug + "\", \"et\": \"Tartu\"", "\"" + name + "\"")
                    .replace("A test partner", "Collation test " + run)).post("/api/v1/partners").then().statusCode(201);
        }
        assertThat(namesInOrder(run, "lv", "name")).containsExactly("Cīrava", "Čapāni", "Sigulda", "Šauļi", "Zilupe",
                "Žagare");
        assertThat(namesInOrder(run, "lv", "-name")).containsExactly("Žagare", "Zilupe", "Šauļi", "Sigulda", "Čapāni",
                "Cīrava");
        assertThat(namesInOrder(run, "en", "name")).containsExactly("Čapāni", "Cīrava", "Šauļi", "Sigulda", "Žagare",
                "Zilupe");
    }

    private static List<String> namesInOrder(String run, String lang, String sort) {
        return given().queryParam("q", run).queryParam("lang", lang).queryParam("sort", sort).get("/api/v1/partners")
                .then().statusCode(200).extract().jsonPath().getList("items.name", String.class);
    }

    private static List<String> seedOrder(String lang, String acceptLanguage) {
        Set<String> seed = Set.of("daugavpils", "raska", "panevezys", "utena", "vilnius", "lodz", "warsaw", "krakow",
                "anhalt-bitterfeld", "vanersborg", "san-benedetto-del-tronto");
        List<String> order = new ArrayList<>();
        for (int page = 0, pages = 1; page < pages; page++) {
            var request = given().queryParam("size", 100);
            if (lang != null) {
                request.queryParam("lang", lang);
            }
            if (acceptLanguage != null) {
                request.header("Accept-Language", acceptLanguage);
            }
            var answer = request.queryParam("page", page).get("/api/v1/partners").then()
                    .statusCode(200).extract().jsonPath();
            pages = answer.getInt("totalPages");
            answer.getList("items.slug", String.class).stream().filter(seed::contains).forEach(order::add);
        }
        return order;
    }

    @Test
    void sortsByCountryDescending() {
        given().queryParam("sort", "-country,name").queryParam("size", 100).get("/api/v1/partners").then()
                .statusCode(200)
                .body("items[0].country", equalTo("SE"))
                .body("items.country", hasItems("LV", "RS", "IT"));
    }

    @Test
    void createsReadsUpdatesAndDeletesAPartner() {
        String slug = uniqueSlug("tartu");
        admin().body(partner(slug)).post("/api/v1/partners").then().statusCode(201)
                .header("Location", containsString("/api/v1/partners/" + slug))
                .body("name", equalTo("Tartu " + slug));
        given().queryParam("lang", "*").get("/api/v1/partners/" + slug).then().statusCode(200)
                .body("name.et", equalTo("Tartu"))
                .body("website", equalTo("https://www.tartu.ee"));

        String renamed = slug + "-x";
        admin().body(partner(renamed).replace("\"participants\": 3", "\"participants\": 7"))
                .put("/api/v1/partners/" + slug).then().statusCode(200)
                .body("slug", equalTo(renamed)).body("participants", equalTo(7));
        given().get("/api/v1/partners/" + slug).then().statusCode(404);

        admin().delete("/api/v1/partners/" + renamed).then().statusCode(204);
        given().get("/api/v1/partners/" + renamed).then().statusCode(404);
    }

    @Test
    void aReadWithAllLanguagesCanBeWrittenBackUnchanged() {
        String slug = uniqueSlug("roundtrip");
        admin().body(partner(slug)).post("/api/v1/partners").then().statusCode(201);
        String read = given().queryParam("lang", "*").get("/api/v1/partners/" + slug).asString();
        admin().body(read).put("/api/v1/partners/" + slug).then().statusCode(200);
        given().queryParam("lang", "*").get("/api/v1/partners/" + slug).then()
                .body("description.lv", equalTo("Testa partneris"));
    }

    @Test
    void refusesADuplicateSlugAndADeleteOfAReferencedPartner() {
        admin().body(partner("raska")).post("/api/v1/partners").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("raska"));
        admin().delete("/api/v1/partners/raska").then().statusCode(409)
                .contentType("application/problem+json");
        given().get("/api/v1/partners/raska").then().statusCode(200);
    }

    @Test
    void everyListedPartnerHasEnglishName() {
        given().queryParam("size", 100).get("/api/v1/partners").then().statusCode(200)
                .body("items.name", everyItem(not(nullValue())));
    }
}
