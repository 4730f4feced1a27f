package eu.twinning.partner;

import static org.assertj.core.api.Assertions.assertThat;


import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.twinning.paging.PageParams;
import eu.twinning.paging.SortKeys;
import eu.twinning.persistence.SearchText;
import io.quarkus.test.junit.QuarkusTest;

/** The queries against the migrated and seeded database. */
@QuarkusTest
class PartnerRepositoryTest {

    @Inject
    PartnerRepository repository;

    private static final SortKeys SORT = SortKeys.parse(PartnerResource.SORT);

    @Test
    void theSeedHoldsTheElevenLocalitiesOfTheSources() {
        assertThat(repository.findBySlugs(java.util.List.of("daugavpils", "raska", "panevezys", "utena", "vilnius",
                "lodz", "warsaw", "krakow", "anhalt-bitterfeld", "vanersborg", "san-benedetto-del-tronto")))
                .hasSize(11);
    }

    @Test
    void searchCombinesFiltersAndFoldsText() {
        var page = new PageParams().toRequest(SORT);
        assertThat(repository.search(new PartnerFilter("PL", null, PartnerKind.CITY, null), page, "en").<Partner>list())
                .extracting(p -> p.slug).containsExactly("krakow", "lodz", "warsaw");
        assertThat(repository.search(new PartnerFilter("DE", null, null, SearchText.fold("ANHALT")), page, "en")
                .<Partner>list()).extracting(p -> p.slug).containsExactly("anhalt-bitterfeld");
        assertThat(repository.search(new PartnerFilter(null, PartnerRole.LEAD, null, null), page, "en").count())
                .isEqualTo(1);
    }

    @Test
    void referencesCountTheMemorandumEventAndDelegation() {
        assertThat(repository.references(repository.findBySlug("raska").orElseThrow())).isGreaterThanOrEqualTo(3);
        assertThat(repository.references(repository.findBySlug("krakow").orElseThrow())).isEqualTo(1);
    }
}
