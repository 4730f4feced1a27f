package eu.twinning.persistence;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.partner;
import static eu.twinning.Fixtures.uniqueSlug;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import eu.twinning.event.EventFilter;
import eu.twinning.event.EventService;
import eu.twinning.goodpractice.GoodPracticeFilter;
import eu.twinning.goodpractice.GoodPracticeVisibility;
import eu.twinning.goodpractice.GoodPracticeService;
import eu.twinning.i18n.Language;
import eu.twinning.memorandum.MemorandumFilter;
import eu.twinning.memorandum.MemorandumVisibility;
import eu.twinning.memorandum.MemorandumService;
import eu.twinning.paging.PageParams;
import eu.twinning.partner.PartnerFilter;
import eu.twinning.partner.PartnerRepository;
import eu.twinning.partner.PartnerService;
import eu.twinning.security.Caller;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A read costs the same number of SQL statements whatever the amount of data: every list and every
 * single resource is read, built (without the response cache) and counted, then the data grows by
 * pages' worth of rows that the reads show, and each count must be the same.
 */
@QuarkusTest
class StatementCountTest {

    @Inject
    SessionFactory sessions;
    @Inject
    EntityManager em;
    @Inject
    PartnerService partners;
    @Inject
    EventService events;
    @Inject
    MemorandumService memoranda;
    @Inject
    GoodPracticeService practices;

    private final Language en = new Language("en");

    @Test
    void readsCostTheSameStatementsAtEverySize() {
        Map<String, Long> small = costs();
        for (int i = 0; i < 25; i++) {
            grow(i);
        }
        Map<String, Long> large = costs();
        assertThat(large).as("statements per read after adding 25 of everything").isEqualTo(small);
        assertThat(large.values()).allSatisfy(count -> assertThat(count).isPositive());
    }

    /** A list's total is counted once per filter and data version: the next page reuses it. */
    @Test
    void pagesOfOneFilterShareTheirCount() {
        admin().body(partner(uniqueSlug("count"))).post("/api/v1/partners").then().statusCode(201);
        var filter = new PartnerFilter("EE", null, null, null);
        long first = count(() -> partners.list(filter, page(PartnerRepository.NAME_KEY), en));
        PageParams next = new PageParams();
        next.page = "1";
        long second = count(() -> partners.list(filter,
                next.toRequest(eu.twinning.paging.SortKeys.parse("key=" + PartnerRepository.NAME_KEY)), en));
        assertThat(second).isEqualTo(first - 1);
    }

    /** What each read costs at the current size, counted right after a write (no total is known yet). */
    private Map<String, Long> costs() {
        admin().body(partner(uniqueSlug("cost"))).post("/api/v1/partners").then().statusCode(201);
        Map<String, Long> costs = new LinkedHashMap<>();
        costs.put("partners", count(() -> partners.list(new PartnerFilter(null, null, null, null),
                page(PartnerRepository.NAME_KEY), en)));
        costs.put("partner", count(() -> partners.get("daugavpils", en)));
        costs.put("events", count(() -> events.list(new EventFilter(null, null, null, null, null),
                page("startDate"), en)));
        costs.put("event", count(() -> events.get(1L, en)));
        costs.put("memoranda", count(() -> memoranda.list(new MemorandumFilter(null, null, null, MemorandumVisibility.EVERYTHING),
                page("signedOn"), en)));
        costs.put("memorandum", count(() -> memoranda.get(1L, Caller.ANONYMOUS, en)));
        costs.put("good-practices", count(() -> practices.list(
                new GoodPracticeFilter(null, null, null, null, GoodPracticeVisibility.PUBLIC), page("createdAt"), en)));
        costs.put("good-practice", count(() -> practices.get(1L, Caller.ANONYMOUS, en)));
        return costs;
    }

    private long count(Supplier<Object> read) {
        em.clear(); // nothing read before is at hand: each read counts all it needs
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        read.get();
        return statistics.getPrepareStatementCount();
    }

    /** A full page, sorted by an entity's path. */
    private static eu.twinning.paging.PageRequest page(String path) {
        PageParams params = new PageParams();
        params.size = "100";
        return params.toRequest(eu.twinning.paging.SortKeys.parse("key=" + path));
    }

    /** One more of everything, each referring to new partners, so that batches have more to fetch. */
    private static void grow(int i) {
        String host = uniqueSlug("cost");
        String guest = uniqueSlug("cost");
        admin().body(partner(host)).post("/api/v1/partners").then().statusCode(201);
        admin().body(partner(guest)).post("/api/v1/partners").then().statusCode(201);
        long event = admin().body("""
                {"title": {"en": "Cost %d"}, "type": "meeting", "startDate": "2017-01-01", "endDate": "2017-01-02",
                 "host": {"slug": "%s"},
                 "delegations": [{"country": "EE", "partners": [{"slug": "%s"}, {"slug": "%s"}]}],
                 "programme": [{"date": "2017-01-01", "items": [{"title": {"en": "One"}}, {"title": {"en": "Two"}}]}]}
                """.formatted(i, host, host, guest)).post("/api/v1/events").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        admin().body("""
                {"title": {"en": "Cost %d"}, "status": "signed", "signedOn": "2017-01-01",
                 "signatories": [{"slug": "%s"}, {"slug": "%s"}], "areas": ["youth"], "event": {"id": %d}}
                """.formatted(i, host, guest, event)).post("/api/v1/memoranda").then().statusCode(201);
        long practice = admin().body("""
                {"partner": {"slug": "%s"}, "title": {"en": "Cost %d"}, "summary": {"en": "Summary"},
                 "themes": ["youth", "solidarity"], "links": [{"title": {"en": "Link"}, "url": "https://example.org"}],
                 "event": {"id": %d}}
                """.formatted(host, i, event)).post("/api/v1/good-practices").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        admin().post("/api/v1/good-practices/" + practice + "/submission").then().statusCode(200);
        admin().body("{\"decision\": \"publish\"}").post("/api/v1/good-practices/" + practice + "/review")
                .then().statusCode(200);
    }
}
