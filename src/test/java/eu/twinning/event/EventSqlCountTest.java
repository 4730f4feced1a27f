package eu.twinning.event;

import static eu.twinning.Fixtures.admin;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import eu.twinning.i18n.Language;
import io.quarkus.test.junit.QuarkusTest;

/** Reading an event costs the same few statements whatever the length of its programme. */
@QuarkusTest
class EventSqlCountTest {

    @Inject
    EventService events;

    @Inject
    SessionFactory sessions;

    @Test
    void readingAnEventIsThreeStatementsForShortAndLongProgrammes() {
        long shortEvent = admin().body(eu.twinning.Fixtures.event("Short")).post("/api/v1/events")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long longEvent = admin().body(longProgramme()).post("/api/v1/events")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        assertThat(statementsToRead(shortEvent)).isEqualTo(3);
        assertThat(statementsToRead(longEvent)).isEqualTo(3);
        assertThat(statementsToRead(EventResourceTest.seededMeetingId())).isEqualTo(3);
    }

    @Test
    void listingEventsIsBoundedByAFewStatements() {
        Statistics stats = sessions.getStatistics();
        stats.clear();
        events.list(new EventFilter(null, null, null, null, null),
                new eu.twinning.paging.PageParams().toRequest(eu.twinning.paging.SortKeys.parse("startDate")),
                new Language("en"));
        // page, count, and one batch for the hosts
        assertThat(stats.getPrepareStatementCount()).isLessThanOrEqualTo(3);
    }

    private long statementsToRead(long id) {
        Statistics stats = sessions.getStatistics();
        stats.clear();
        var view = events.get(id, new Language("en"));
        assertThat(view.programme()).isNotEmpty();
        return stats.getPrepareStatementCount();
    }

    private static String longProgramme() {
        StringBuilder days = new StringBuilder();
        for (int d = 1; d <= 20; d++) {
            StringBuilder items = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                items.append(i == 0 ? "" : ",").append("{\"title\": {\"en\": \"Item ").append(i).append("\"}}");
            }
            days.append(d == 1 ? "" : ",").append("{\"date\": \"2020-06-%02d\", \"items\": [%s]}".formatted(d, items));
        }
        return """
                {"title": {"en": "Long summer school"}, "type": "workshop", "startDate": "2020-06-01",
                 "endDate": "2020-06-20", "host": {"slug": "vanersborg"},
                 "delegations": [{"country": "SE", "partners": [{"slug": "vanersborg"}]},
                                 {"country": "LT", "participants": 9,
                                  "partners": [{"slug": "vilnius"}, {"slug": "utena"}]}],
                 "programme": [%s]}
                """.formatted(days);
    }
}
