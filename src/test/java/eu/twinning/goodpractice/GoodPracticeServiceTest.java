package eu.twinning.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.twinning.security.Caller;
import eu.twinning.i18n.Language;
import eu.twinning.problem.ProblemException;
import eu.twinning.security.Role;
import eu.twinning.theme.Theme;
import eu.twinning.partner.PartnerRefInput;
import eu.twinning.partner.PartnerRepository;
import io.quarkus.test.junit.QuarkusTest;

/** The review workflow, called on the service: which transitions exist and who sees what. */
@QuarkusTest
class GoodPracticeServiceTest {

    private static final Language EN = new Language("en");
    private static final Caller ADMIN = new Caller("test admin", Role.ADMIN, null, null);
    private static final Caller MODERATOR = new Caller("test moderator", Role.MODERATOR, null, null);

    @Inject
    GoodPracticeService service;

    @Inject
    PartnerRepository partners;

    private Caller raskaEditor() {
        return new Caller("raska editor", Role.EDITOR, partners.findBySlug("raska").orElseThrow().id, 1L);
    }

    private long draft(Caller caller) {
        return service.create(new GoodPracticeInput(new PartnerRefInput("raska"), Map.of("en", "Example practice"),
                Map.of("en", "A placeholder summary"), null, Set.of(Theme.ART_AND_CULTURE), List.of(), null), caller, EN).id();
    }

    private static int status(Throwable e) {
        return ((ProblemException) e).status();
    }

    @Test
    void aDraftIsSubmittedThenReviewedOnce() {
        long id = draft(raskaEditor());
        assertThatThrownBy(() -> service.review(id, null, new ReviewInput(ReviewDecision.PUBLISH, null), MODERATOR, EN))
                .satisfies(e -> assertThat(status(e)).isEqualTo(409));
        assertThat(service.submit(id, null, raskaEditor(), EN).status()).isEqualTo(GoodPracticeStatus.SUBMITTED);
        assertThat(service.review(id, null, new ReviewInput(ReviewDecision.PUBLISH, null), MODERATOR, EN).status())
                .isEqualTo(GoodPracticeStatus.PUBLISHED);
        assertThatThrownBy(() -> service.review(id, null, new ReviewInput(ReviewDecision.REJECT, "no"), ADMIN, EN))
                .satisfies(e -> assertThat(status(e)).isEqualTo(409));
    }

    @Test
    void unpublishedItemsExistOnlyForTheirEditorsModeratorsAndAdmins() {
        long id = draft(ADMIN);
        Caller otherEditor = new Caller("other", Role.EDITOR, partners.findBySlug("utena").orElseThrow().id, 2L);
        for (Caller stranger : List.of(Caller.ANONYMOUS, otherEditor)) {
            assertThatThrownBy(() -> service.get(id, stranger, EN))
                    .satisfies(e -> assertThat(status(e)).isEqualTo(404));
        }
        for (Caller insider : List.of(ADMIN, MODERATOR, raskaEditor())) {
            assertThat(service.get(id, insider, EN).status()).isEqualTo(GoodPracticeStatus.DRAFT);
        }
    }

    @Test
    void aRejectedItemGoesBackToDraftWhenEdited() {
        long id = draft(raskaEditor());
        service.submit(id, null, raskaEditor(), EN);
        service.review(id, null, new ReviewInput(ReviewDecision.REJECT, "Say what the practice does"), MODERATOR, EN);
        assertThat(service.get(id, raskaEditor(), EN).reviewReason()).isEqualTo("Say what the practice does");
        var edited = service.update(id, null, new GoodPracticeInput(new PartnerRefInput("raska"), Map.of("en", "Example practice"),
                Map.of("en", "A placeholder summary, longer"), null, Set.of(Theme.ART_AND_CULTURE), List.of(), null),
                raskaEditor(), EN);
        assertThat(edited.status()).isEqualTo(GoodPracticeStatus.DRAFT);
    }
}
