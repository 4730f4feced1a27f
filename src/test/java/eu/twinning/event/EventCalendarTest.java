package eu.twinning.event;

import static eu.twinning.Fixtures.admin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.RawProperty;
import biweekly.util.DateTimeComponents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The events as iCalendar (RFC 5545), read back with another implementation (biweekly) than the
 * one that wrote them (ical4j), as a calendar app would read them.
 */
@QuarkusTest
class EventCalendarTest {

    private static final String SEED = "/api/v1/events/1.ics";
    private static final String FEED = "/api/v1/events.ics";

    @Test
    void theSeedEventIsAnAllDayEventOverItsDates() {
        Response response = given().queryParam("lang", "lv").get(SEED);
        response.then().statusCode(200).contentType(startsWith("text/calendar")).header("Content-Language", "lv");
        assertThat(response.contentType()).containsIgnoringCase("charset=utf-8");
        ICalendar calendar = parse(response);
        // The sources give no times, for the meeting or for any item of its programme: one all-day event.
        assertThat(calendar.getEvents()).hasSize(1);
        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getUid().getValue()).isEqualTo("event-1@localhost");
        assertThat(event.getDateStart().getValue().hasTime()).as("VALUE=DATE").isFalse();
        assertThat(local(event.getDateStart().getValue().getRawComponents())).isEqualTo("2018-11-08");
        assertThat(event.getDateEnd().getValue().hasTime()).isFalse();
        assertThat(local(event.getDateEnd().getValue().getRawComponents())).as("exclusive: the day after the last")
                .isEqualTo("2018-11-13");
        assertThat(event.getSummary().getValue()).isEqualTo("TTChan starptautiskā tikšanās Daugavpilī");
        assertThat(event.getLocation().getValue()).isEqualTo("Daugavpils, Latvija");
        assertThat(event.getDescription().getValue()).startsWith("Daugavpils pilsētas dome kā vadošais partneris");
        // URL: the event in JSON; DTSTAMP: when it last changed.
        String url = event.getUrl().getValue();
        assertThat(url).endsWith("/api/v1/events/1");
        String updatedAt = given().get(url).then().statusCode(200).extract().path("updatedAt");
        assertThat(event.getDateTimeStamp().getValue().toInstant())
                .isEqualTo(Instant.parse(updatedAt).truncatedTo(ChronoUnit.SECONDS));
        // Daugavpils is in Latvia: the calendar's zone is Riga's, with its definition.
        assertThat(experimental(calendar, "X-WR-TIMEZONE")).isEqualTo("Europe/Riga");
        assertThat(calendar.getTimezoneInfo().getComponents()).extracting(tz -> tz.getTimezoneId().getValue())
                .containsExactly("Europe/Riga");
        assertThat(experimental(calendar, "X-WR-CALNAME")).isEqualTo("TTChan starptautiskā tikšanās Daugavpilī");

        VEvent english = parse(given().get(SEED)).getEvents().get(0);
        assertThat(english.getSummary().getValue()).isEqualTo("TTChan international meeting in Daugavpils");
        assertThat(english.getLocation().getValue()).isEqualTo("Daugavpils, Latvia");
        VEvent byHeader = parse(given().header("Accept-Language", "lv-LV,lv;q=0.9").get(SEED)).getEvents().get(0);
        assertThat(byHeader.getSummary().getValue()).isEqualTo("TTChan starptautiskā tikšanās Daugavpilī");
    }

    @Test
    void isValidICalendarAsSubscribersReadIt() {
        for (String path : List.of(SEED, FEED, SEED + "?lang=sr", FEED + "?lang=lv")) {
            Response response = given().get(path);
            response.then().statusCode(200);
            String body = response.asString();
            assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
            // RFC 5545 3.1: CRLF line breaks, lines of at most 75 octets (folded between characters).
            for (String line : body.split("\r\n", -1)) {
                assertThat(line).doesNotContain("\n").doesNotContain("\r");
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            }
            ICalendar calendar = parse(response);
            ValidationWarnings warnings = calendar.validate(ICalVersion.V2_0);
            assertThat(warnings.isEmpty()).as(path + ": " + warnings).isTrue();
            assertThat(calendar.getRefreshInterval().getValue().toString()).isEqualTo("PT1H");
            assertThat(experimental(calendar, "X-PUBLISHED-TTL")).isEqualTo("PT1H");
            assertThat(calendar.getSource().getValue()).endsWith(path);
        }
    }

    @Test
    void eachProgrammeItemWithAStartTimeIsAnEventAtThatTimeInTheHostsZone() {
        long id = create(timedEvent("daugavpils"));
        ICalendar calendar = parse(given().queryParam("lang", "lv").get("/api/v1/events/" + id + ".ics"));
        Map<String, VEvent> byUid = calendar.getEvents().stream()
                .collect(Collectors.toMap(e -> e.getUid().getValue(), e -> e));
        // The event, and the two items with a time; the dinner has none.
        assertThat(byUid.keySet()).containsExactlyInAnyOrder("event-" + id + "@localhost",
                "event-" + id + "-20181109-1@localhost", "event-" + id + "-20181110-1@localhost");
        VEvent opening = byUid.get("event-" + id + "-20181109-1@localhost");
        assertThat(opening.getSummary().getValue()).isEqualTo("Atklāšana");
        assertThat(opening.getLocation().getValue()).isEqualTo("Dome");
        assertThat(opening.getRelatedTo().get(0).getValue()).isEqualTo("event-" + id + "@localhost");
        assertThat(opening.getDateStart().getValue().hasTime()).isTrue();
        assertThat(opening.getDateStart().getValue().getRawComponents().toString(true, true))
                .as("written as local time").isEqualTo("2018-11-09T10:00:00");
        TimezoneAssignment zone = calendar.getTimezoneInfo().getTimezone(opening.getDateStart());
        assertThat(zone.getComponent().getTimezoneId().getValue()).isEqualTo("Europe/Riga");
        // 10:00 in Riga on 9 November (EET, UTC+2) is 08:00 UTC, by the VTIMEZONE the calendar carries.
        assertThat(opening.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2018-11-09T08:00:00Z"));
        VEvent workshop = byUid.get("event-" + id + "-20181110-1@localhost");
        assertThat(workshop.getLocation().getValue()).as("no place: the event's venue").isEqualTo("Daugavpils");
        assertThat(workshop.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2018-11-10T07:30:00Z"));

        // Raška is in Serbia: 10:00 on 1 May 2019 in Belgrade (CEST, UTC+2).
        long serbian = create(eu.twinning.Fixtures.event("Calendar in Raška"));
        ICalendar belgrade = parse(given().get("/api/v1/events/" + serbian + ".ics"));
        VEvent welcome = belgrade.getEvents().stream().filter(e -> e.getSummary().getValue().equals("Welcome"))
                .findFirst().orElseThrow();
        assertThat(belgrade.getTimezoneInfo().getTimezone(welcome.getDateStart()).getComponent().getTimezoneId()
                .getValue()).isEqualTo("Europe/Belgrade");
        assertThat(welcome.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2019-05-01T08:00:00Z"));
        assertThat(belgrade.getEvents()).extracting(e -> e.getSummary().getValue())
                .containsExactlyInAnyOrder("Calendar in Raška", "Welcome", "Workshop");
        delete(id);
        delete(serbian);
    }

    @Test
    void anEventWithoutAHostHasFloatingTimes() {
        long id = create(timedEvent(null));
        ICalendar calendar = parse(given().get("/api/v1/events/" + id + ".ics"));
        VEvent item = calendar.getEvents().stream().filter(e -> e.getDateStart().getValue().hasTime())
                .findFirst().orElseThrow();
        assertThat(calendar.getTimezoneInfo().isFloating(item.getDateStart())).as("no zone is known").isTrue();
        assertThat(calendar.getTimezoneInfo().getComponents()).isEmpty();
        assertThat(experimental(calendar, "X-WR-TIMEZONE")).isNull();
        delete(id);
    }

    @Test
    void theFeedHoldsTheEventsOfTheListsFilters() {
        ICalendar all = parse(given().queryParam("lang", "lv").get(FEED));
        assertThat(uids(all)).contains("event-1@localhost");
        assertThat(experimental(all, "X-WR-CALNAME")).isEqualTo("TTChan: Pasākumi");
        assertThat(experimental(parse(given().get(FEED)), "X-WR-CALNAME")).isEqualTo("TTChan: Events");
        assertThat(uids(parse(given().queryParam("from", "2018-11-12").queryParam("to", "2018-11-12").get(FEED))))
                .contains("event-1@localhost");
        assertThat(uids(parse(given().queryParam("to", "2018-11-07").get(FEED)))).doesNotContain("event-1@localhost");
        assertThat(uids(parse(given().queryParam("partner", "raska").get(FEED)))).contains("event-1@localhost");
        assertThat(uids(parse(given().queryParam("type", "meeting").queryParam("q", "daugavpils").get(FEED))))
                .contains("event-1@localhost");
        given().queryParam("from", "9 November").get(FEED).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("from"));
        given().queryParam("from", "2019-01-01").queryParam("to", "2018-01-01").get(FEED).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().queryParam("type", "party").get(FEED).then().statusCode(400).body("errors[0].field", equalTo("type"));
    }

    @Test
    void aCalendarIsInOneLanguage() {
        for (String path : List.of(SEED, FEED)) {
            given().queryParam("lang", "*").get(path).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("lang"));
        }
    }

    @Test
    void uidsStayTheSameAcrossReadsAndUnrelatedWrites() {
        List<String> first = uids(parse(given().get(FEED)));
        String etag = given().get(SEED).then().statusCode(200).extract().header("ETag");
        assertThat(uids(parse(given().get(FEED)))).isEqualTo(first);
        // An unrelated write: a partner comes and goes. The seed event's calendar is the same bytes.
        String slug = eu.twinning.Fixtures.uniqueSlug("unrelated");
        admin().body(eu.twinning.Fixtures.partner(slug)).post("/api/v1/partners").then().statusCode(201);
        admin().delete("/api/v1/partners/" + slug).then().statusCode(204);
        assertThat(uids(parse(given().get(FEED)))).isEqualTo(first);
        given().header("If-None-Match", etag).get(SEED).then().statusCode(304);
    }

    @Test
    void revalidatesUntilTheEventChanges() {
        long id = create(timedEvent("daugavpils"));
        String path = "/api/v1/events/" + id + ".ics";
        Response first = given().get(path);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Last-Modified")).isNotBlank();
        given().header("If-None-Match", etag).get(path).then().statusCode(304);
        String feedTag = given().get(FEED).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", feedTag).get(FEED).then().statusCode(304);

        admin().body(timedEvent("daugavpils").replace("\"Opening\"", "\"Solemn opening\""))
                .put("/api/v1/events/" + id).then().statusCode(200);
        Response changed = given().header("If-None-Match", etag).get(path);
        changed.then().statusCode(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(parse(changed).getEvents()).extracting(e -> e.getSummary().getValue()).contains("Solemn opening");
        given().header("If-None-Match", feedTag).get(FEED).then().statusCode(200);
        // The rewrite kept the programme's order, and so its UIDs.
        assertThat(uids(parse(changed))).containsExactlyInAnyOrderElementsOf(uids(parse(first)));
        delete(id);
    }

    @Test
    void anUnknownEventIsANotFoundProblem() {
        given().get("/api/v1/events/987654.ics").then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:twinning:problem:not-found"));
        given().accept("application/json").get(SEED).then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
        given().accept("text/calendar").get(SEED).then().statusCode(200);
    }

    /** An event in Daugavpils' November (or with no host), with times on two days and an item without. */
    private static String timedEvent(String host) {
        return """
                {"title": {"en": "Calendar test", "lv": "Kalendāra tests"}, "type": "meeting",
                 "startDate": "2018-11-09", "endDate": "2018-11-10", "venue": {"en": "Daugavpils"},
                 "host": %s,
                 "programme": [
                   {"date": "2018-11-09", "items": [
                     {"time": "10:00", "title": {"en": "Opening", "lv": "Atklāšana"}, "place": {"en": "Dome"}},
                     {"title": {"en": "Dinner", "lv": "Vakariņas"}}]},
                   {"date": "2018-11-10", "items": [{"time": "09:30", "title": {"en": "Workshop"}}]}]}
                """.formatted(host == null ? "null" : "{\"slug\": \"" + host + "\"}");
    }

    private static long create(String body) {
        return admin().body(body).post("/api/v1/events").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void delete(long id) {
        admin().delete("/api/v1/events/" + id).then().statusCode(204);
    }

    private static ICalendar parse(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        List<ICalendar> calendars = Biweekly.parse(response.asString()).all();
        assertThat(calendars).hasSize(1);
        return calendars.get(0);
    }

    private static List<String> uids(ICalendar calendar) {
        return calendar.getEvents().stream().map(e -> e.getUid().getValue()).toList();
    }

    private static String experimental(ICalendar calendar, String name) {
        RawProperty property = calendar.getExperimentalProperty(name);
        return property == null ? null : property.getValue();
    }

    private static String local(DateTimeComponents date) {
        return date.toString(false, true);
    }
}
