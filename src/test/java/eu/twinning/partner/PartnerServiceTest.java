package eu.twinning.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.twinning.common.Language;
import eu.twinning.common.ProblemException;
import io.quarkus.test.junit.QuarkusTest;

/** The service's rules, called directly: transactions, uniqueness, references. */
@QuarkusTest
class PartnerServiceTest {

    @Inject
    PartnerService service;

    @Inject
    PartnerRepository repository;

    private static PartnerInput input(String slug) {
        return new PartnerInput(slug, "FI", null, PartnerKind.CITY, Map.of("en", "Turku", "fi", "Turku"), "Turku",
                null, null, null, null);
    }

    @Test
    void aRefusedCreateStoresNothing() {
        long before = repository.count();
        assertThatThrownBy(() -> service.create(input("daugavpils"), new Language("en")))
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
    void createFillsTheDerivedSearchAndSortFields() {
        service.create(input("turku-test"), new Language("en"));
        Partner stored = repository.findBySlug("turku-test").orElseThrow();
        assertThat(stored.sortName).isEqualTo("turku");
        assertThat(stored.searchText).contains("turku");
        assertThat(stored.createdAt).isNotNull();
        service.delete("turku-test");
    }
}
