package eu.twinning.goodpractice;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.link.ExternalLink;
import eu.twinning.i18n.Language;
import eu.twinning.http.Versioned;
import eu.twinning.i18n.LocalizedText;
import eu.twinning.theme.Theme;
import eu.twinning.event.EventRef;
import eu.twinning.partner.PartnerRef;

@Schema(name = "GoodPractice")
public record GoodPracticeView(
        @Schema(minimum = "1", examples = "1") long id,
        PartnerRef partner,
        LocalizedText title,
        LocalizedText summary,
        @Schema(nullable = true) LocalizedText body,
        List<Theme> themes,
        List<ExternalLink.View> links,
        @Schema(nullable = true) EventRef event,
        GoodPracticeStatus status,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(nullable = true) Instant reviewedAt,
        @Schema(nullable = true, maxLength = ReviewInput.MAX_REASON, description = "Why it was rejected, for the submitter")
        String reviewReason,
        Instant createdAt,
        Instant updatedAt,
        @JsonIgnore long version) implements Versioned {

    static GoodPracticeView of(GoodPractice g, Language language) {
        return new GoodPracticeView(g.id, PartnerRef.of(g.partner, language), language.text(g.title),
                language.text(g.summary), language.text(g.body), g.themes.stream().sorted(Comparator.comparing(Theme::toString)).toList(),
                g.links == null ? List.of() : g.links.stream().map(l -> ExternalLink.View.of(l, language)).toList(),
                EventRef.of(g.event, language), g.status, g.submittedAt, g.reviewedAt, g.reviewReason, g.createdAt,
                g.updatedAt, g.version);
    }
}
