package eu.twinning.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.twinning.security.Caller;
import eu.twinning.i18n.Language;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.i18n.CollationKeys;
import eu.twinning.security.Role;
import eu.twinning.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The service's rules, called directly: transactions, uniqueness, references. */
@QuarkusTest
class PartnerServiceTest {

    private static final Caller ADMIN = new Caller("test admin", Role.ADMIN, null, null);

    @Inject
    PartnerService service;

    @Inject
    PartnerRepository repository;

    @Inject
    LanguageResolver languages;

    private static PartnerInput input(String slug) {
        return new PartnerInput(slug, "FI", null, PartnerKind.CITY, Map.of("en", "Turku", "fi", "Turku"), "Turku",
                null, null, null, null);
    }

    @Test
    void aRefusedCreateStoresNothing() {
        long before = repository.count();
        assertThatThrownBy(() -> service.create(input("daugavpils"), ADMIN, new Language("en")))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(409));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void resolvesReferencesInOrderAndNamesTheBadOnes() {
        var refs = List.of(new PartnerRefInput("raska"), new PartnerRefInput("daugavpils"));
        assertThat(service.resolve("signatories", refs)).extracting(p -> p.slug).containsExactly("raska",
                "daugavpils");
        assertThatThrownBy(() -> service.resolve("signatories",
                List.of(new PartnerRefInput("raska"), new PartnerRefInput("raska"), new PartnerRefInput("nowhere"))))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("2 invalid fields");
    }

    @Test
    void anEditorChangesItsOwnProfileButNotItsSlugCountryOrRole() {
        service.create(input("oulu-test"), ADMIN, new Language("en"));
        long id = repository.findBySlug("oulu-test").orElseThrow().id;
        Caller editor = new Caller("oulu editor", Role.EDITOR, id, 99L);
        Caller other = new Caller("other editor", Role.EDITOR, id + 1000, 98L);
        PartnerInput renamed = new PartnerInput("oulu-test", "FI", null, PartnerKind.CITY,
                Map.of("en", "Oulu"), "Oulu", null, null, null, 5);
        assertThat(service.update("oulu-test", null, renamed, editor, new Language("en")).participants()).isEqualTo(5);
        assertThatThrownBy(() -> service.update("oulu-test", null, renamed, other, new Language("en")))
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(403));
        PartnerInput promoted = new PartnerInput("oulu-test", "FI", PartnerRole.LEAD, PartnerKind.CITY,
                Map.of("en", "Oulu"), "Oulu", null, null, null, 5);
        assertThatThrownBy(() -> service.update("oulu-test", null, promoted, editor, new Language("en")))
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(403))
                .hasMessageContaining("role");
        assertThat(repository.findBySlug("oulu-test").orElseThrow().role).isNull();
        service.delete("oulu-test", null, ADMIN);
    }

    @Test
    void createFillsTheDerivedSearchAndSortFields() {
        service.create(input("turku-test"), ADMIN, new Language("en"));
        Partner stored = repository.findBySlug("turku-test").orElseThrow();
        assertThat(stored.searchText).contains("turku");
        assertThat(stored.createdAt).isNotNull();
        assertThat(nameKeys("turku-test")).containsOnlyKeys(languages.sortLanguages())
                .containsEntry("lv", CollationKeys.of("lv", "Turku"));
        service.delete("turku-test", null, ADMIN);
    }

    /** Each language's key is of the name that language's readers see: their own, else the English one. */
    @Test
    void everyWriteMakesTheNameSortKeysAgain() {
        service.create(input("abo-test"), ADMIN, new Language("en"));
        service.update("abo-test", null, new PartnerInput("abo-test", "FI", null, PartnerKind.CITY,
                Map.of("en", "Åbo", "lv", "Turku"), "Turku", null, null, null, null), ADMIN, new Language("en"));
        assertThat(nameKeys("abo-test")).containsOnlyKeys(languages.sortLanguages())
                .containsEntry("lv", CollationKeys.of("lv", "Turku"))
                .containsEntry("sv", CollationKeys.of("sv", "Åbo"))
                .containsEntry("en", CollationKeys.of("en", "Åbo"));
        service.delete("abo-test", null, ADMIN);
    }

    private Map<String, String> nameKeys(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> new HashMap<>(repository.findBySlug(slug).orElseThrow().nameKeys));
    }
}
