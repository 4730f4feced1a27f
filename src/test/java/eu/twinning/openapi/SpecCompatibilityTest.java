package eu.twinning.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import eu.twinning.openapi.SpecCompatibility.Verdict;

/**
 * The committed spec may only break clients with a new major version (semantic versioning). The
 * first test is the real check; the others prove each rule on a small fixture, so that they keep
 * holding however the real API evolves. Plain JUnit: no application is started.
 */
class SpecCompatibilityTest {

    private static final Path COMMITTED = Path.of("openapi.yaml");
    private static final Path RELEASED = Path.of("src/test/resources/openapi/released.yaml");
    /** Version 1.0.0 of a small API shaped like ours; each test edits a copy. */
    private static final String FIXTURE = resource("/openapi/compat-fixture.yaml");

    @Test
    void committedSpecIsCompatibleWithTheReleasedOneOrHasANewMajorVersion() throws IOException {
        Verdict verdict = SpecCompatibility.check(Files.readString(RELEASED), Files.readString(COMMITTED),
                AcceptedNarrowings.LIST);
        assertThat(verdict.releasedVersion())
                .as("AcceptedNarrowings are judged against %s; after a release, empty the list", AcceptedNarrowings.AGAINST)
                .isEqualTo(AcceptedNarrowings.AGAINST);
        assertThat(verdict.allowed()).as("%s vs %s%n%s", COMMITTED, RELEASED, verdict.message()).isTrue();
        assertThat(verdict.unused()).as("accepted narrowings that match no change: remove them").isEmpty();
        System.out.println("[spec compatibility] " + verdict.message());
    }

    @Test
    void identicalSpecsAreCompatible() {
        Verdict verdict = SpecCompatibility.check(FIXTURE, FIXTURE);
        assertThat(verdict.breakingChanges()).isEmpty();
        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.message()).contains("No breaking changes");
    }

    // ---- breaking changes: refused with the same major version, allowed with the next one ----

    @Test
    void removedPathIsBreaking() {
        String spec = edit(FIXTURE, "  /api/v1/partners/{slug}:\n", "  /api/v1/partner/{slug}:\n");
        assertBreakingUntilMajorBump(spec,
                "GET /api/v1/partners/{slug}: removed",
                "DELETE /api/v1/partners/{slug}: removed");
    }

    @Test
    void removedOperationIsBreaking() {
        String spec = edit(FIXTURE, "    delete:\n      operationId: deletePartner\n",
                "    x-was-delete:\n      operationId: deletePartner\n");
        assertBreakingUntilMajorBump(spec, "DELETE /api/v1/partners/{slug}: removed");
    }

    @Test
    void removedResponseFieldIsBreakingEvenWhenOptional() {
        // Partner.website is optional: openapi-diff alone would let this pass.
        String spec = edit(FIXTURE, "        website:\n          type: string\n        updatedAt:\n",
                "        updatedAt:\n");
        Verdict verdict = assertBreakingUntilMajorBump(spec,
                "GET /api/v1/partners, response 200: field 'items[].website' removed",
                "POST /api/v1/partners, response 201: field 'website' removed",
                "GET /api/v1/partners/{slug}, response 200: field 'website' removed");
        assertThat(verdict.message()).as("openapi-diff's report follows").contains("Deleted property `website`");
    }

    @Test
    void fieldRemovedFromASharedSchemaIsReportedWhereverItIsUsed() {
        // TextByLanguage is the type of PartnerInput.name, Partner.name and Partner.description.
        String spec = edit(FIXTURE, "        en:\n          type: string\n        lv:\n          type: string\n",
                "        en:\n          type: string\n");
        assertBreakingUntilMajorBump(spec,
                "POST /api/v1/partners, request body: field 'name.lv' removed",
                "POST /api/v1/partners, response 201: field 'name.lv' removed",
                "POST /api/v1/partners, response 201: field 'description.lv' removed",
                "GET /api/v1/partners, response 200: field 'items[].name.lv' removed",
                "GET /api/v1/partners, response 200: field 'items[].description.lv' removed",
                "GET /api/v1/partners/{slug}, response 200: field 'name.lv' removed",
                "GET /api/v1/partners/{slug}, response 200: field 'description.lv' removed");
    }

    @Test
    void fieldRemovedFromTheProblemSchemaIsReportedForEveryResponse() {
        // GET /api/v1/partners/{slug} returns Problem for both 400 and 404.
        String spec = edit(FIXTURE, "        title:\n          type: string\n        status:\n          type: integer\n",
                "        title:\n          type: string\n");
        assertBreakingUntilMajorBump(spec,
                "GET /api/v1/partners, response 400: field 'status' removed",
                "POST /api/v1/partners, response 400: field 'status' removed",
                "GET /api/v1/partners/{slug}, response 400: field 'status' removed",
                "GET /api/v1/partners/{slug}, response 404: field 'status' removed");
    }

    @Test
    void recursiveSchemaIsWalkedOnce() {
        String recursive = edit(FIXTURE, "          format: date-time\n", "          format: date-time\n"
                + "        twins:\n          type: array\n          items:\n            $ref: \"#/components/schemas/Partner\"\n");
        String spec = edit(recursive, "        website:\n          type: string\n        updatedAt:\n", "        updatedAt:\n");
        Verdict verdict = SpecCompatibility.check(recursive, spec);
        assertThat(verdict.breakingChanges()).containsExactlyInAnyOrder(
                "GET /api/v1/partners, response 200: field 'items[].website' removed",
                "POST /api/v1/partners, response 201: field 'website' removed",
                "GET /api/v1/partners/{slug}, response 200: field 'website' removed");
    }

    @Test
    void removedRequestFieldIsBreakingBecauseUnknownFieldsAreRefused() {
        String spec = edit(FIXTURE, "        website:\n          type: string\n    Partner:\n", "    Partner:\n");
        assertBreakingUntilMajorBump(spec, "POST /api/v1/partners, request body: field 'website' removed");
    }

    @Test
    void newRequiredRequestFieldIsBreaking() {
        String spec = edit(FIXTURE, "      - name\n      type: object\n      properties:\n",
                "      - name\n      - country\n      type: object\n      properties:\n"
                        + "        country:\n          type: string\n");
        assertBreakingUntilMajorBump(spec, "POST /api/v1/partners, request body: new field 'country' is required");
    }

    @Test
    void requestFieldThatBecameRequiredIsBreaking() {
        String spec = edit(FIXTURE, "      - name\n      type: object\n", "      - name\n      - website\n      type: object\n");
        assertBreakingUntilMajorBump(spec, "POST /api/v1/partners, request body: field 'website' now required");
    }

    @Test
    void newRequiredParameterIsBreaking() {
        String spec = edit(FIXTURE, "      - name: country\n        in: query\n",
                "      - name: region\n        in: query\n        required: true\n        schema:\n          type: string\n"
                        + "      - name: country\n        in: query\n");
        assertBreakingUntilMajorBump(spec, "GET /api/v1/partners: new query parameter 'region' is required");
    }

    @Test
    void parameterThatBecameRequiredIsBreaking() {
        String spec = edit(FIXTURE, "      - name: country\n        in: query\n",
                "      - name: country\n        in: query\n        required: true\n");
        assertBreakingUntilMajorBump(spec, "GET /api/v1/partners, query parameter 'country': now required");
    }

    @Test
    void narrowedRequestEnumIsBreaking() {
        // kind is only sent by clients (a query parameter)
        String spec = edit(FIXTURE, "          - city\n          - district\n", "          - city\n");
        assertBreakingUntilMajorBump(spec, "GET /api/v1/partners, query parameter 'kind': no longer accepts 'district'");
    }

    @Test
    void narrowedSharedEnumIsBreakingWhereClientsSendIt() {
        // PartnerRole is sent (request body, query) and returned (responses): only the sending side breaks.
        String spec = edit(FIXTURE, "      - partner\n      - visiting\n", "      - partner\n");
        Verdict verdict = assertBreakingUntilMajorBump(spec,
                "GET /api/v1/partners, query parameter 'role': no longer accepts 'visiting'",
                "POST /api/v1/partners, request body: field 'role' no longer accepts 'visiting'");
        assertThat(verdict.breakingChanges()).noneMatch(line -> line.contains("response"));
    }

    @Test
    void widenedResponseEnumIsBreakingAsOpenApiDiffReportsIt() {
        // A client that switches over the returned values may meet one it does not know.
        String spec = edit(FIXTURE, "      - partner\n      - visiting\n", "      - partner\n      - visiting\n      - observer\n");
        Verdict verdict = assertBreakingUntilMajorBump(spec,
                "GET /api/v1/partners, response 200: field 'items[].role' may now return 'observer'",
                "POST /api/v1/partners, response 201: field 'role' may now return 'observer'",
                "GET /api/v1/partners/{slug}, response 200: field 'role' may now return 'observer'");
        assertThat(verdict.breakingChanges()).noneMatch(line -> line.contains("request body") || line.contains("parameter"));
    }

    @Test
    void changedFieldTypeIsBreaking() {
        String spec = edit(FIXTURE, "        total:\n          type: integer\n          format: int64\n",
                "        total:\n          type: string\n");
        assertBreakingUntilMajorBump(spec, "GET /api/v1/partners, response 200: field 'total' changed type from integer to string");
    }

    // ---- bounds: a request's may only widen, a response's only narrow ----

    private static final String REQUEST_SLUG = "      - name\n      type: object\n      properties:\n        slug:\n"
            + "          type: string\n";
    private static final String RESPONSE_SLUG = "    Partner:\n      type: object\n      properties:\n        slug:\n"
            + "          type: string\n";

    @Test
    void newRequestBoundIsBreaking() {
        String spec = edit(FIXTURE, REQUEST_SLUG, REQUEST_SLUG + "          maxLength: 20\n");
        assertBreakingUntilMajorBump(spec, "POST /api/v1/partners, request body, field 'slug': max length from none to 20");
    }

    @Test
    void tighterRequestBoundIsBreakingAndALooserOneIsNot() {
        String released = edit(FIXTURE, REQUEST_SLUG, REQUEST_SLUG + "          maxLength: 40\n");
        String tighter = edit(FIXTURE, REQUEST_SLUG, REQUEST_SLUG + "          maxLength: 30\n");
        String looser = edit(FIXTURE, REQUEST_SLUG, REQUEST_SLUG + "          maxLength: 50\n");
        assertThat(SpecCompatibility.check(released, tighter).breakingChanges())
                .containsExactly("POST /api/v1/partners, request body, field 'slug': max length from 40 to 30");
        assertThat(SpecCompatibility.check(released, looser).breakingChanges()).isEmpty();
        assertThat(SpecCompatibility.check(released, FIXTURE).breakingChanges()).as("bound removed").isEmpty();
    }

    @Test
    void newPatternOrEnumOnARequestParameterIsBreaking() {
        String spec = edit(FIXTURE, "      - name: country\n        in: query\n        schema:\n          type: string\n",
                "      - name: country\n        in: query\n        schema:\n          type: string\n"
                        + "          pattern: \"^[A-Z]{2}$\"\n          enum: [LV, LT]\n");
        assertBreakingUntilMajorBump(spec,
                "GET /api/v1/partners, query parameter 'country': pattern from none to ^[A-Z]{2}$",
                "GET /api/v1/partners, query parameter 'country': now only accepts 'LV', 'LT'");
    }

    @Test
    void boundsPublishedOnAResponseAreCompatible() {
        String spec = edit(FIXTURE, RESPONSE_SLUG, RESPONSE_SLUG
                + "          maxLength: 60\n          pattern: \"^[a-z0-9-]+$\"\n          enum: [raska]\n");
        Verdict verdict = SpecCompatibility.check(FIXTURE, withVersion(spec, "1.1.0"));
        assertThat(verdict.breakingChanges()).isEmpty();
        assertThat(verdict.allowed()).isTrue();
    }

    @Test
    void widenedResponseBoundIsBreaking() {
        String released = edit(FIXTURE, RESPONSE_SLUG, RESPONSE_SLUG + "          maxLength: 60\n");
        String wider = edit(FIXTURE, RESPONSE_SLUG, RESPONSE_SLUG + "          maxLength: 100\n");
        Verdict verdict = SpecCompatibility.check(released, wider);
        assertThat(verdict.breakingChanges()).contains(
                "GET /api/v1/partners/{slug}, response 200, field 'slug': max length from 60 to 100",
                "POST /api/v1/partners, response 201, field 'slug': max length from 60 to 100");
        assertThat(SpecCompatibility.check(released, FIXTURE).breakingChanges()).as("bound removed")
                .contains("GET /api/v1/partners/{slug}, response 200, field 'slug': max length from 60 to none");
    }

    // ---- narrowings accepted by name, with a reason ----

    private static final AcceptedNarrowings.Accepted SLUG_ENFORCED = new AcceptedNarrowings.Accepted(
            ", request body, field 'slug': max length from none to 20$", "the server refused longer slugs already");

    @Test
    void acceptedNarrowingNeedsANewMinorVersion() {
        String spec = edit(FIXTURE, REQUEST_SLUG, REQUEST_SLUG + "          maxLength: 20\n");
        Verdict same = SpecCompatibility.check(FIXTURE, spec, List.of(SLUG_ENFORCED));
        assertThat(same.allowed()).isFalse();
        assertThat(same.message()).contains("at least a new minor version, 1.1.0", "the server refused longer slugs");
        Verdict minor = SpecCompatibility.check(FIXTURE, withVersion(spec, "1.1.0"), List.of(SLUG_ENFORCED));
        assertThat(minor.allowed()).as(minor.message()).isTrue();
        assertThat(minor.breakingChanges()).isEmpty();
        assertThat(minor.accepted()).containsExactly("POST /api/v1/partners, request body, field 'slug': max length from none to 20");
        assertThat(minor.message()).contains("1 narrowing(s) accepted as compatible", "the server refused longer slugs");
    }

    @Test
    void acceptanceCoversOnlyTheBoundItNames() {
        String tighter = edit(FIXTURE, REQUEST_SLUG, REQUEST_SLUG + "          maxLength: 10\n");
        Verdict verdict = SpecCompatibility.check(FIXTURE, withVersion(tighter, "1.1.0"), List.of(SLUG_ENFORCED));
        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.breakingChanges())
                .containsExactly("POST /api/v1/partners, request body, field 'slug': max length from none to 10");
        assertThat(verdict.unused()).containsExactly("the server refused longer slugs already");
    }

    @Test
    void aResponseValueDocumentedAsAnythingMayBecomeSpecificButNotARequestOne() {
        String anchor = "        updatedAt:\n          type: string\n          format: date-time\n";
        String anything = "        extra:\n          type: object\n          additionalProperties: {}\n";
        String specific = "        extra:\n          type: object\n          additionalProperties:\n            type: object\n"
                + "            properties:\n              url:\n                type: string\n";
        assertThat(SpecCompatibility.check(edit(FIXTURE, anchor, anchor + anything),
                edit(FIXTURE, anchor, anchor + specific)).breakingChanges()).isEmpty();
        String request = "      - name\n      type: object\n      properties:\n";
        assertThat(SpecCompatibility.check(edit(FIXTURE, request, request + anything),
                edit(FIXTURE, request, request + specific)).breakingChanges())
                .anyMatch(line -> line.startsWith("POST /api/v1/partners, request body"));
    }

    // ---- compatible changes: allowed with the same version ----

    static Stream<Arguments> compatibleChanges() {
        return Stream.of(
                Arguments.of("optional response field added",
                        "        updatedAt:\n          type: string\n          format: date-time\n",
                        "        updatedAt:\n          type: string\n          format: date-time\n"
                                + "        country:\n          type: string\n"),
                Arguments.of("optional request field added",
                        "      - name\n      type: object\n      properties:\n",
                        "      - name\n      type: object\n      properties:\n        country:\n          type: string\n"),
                Arguments.of("path added", "components:\n",
                        "  /api/v1/countries:\n    get:\n      operationId: listCountries\n      responses:\n"
                                + "        \"200\":\n          description: OK\ncomponents:\n"),
                Arguments.of("optional parameter added", "      - name: country\n        in: query\n",
                        "      - name: region\n        in: query\n        schema:\n          type: string\n"
                                + "      - name: country\n        in: query\n"),
                Arguments.of("value added to an enum clients only send", "          - city\n          - district\n",
                        "          - city\n          - district\n          - region\n"),
                Arguments.of("response code added", "        \"404\":\n          $ref: \"#/components/responses/NotFound\"\n",
                        "        \"404\":\n          $ref: \"#/components/responses/NotFound\"\n"
                                + "        \"406\":\n          description: Not Acceptable\n"),
                Arguments.of("request body made optional", "      requestBody:\n        required: true\n",
                        "      requestBody:\n        required: false\n"),
                Arguments.of("description changed", "Empty where the sources do not say", "Empty when unknown"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compatibleChanges")
    void compatibleChangeIsAllowedWithTheSameOrAMinorVersion(String change, String from, String to) {
        String spec = edit(FIXTURE, from, to);
        for (String version : new String[] { "1.0.0", "1.1.0" }) {
            Verdict verdict = SpecCompatibility.check(FIXTURE, withVersion(spec, version));
            assertThat(verdict.breakingChanges()).as(change + ", " + version).isEmpty();
            assertThat(verdict.allowed()).as(verdict.message()).isTrue();
            assertThat(verdict.currentVersion()).isEqualTo(version);
        }
    }

    // ---- versions ----

    @Test
    void lowerVersionIsRefusedEvenWithoutChanges() {
        Verdict verdict = SpecCompatibility.check(FIXTURE, withVersion(FIXTURE, "0.9.0"));
        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.message()).contains("0.9.0 is lower than the released version 1.0.0");
        Verdict patch = SpecCompatibility.check(withVersion(FIXTURE, "1.2.3"), withVersion(FIXTURE, "1.2.2"));
        assertThat(patch.allowed()).as(patch.message()).isFalse();
    }

    @Test
    void majorBumpWithoutBreakingChangesIsAllowed() {
        Verdict verdict = SpecCompatibility.check(FIXTURE, withVersion(FIXTURE, "2.0.0"));
        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.breakingChanges()).isEmpty();
    }

    @Test
    void versionThatIsNotSemanticIsRejected() {
        assertThatThrownBy(() -> SpecCompatibility.check(FIXTURE, withVersion(FIXTURE, "v2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'v2'");
    }

    @Test
    void specsInDifferentOpenApiVersionsAreNotCompared() {
        Verdict verdict = SpecCompatibility.check(FIXTURE, edit(FIXTURE, "openapi: 3.0.3\n", "openapi: 3.1.0\n"));
        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.message()).contains("OpenAPI 3.1.0", "OpenAPI 3.0.3", "same OpenAPI version");
    }

    /**
     * The spec (version 1.0.0, as the fixture) is refused with exactly these breaking changes, named
     * in the message with the way out; a minor bump is refused too; the next major version passes.
     */
    private static Verdict assertBreakingUntilMajorBump(String spec, String... expected) {
        Verdict same = SpecCompatibility.check(FIXTURE, spec);
        assertThat(same.breakingChanges()).containsExactlyInAnyOrder(expected);
        assertThat(same.allowed()).isFalse();
        assertThat(same.message()).contains(expected)
                .contains("keeps major version 1", "revert", "quarkus.smallrye-openapi.info-version=2.0.0");

        Verdict minor = SpecCompatibility.check(FIXTURE, withVersion(spec, "1.1.0"));
        assertThat(minor.allowed()).as("a minor version bump").isFalse();
        assertThat(minor.breakingChanges()).containsExactlyInAnyOrder(expected);

        Verdict major = SpecCompatibility.check(FIXTURE, withVersion(spec, "2.0.0"));
        assertThat(major.allowed()).as(major.message()).isTrue();
        assertThat(major.breakingChanges()).containsExactlyInAnyOrder(expected);
        assertThat(major.message()).contains("allowed by the new major version 2.0.0");
        return same;
    }

    private static String withVersion(String spec, String version) {
        return edit(spec, "\n  version: 1.0.0\n", "\n  version: " + version + "\n");
    }

    /** Replaces the one occurrence of {@code from}: a fixture edit that no longer applies fails loudly. */
    private static String edit(String spec, String from, String to) {
        int at = spec.indexOf(from);
        assertThat(at).as("fixture contains exactly once:%n%s", from).isNotNegative()
                .isEqualTo(spec.lastIndexOf(from));
        return spec.substring(0, at) + to + spec.substring(at + from.length());
    }

    private static String resource(String name) {
        try (InputStream in = SpecCompatibilityTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
