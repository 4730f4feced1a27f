package eu.twinning.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.twinning.common.Language;
import eu.twinning.common.ProblemException;
import eu.twinning.common.Theme;
import eu.twinning.partner.PartnerRefInput;
import io.quarkus.test.junit.QuarkusTest;

/** The review workflow, called on the service: which transitions exist and who sees what. */
@QuarkusTest
class GoodPracticeServiceTest {

    private static final Language EN = new Language("en");

    @Inject
    GoodPracticeService service;

    private long submit() {
        return service.submit(new GoodPracticeInput(new PartnerRefInput("raska"), Map.of("en", "Choir"),
                Map.of("en", "A joint choir"), null, Set.of(Theme.ART_AND_CULTURE), List.of(), null), EN).id();
    }

    @Test
    void onlySubmittedItemsCanBeReviewed() {
        long id = submit();
        assertThat(service.review(id, new ReviewInput(ReviewDecision.PUBLISH, null), EN).status())
                .isEqualTo(GoodPracticeStatus.PUBLISHED);
        assertThatThrownBy(() -> service.review(id, new ReviewInput(ReviewDecision.REJECT, "no"), EN))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(409));
    }

    @Test
    void unpublishedItemsDoNotExistForThePublic() {
        long id = submit();
        assertThatThrownBy(() -> service.get(id, GoodPracticeService.PUBLIC, EN))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(404));
        assertThat(service.get(id, GoodPracticeService.ALL, EN).status()).isEqualTo(GoodPracticeStatus.SUBMITTED);
    }
}
