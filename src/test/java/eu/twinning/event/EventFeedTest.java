package eu.twinning.event;

import static eu.twinning.Fixtures.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;

import eu.twinning.feed.AtomRules;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** GET /api/v1/events.atom: valid Atom (RFC 4287) as ROME reads it, with the seed's meeting in it. */
@QuarkusTest
class EventFeedTest {

    private static final String FEED = "/api/v1/events.atom";

    @Test
    void theSeedMeetingIsAnEntryInTheReadersLanguage() throws Exception {
        Response response = read(given().queryParam("lang", "lv"));
        response.then().header("Content-Language", "lv");
        Feed feed = AtomRules.parse(response.asByteArray());
        assertThat(AtomRules.language(AtomRules.document(response.asByteArray()).getDocumentElement())).isEqualTo("lv");
        assertThat(feed.getTitleEx().getValue()).isEqualTo("TTChan: Pasākumi");
        assertThat(feed.getId()).isEqualTo("tag:localhost,2026:events.atom?lang=lv");
        assertThat(feed.getAuthors().get(0).getName()).isEqualTo("Pašvaldību sadarbība kā Eiropas solidaritātes kanāls");
        assertThat(feed.getAuthors().get(0).getUri()).endsWith("/api/v1/network");
        Entry meeting = entry(feed, "tag:localhost,2026:event-1");
        assertThat(meeting.getTitleEx().getValue()).isEqualTo("TTChan starptautiskā tikšanās Daugavpilī");
        assertThat(meeting.getSummary().getValue()).startsWith("Daugavpils pilsētas dome kā vadošais partneris");
        assertThat(meeting.getCategories()).extracting(c -> c.getTerm()).containsExactly("meeting");
        // updated is the event's updatedAt; the links lead to the event in JSON, JSON-LD and iCalendar.
        Link json = meeting.getAlternateLinks().stream().filter(l -> l.getType().equals("application/json"))
                .findFirst().orElseThrow();
        assertThat(json.getHref()).endsWith("/api/v1/events/1?lang=lv");
        String updatedAt = given().get(json.getHref()).then().statusCode(200).body("title",
                equalTo("TTChan starptautiskā tikšanās Daugavpilī")).extract().path("updatedAt");
        assertThat(meeting.getUpdated().toInstant()).isEqualTo(Instant.parse(updatedAt).truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS));
        assertThat(meeting.getAlternateLinks()).extracting(Link::getType)
                .containsExactlyInAnyOrder("application/json", "application/ld+json", "text/calendar");
        assertThat(feed.getUpdated()).isAfterOrEqualTo(meeting.getUpdated());
        // The feed links to itself and to the same list in JSON.
        assertThat(feed.getOtherLinks().get(0).getHref()).endsWith(FEED + "?lang=lv");
        assertThat(feed.getAlternateLinks().get(0).getHref()).endsWith("/api/v1/events?lang=lv");

        Feed english = AtomRules.parse(read(given()).asByteArray());
        assertThat(english.getTitleEx().getValue()).isEqualTo("TTChan: Events");
        assertThat(entry(english, "tag:localhost,2026:event-1").getTitleEx().getValue())
                .isEqualTo("TTChan international meeting in Daugavpils");
        Feed byHeader = AtomRules.parse(read(given().header("Accept-Language", "lv-LV,lv;q=0.9")).asByteArray());
        assertThat(entry(byHeader, "tag:localhost,2026:event-1").getTitleEx().getValue())
                .isEqualTo("TTChan starptautiskā tikšanās Daugavpilī");
    }

    @Test
    void aTextMissingInTheLanguageSaysItsOwn() throws Exception {
        // The fixture's event has a Latvian title, but no description in Latvian: its English one is tagged en.
        long id = admin().body(eu.twinning.Fixtures.event("Feed languages").replace("\"type\"",
                "\"description\": {\"en\": \"Only in English\"}, \"type\""))
                .post("/api/v1/events").then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] xml = read(given().queryParam("lang", "lv")).asByteArray();
        Entry entry = entry(AtomRules.parse(xml), "tag:localhost,2026:event-" + id);
        assertThat(entry.getTitleEx().getValue()).isEqualTo("Tikšanās");
        assertThat(entry.getSummary().getValue()).isEqualTo("Only in English");
        var summaries = AtomRules.document(xml).getElementsByTagNameNS(AtomRules.ATOM, "summary");
        boolean tagged = false;
        for (int i = 0; i < summaries.getLength(); i++) {
            Element summary = (Element) summaries.item(i);
            if (summary.getTextContent().equals("Only in English")) {
                assertThat(AtomRules.language(summary)).isEqualTo("en");
                tagged = true;
            }
        }
        assertThat(tagged).isTrue();
        admin().delete("/api/v1/events/" + id).then().statusCode(204);
    }

    @Test
    void idsStayTheSameAcrossReadsLanguagesAndWrites() throws Exception {
        List<String> english = ids(AtomRules.parse(read(given()).asByteArray()));
        List<String> latvian = ids(AtomRules.parse(read(given().queryParam("lang", "lv")).asByteArray()));
        assertThat(latvian).isEqualTo(english);
        String etag = given().get(FEED).then().statusCode(200).extract().header("ETag");
        long id = admin().body(eu.twinning.Fixtures.event("Feed entry")).post("/api/v1/events").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Response after = given().header("If-None-Match", etag).get(FEED);
        after.then().statusCode(200);
        assertThat(ids(AtomRules.parse(after.asByteArray()))).containsAll(english).contains("tag:localhost,2026:event-" + id);
        String changed = after.header("ETag");
        given().header("If-None-Match", changed).get(FEED).then().statusCode(304);
        admin().delete("/api/v1/events/" + id).then().statusCode(204);
        assertThat(ids(AtomRules.parse(read(given()).asByteArray()))).isEqualTo(english);
    }

    @Test
    void takesTheListsFiltersAndOneLanguage() throws Exception {
        assertThat(ids(AtomRules.parse(read(given().queryParam("to", "2018-11-07")).asByteArray())))
                .doesNotContain("tag:localhost,2026:event-1");
        Feed raska = AtomRules.parse(read(given().queryParam("partner", "raska").queryParam("type", "meeting"))
                .asByteArray());
        assertThat(ids(raska)).contains("tag:localhost,2026:event-1");
        assertThat(raska.getId()).isEqualTo("tag:localhost,2026:events.atom?lang=en&partner=raska&type=meeting");
        given().queryParam("lang", "*").get(FEED).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("lang"));
        given().queryParam("from", "9 November").get(FEED).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("from"));
        given().accept("application/json").get(FEED).then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
    }

    private static Response read(io.restassured.specification.RequestSpecification request) {
        Response response = request.get(FEED);
        response.then().statusCode(200).contentType(startsWith("application/atom+xml"));
        return response;
    }

    private static Entry entry(Feed feed, String id) {
        return feed.getEntries().stream().filter(e -> e.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + id));
    }

    private static List<String> ids(Feed feed) {
        return feed.getEntries().stream().map(Entry::getId).toList();
    }
}
