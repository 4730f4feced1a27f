package eu.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import eu.twinning.client.ApiClient;
import eu.twinning.client.ApiException;
import eu.twinning.client.ApiResponse;
import eu.twinning.client.api.EventsApi;
import eu.twinning.client.api.GoodPracticesApi;
import eu.twinning.client.api.GoodPracticesApi.APICreateGoodPracticeRequest;
import eu.twinning.client.api.GoodPracticesApi.APIReviewGoodPracticeRequest;
import eu.twinning.client.api.GoodPracticesApi.APISubmitGoodPracticeRequest;
import eu.twinning.client.api.PartnersApi;
import eu.twinning.client.api.PartnersApi.APICreatePartnerRequest;
import eu.twinning.client.api.PartnersApi.APIGetPartnerRequest;
import eu.twinning.client.api.PartnersApi.APIListPartnersRequest;
import eu.twinning.client.api.PartnersApi.APIUpdatePartnerRequest;
import eu.twinning.client.api.TokensApi;
import eu.twinning.client.model.Event;
import eu.twinning.client.model.FieldError;
import eu.twinning.client.model.GoodPractice;
import eu.twinning.client.model.GoodPracticeInput;
import eu.twinning.client.model.GoodPracticeStatus;
import eu.twinning.client.model.IssuedToken;
import eu.twinning.client.model.OptionalLocalizedText;
import eu.twinning.client.model.PagePartnerView;
import eu.twinning.client.model.Partner;
import eu.twinning.client.model.PartnerInput;
import eu.twinning.client.model.PartnerKind;
import eu.twinning.client.model.PartnerRefInput;
import eu.twinning.client.model.Problem;
import eu.twinning.client.model.ProgrammeDay;
import eu.twinning.client.model.ReviewDecision;
import eu.twinning.client.model.ReviewInput;
import eu.twinning.client.model.Role;
import eu.twinning.client.model.TextByLanguage;
import eu.twinning.client.model.Theme;
import eu.twinning.client.model.TokenInput;

/**
 * What an integrator sees through the Java client that the build generates from openapi.yaml
 * (package eu.twinning.client, under target/generated-test-sources): every API call here goes
 * through that client, against the packaged application on a fresh database. The methods run in
 * order because the first one counts the seeded partners and a later one adds a partner.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedClientIT {

    private static AppProcess app;

    @BeforeAll
    static void start() throws Exception {
        app = AppProcess.start("generated-client", TestDatabase.fresh("twinning_client"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void listsAndPagesPartners() throws Exception {
        PartnersApi partners = new PartnersApi(client(app, null));

        ApiResponse<PagePartnerView> first = partners.listPartnersWithHttpInfo(
                APIListPartnersRequest.newBuilder().lang("en").page(0).size(4).build());
        PagePartnerView page = first.getData();
        assertThat(page.getTotalItems()).isEqualTo(11L);
        assertThat(page.getTotalPages()).isEqualTo(3);
        assertThat(page.getPage()).isZero();
        assertThat(page.getSize()).isEqualTo(4);
        assertThat(page.getItems()).hasSize(4);
        assertThat(page.getItems()).allSatisfy(partner -> assertThat(partner.getName().getString()).isNotBlank());
        String links = header(first, "Link");
        assertThat(links).contains("rel=\"next\"").contains("rel=\"last\"");
        assertThat(linkedPage(links, "next")).isEqualTo(1);
        assertThat(linkedPage(links, "last")).isEqualTo(page.getTotalPages() - 1);
        assertThat(header(first, "Content-Language")).isEqualTo("en");

        // Follow rel="last" with the client's page parameter.
        ApiResponse<PagePartnerView> last = partners.listPartnersWithHttpInfo(
                APIListPartnersRequest.newBuilder().lang("en").page(linkedPage(links, "last")).size(4).build());
        assertThat(last.getData().getPage()).isEqualTo(2);
        assertThat(last.getData().getItems()).hasSize(3);
        assertThat(header(last, "Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        // sort is an array, sent comma-separated (style form, explode false): sort=country,-slug
        PagePartnerView sorted = partners.listPartners(APIListPartnersRequest.newBuilder().lang("en").page(0)
                .size(100).sort(new LinkedHashSet<>(List.of("country", "-slug"))).build());
        assertThat(sorted.getItems()).extracting(Partner::getSlug).containsExactly("anhalt-bitterfeld",
                "san-benedetto-del-tronto", "vilnius", "utena", "panevezys", "daugavpils", "warsaw", "lodz",
                "krakow", "raska", "vanersborg");
    }

    @Test
    @Order(2)
    void readsAnEventWithItsProgrammeInTwoLanguages() throws Exception {
        // Programme items without a place read as null: OptionalLocalizedText admits null.
        EventsApi events = new EventsApi(client(app, null));

        ApiResponse<Event> english = events.getEventWithHttpInfo(readEvent(1L, "en"));
        ApiResponse<Event> latvian = events.getEventWithHttpInfo(readEvent(1L, "lv"));
        assertThat(header(english, "Content-Language")).isEqualTo("en");
        assertThat(header(latvian, "Content-Language")).isEqualTo("lv");
        // Each representation has its own strong ETag; both name the event's stored version.
        assertThat(header(english, "ETag")).matches("\"\\d+-en-[0-9a-f]{16}\"");
        assertThat(header(latvian, "ETag")).matches("\"\\d+-lv-[0-9a-f]{16}\"")
                .startsWith(header(english, "ETag").replaceFirst("-en-.*", "-lv-"));

        Event en = english.getData();
        Event lv = latvian.getData();
        assertThat(en.getId()).isEqualTo(1L);
        assertThat(en.getStartDate()).isEqualTo(LocalDate.of(2018, 11, 8));
        assertThat(en.getEndDate()).isEqualTo(LocalDate.of(2018, 11, 12));
        assertThat(en.getHost().getSlug()).isEqualTo("daugavpils");
        assertThat(en.getTitle().getString()).isEqualTo("TTChan international meeting in Daugavpils");
        assertThat(lv.getTitle().getString()).isEqualTo("TTChan starptautiskā tikšanās Daugavpilī");

        for (Event event : List.of(en, lv)) {
            assertThat(event.getProgramme()).hasSize(5);
            assertThat(event.getProgramme()).extracting(ProgrammeDay::getDate).startsWith(LocalDate.of(2018, 11, 8))
                    .endsWith(LocalDate.of(2018, 11, 12)).isSorted();
        }
        ProgrammeDay firstDayEn = en.getProgramme().get(0);
        ProgrammeDay firstDayLv = lv.getProgramme().get(0);
        assertThat(firstDayEn.getTitle().getString()).isEqualTo("Arrival in Riga");
        assertThat(firstDayLv.getTitle().getString()).isEqualTo("Ierašanās Rīgā");
        assertThat(firstDayLv.getItems()).hasSameSizeAs(firstDayEn.getItems()).isNotEmpty();
        for (int day = 0; day < 5; day++) {
            assertThat(lv.getProgramme().get(day).getTitle().getString()).as("day %d", day)
                    .isNotEqualTo(en.getProgramme().get(day).getTitle().getString());
        }

        // lang=*: every text is an object keyed by language, read through the oneOf accessor.
        ApiResponse<Event> all = events.getEventWithHttpInfo(readEvent(1L, "*"));
        assertThat(all.getHeaders()).doesNotContainKey("Content-Language");
        Object title = all.getData().getTitle().getActualInstance();
        assertThat(title).isInstanceOf(TextByLanguage.class);
        TextByLanguage titles = all.getData().getTitle().getTextByLanguage();
        assertThat(titles.getEn()).isEqualTo(en.getTitle().getString());
        assertThat(titles.getLv()).isEqualTo(lv.getTitle().getString());
        assertThat(all.getData().getProgramme().get(0).getTitle().getTextByLanguage().getLv())
                .isEqualTo("Ierašanās Rīgā");
    }

    @Test
    @Order(3)
    void createsAndUpdatesAPartnerAsAdmin() throws Exception {
        PartnersApi admin = new PartnersApi(client(app, Fixtures.ADMIN_TOKEN));
        PartnerInput sofia = new PartnerInput().slug("sofia").country("BG").kind(PartnerKind.CITY)
                .name(new TextByLanguage().en("Sofia").putAdditionalProperty("bg", "София"))
                .localName("София")
                .description(new TextByLanguage().en("One participant of the Daugavpils meeting came from Sofia"));

        ApiResponse<Partner> created = admin.createPartnerWithHttpInfo(APICreatePartnerRequest.newBuilder().partnerInput(sofia)
                .lang("en").build());
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(header(created, "Location")).endsWith("/api/v1/partners/sofia");
        String etag = header(created, "ETag");
        assertThat(etag).matches("\"\\d+-en-[0-9a-f]{16}\"");
        Partner partner = created.getData();
        assertThat(partner.getSlug()).isEqualTo("sofia");
        assertThat(partner.getRole()).isNull();
        assertThat(partner.getKind()).isEqualTo(PartnerKind.CITY);
        assertThat(partner.getName().getString()).isEqualTo("Sofia");
        assertThat(partner.getParticipants()).isNull();
        assertThat(partner.getCoordinates()).isNull();
        assertThat(partner.getCreatedAt()).isNotNull();

        sofia.website("https://www.sofia.bg")
                .description(new TextByLanguage().en("One participant of the Daugavpils meeting came from Sofia, Bulgaria")
                        .putAdditionalProperty("bg", "Един участник от България"));
        ApiResponse<Partner> updated = admin.updatePartnerWithHttpInfo(APIUpdatePartnerRequest.newBuilder().slug("sofia")
                .partnerInput(sofia).lang("en").ifMatch(etag).build());
        assertThat(updated.getStatusCode()).isEqualTo(200);
        assertThat(header(updated, "ETag")).isNotEqualTo(etag);
        assertThat(updated.getData().getWebsite()).isEqualTo("https://www.sofia.bg");

        // A conditional read of a current version is 304 without a body: the generated client, which
        // treats every status outside 2xx as an error, throws it as an ApiException.
        ApiException notModified = failure(() -> admin.getPartner(APIGetPartnerRequest.newBuilder()
                .slug("sofia").lang("en").ifNoneMatch(header(updated, "ETag")).build()));
        assertThat(notModified.getCode()).isEqualTo(304);
        assertThat(notModified.getResponseBody()).isEmpty();

        Partner read = new PartnersApi(client(app, null)).getPartner(readPartner("sofia", "*"));
        assertThat(read.getName().getTextByLanguage().getEn()).isEqualTo("Sofia");
        assertThat(read.getName().getTextByLanguage().getAdditionalProperty("bg")).isEqualTo("София");
        assertThat(read.getDescription().getTextByLanguage().getAdditionalProperty("bg"))
                .isEqualTo("Един участник от България");
        assertThat(read.getWebsite()).isEqualTo("https://www.sofia.bg");
        assertThat(read.getParticipants()).isNull();
        assertThat(read.getRole()).isNull();
        assertThat(read.getUpdatedAt()).isAfterOrEqualTo(read.getCreatedAt());
    }

    @Test
    @Order(4)
    void submitsAndPublishesAGoodPractice() throws Exception {
        TokensApi tokens = new TokensApi(client(app, Fixtures.ADMIN_TOKEN));
        IssuedToken editorToken = tokens.issueToken(issue(new TokenInput().name("Raška website editor").role(Role.EDITOR)
                .partner(new PartnerRefInput().slug("raska"))));
        IssuedToken moderatorToken = tokens.issueToken(issue(new TokenInput().name("Network moderator")
                .role(Role.MODERATOR)));
        assertThat(editorToken.getRole()).isEqualTo(Role.EDITOR);
        assertThat(editorToken.getPartner().getSlug()).isEqualTo("raska");
        assertThat(editorToken.getToken()).isNotBlank();
        assertThat(moderatorToken.getPartner()).isNull();

        GoodPracticesApi editor = new GoodPracticesApi(client(app, editorToken.getToken()));
        GoodPracticesApi moderator = new GoodPracticesApi(client(app, moderatorToken.getToken()));
        GoodPracticesApi anonymous = new GoodPracticesApi(client(app, null));

        // Raška's offer from the national working groups (11 November 2018), without a body: null.
        String title = "Raška's offer: events worth visiting, sights and what the city is proudest of";
        String titleLv = "Raškas piedāvājums: apmeklējami pasākumi, apskates vietas un tas, ar ko pilsēta visvairāk lepojas";
        GoodPractice draft = editor.createGoodPractice(APICreateGoodPracticeRequest.newBuilder().lang("en").goodPracticeInput(new GoodPracticeInput()
                .partner(new PartnerRefInput().slug("raska"))
                .title(new TextByLanguage().en(title).lv(titleLv))
                .summary(new TextByLanguage().en("Drawn up by Raška's national working group at the TTChan meeting "
                        + "in Daugavpils on 11 November 2018, to be published on every partner's website."))
                .themes(Set.of(Theme.ART_AND_CULTURE, Theme.LOCAL_ECONOMIC_DEVELOPMENT))).build());
        assertThat(draft.getStatus()).isEqualTo(GoodPracticeStatus.DRAFT);
        assertThat(draft.getSubmittedAt()).isNull();
        assertThat(draft.getBody()).isNull();
        assertThat(problem(() -> anonymous.getGoodPractice(readPractice(draft.getId(), null))).getStatus())
                .as("a draft is not public").isEqualTo(404);

        GoodPractice submitted = editor.submitGoodPractice(APISubmitGoodPracticeRequest.newBuilder()
                .id(draft.getId()).lang("en").build());
        assertThat(submitted.getStatus()).isEqualTo(GoodPracticeStatus.SUBMITTED);
        assertThat(submitted.getSubmittedAt()).isNotNull();

        GoodPractice published = moderator.reviewGoodPractice(APIReviewGoodPracticeRequest.newBuilder()
                .id(draft.getId()).reviewInput(new ReviewInput().decision(ReviewDecision.PUBLISH)).lang("en").build());
        assertThat(published.getStatus()).isEqualTo(GoodPracticeStatus.PUBLISHED);

        GoodPractice read = anonymous.getGoodPractice(readPractice(draft.getId(), "lv"));
        assertThat(read.getStatus()).isEqualTo(GoodPracticeStatus.PUBLISHED);
        assertThat(read.getReviewedAt()).isNotNull();
        assertThat(read.getPartner().getSlug()).isEqualTo("raska");
        assertThat(read.getTitle().getString()).isEqualTo(titleLv);
        assertThat(read.getThemes()).containsExactlyInAnyOrder(Theme.ART_AND_CULTURE, Theme.LOCAL_ECONOMIC_DEVELOPMENT);
    }

    @Test
    @Order(5)
    void readsBackEachErrorAsATypedProblem() throws Exception {
        PartnersApi anonymous = new PartnersApi(client(app, null));
        PartnersApi admin = new PartnersApi(client(app, Fixtures.ADMIN_TOKEN));
        IssuedToken raskaEditor = new TokensApi(client(app, Fixtures.ADMIN_TOKEN)).issueToken(issue(new TokenInput()
                .name("Raška editor").role(Role.EDITOR).partner(new PartnerRefInput().slug("raska"))));
        PartnersApi editor = new PartnersApi(client(app, raskaEditor.getToken()));

        // 400: an invalid body, and an invalid parameter, each field named
        Problem invalidBody = problem(() -> admin.createPartner(create(partner("Not a slug!").country("Bulgaria"))));
        assertProblem(invalidBody, 400, "urn:twinning:problem:validation", "/api/v1/partners");
        assertThat(invalidBody.getErrors()).extracting(FieldError::getField).contains("slug", "country");
        assertThat(invalidBody.getErrors()).allSatisfy(error -> assertThat(error.getMessage()).isNotBlank());
        Problem invalidParameter = problem(() -> anonymous.listPartners(APIListPartnersRequest.newBuilder()
                .size(1000).build()));
        assertProblem(invalidParameter, 400, "urn:twinning:problem:validation", "/api/v1/partners");
        assertThat(invalidParameter.getErrors()).extracting(FieldError::getField).containsExactly("size");

        // 401: a write without a token
        assertProblem(problem(() -> anonymous.createPartner(create(partner("no-token")))), 401,
                "urn:twinning:problem:unauthorized", "/api/v1/partners");

        // 403: Raška's editor writing Daugavpils
        Partner daugavpils = admin.getPartner(readPartner("daugavpils", "*"));
        assertProblem(problem(() -> editor.updatePartner(APIUpdatePartnerRequest.newBuilder()
                .slug("daugavpils").partnerInput(asInput(daugavpils)).build())), 403,
                "urn:twinning:problem:forbidden", "/api/v1/partners/daugavpils");

        // 404
        assertProblem(problem(() -> anonymous.getPartner(readPartner("atlantis", null))), 404,
                "urn:twinning:problem:not-found", "/api/v1/partners/atlantis");

        // 409: a slug that is taken
        assertProblem(problem(() -> admin.createPartner(create(partner("daugavpils")))), 409,
                "urn:twinning:problem:conflict", "/api/v1/partners");

        // 412: a second write based on the same, now stale, ETag
        ApiResponse<Partner> utena = admin.getPartnerWithHttpInfo(readPartner("utena", "*"));
        String etag = header(utena, "ETag");
        PartnerInput change = asInput(utena.getData()).participants(5);
        admin.updatePartner(APIUpdatePartnerRequest.newBuilder().slug("utena").partnerInput(change)
                .ifMatch(etag).build());
        assertProblem(problem(() -> admin.updatePartner(APIUpdatePartnerRequest.newBuilder()
                .slug("utena").partnerInput(change.participants(6)).ifMatch(etag).build())), 412,
                "urn:twinning:problem:precondition-failed", "/api/v1/partners/utena");

        // 413: a body over 256 KiB
        Problem tooLarge = problem(() -> admin.createPartner(create(partner("big")
                .description(new TextByLanguage().en("x".repeat(300 * 1024))))));
        assertProblem(tooLarge, 413, "about:blank", null);
        assertThat(tooLarge.getDetail()).contains("262144");

        // 429: an instance of its own that allows two anonymous requests a minute
        Map<String, String> env = new HashMap<>(TestDatabase.fresh("twinning_client_limited"));
        env.put("TWINNING_RATE_LIMIT_ANONYMOUS_PER_MINUTE", "2");
        try (AppProcess limited = AppProcess.start("generated-client-limited", env)) {
            PartnersApi reader = new PartnersApi(client(limited, null));
            reader.getPartner(readPartner("raska", null));
            reader.getPartner(readPartner("raska", null));
            ApiException refused = failure(() -> reader.getPartner(readPartner("raska", null)));
            assertProblem(problem(refused), 429, "about:blank", "/api/v1/partners/raska");
            assertThat(refused.getResponseHeaders().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        }
    }

    // ---- the harness: clients, problems, headers ----

    private static APIGetPartnerRequest readPartner(String slug, String lang) {
        return APIGetPartnerRequest.newBuilder().slug(slug).lang(lang).build();
    }

    private static APICreatePartnerRequest create(PartnerInput input) {
        return APICreatePartnerRequest.newBuilder().partnerInput(input).build();
    }

    private static EventsApi.APIGetEventRequest readEvent(long id, String lang) {
        return EventsApi.APIGetEventRequest.newBuilder().id(id).lang(lang).build();
    }

    private static GoodPracticesApi.APIGetGoodPracticeRequest readPractice(long id, String lang) {
        return GoodPracticesApi.APIGetGoodPracticeRequest.newBuilder().id(id).lang(lang).build();
    }

    private static TokensApi.APIIssueTokenRequest issue(TokenInput input) {
        return TokensApi.APIIssueTokenRequest.newBuilder().tokenInput(input).build();
    }

    /** A client of the generated code for this application, with a bearer token or anonymous. */
    private static ApiClient client(AppProcess target, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(target.baseUri());
        client.setReadTimeout(Duration.ofSeconds(20));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    @FunctionalInterface
    private interface Call {
        void run() throws ApiException;
    }

    private static ApiException failure(Call call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        return fail("the call succeeded; an error was expected");
    }

    private static Problem problem(Call call) throws Exception {
        return problem(failure(call));
    }

    /** The error of a call as the generated Problem model, read with the client's own ObjectMapper. */
    private static Problem problem(ApiException error) throws Exception {
        assertThat(error.getResponseHeaders().firstValue("Content-Type")).as("Content-Type of %s", error.getCode())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = new ApiClient().getObjectMapper().readValue(error.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).as("status in the body").isEqualTo(error.getCode());
        return problem;
    }

    private static void assertProblem(Problem problem, int status, String type, String instance) {
        assertThat(problem.getStatus()).isEqualTo(status);
        assertThat(problem.getType()).as("type").isEqualTo(type);
        assertThat(problem.getTitle()).as("title").isNotBlank();
        if (instance != null) {
            assertThat(problem.getInstance()).as("instance").isEqualTo(instance);
        }
    }

    private static String header(ApiResponse<?> response, String name) {
        List<String> values = response.getHeaders().get(name);
        assertThat(values).as("header %s", name).isNotNull().hasSize(1);
        return values.get(0);
    }

    /** The page number of the link with this relation in an RFC 8288 Link header. */
    private static int linkedPage(String links, String rel) {
        Matcher link = Pattern.compile("<[^>]*[?&]page=(\\d+)[^>]*>; rel=\"" + rel + "\"").matcher(links);
        assertThat(link.find()).as("rel=%s in %s", rel, links).isTrue();
        return Integer.parseInt(link.group(1));
    }

    private static PartnerInput partner(String slug) {
        return new PartnerInput().slug(slug).country("EE").kind(PartnerKind.CITY)
                .name(new TextByLanguage().en("Tartu"));
    }

    /** What a client sends back to change a partner it read with lang=*. */
    private static PartnerInput asInput(Partner read) {
        return new PartnerInput().slug(read.getSlug()).country(read.getCountry()).role(read.getRole())
                .kind(read.getKind()).name(read.getName().getTextByLanguage()).localName(read.getLocalName())
                .description(read.getDescription() == null ? null : read.getDescription().getTextByLanguage())
                .coordinates(read.getCoordinates()).website(read.getWebsite())
                .participants(read.getParticipants());
    }
}
