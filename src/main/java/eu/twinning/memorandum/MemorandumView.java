package eu.twinning.memorandum;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.i18n.Language;
import eu.twinning.http.Versioned;
import eu.twinning.i18n.LocalizedText;
import eu.twinning.theme.Theme;
import eu.twinning.event.EventRef;
import eu.twinning.partner.PartnerRef;

/** A memorandum as read, with links to its signatories and to the event where it was signed. */
@Schema(name = "Memorandum")
public record MemorandumView(
        @Schema(minimum = "1", examples = "1") long id,
        LocalizedText title,
        @Schema(nullable = true) LocalizedText description,
        MemorandumStatus status,
        @Schema(nullable = true, examples = "2018-11-09") LocalDate signedOn,
        @Schema(nullable = true) LocalizedText signedPlace,
        List<PartnerRef> signatories,
        List<Theme> areas,
        @Schema(nullable = true) EventRef event,
        Instant createdAt,
        Instant updatedAt,
        @JsonIgnore long version) implements Versioned {

    static MemorandumView of(Memorandum m, Language language) {
        return new MemorandumView(m.id, language.text(m.title), language.text(m.description), m.status, m.signedOn,
                language.text(m.signedPlace),
                m.signatories.stream().sorted(Comparator.comparing(p -> p.slug))
                        .map(p -> PartnerRef.of(p, language)).toList(),
                m.areas.stream().sorted(Comparator.comparing(Theme::toString)).toList(), EventRef.of(m.event, language), m.createdAt, m.updatedAt, m.version);
    }
}
