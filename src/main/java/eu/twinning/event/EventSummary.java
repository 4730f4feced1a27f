package eu.twinning.event;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.i18n.Language;
import eu.twinning.i18n.LocalizedText;
import eu.twinning.partner.PartnerRef;

/** An event in a list: what a calendar shows; the programme is read from the event itself. */
@Schema(name = "EventSummary")
public record EventSummary(
        @Schema(minimum = "1", examples = "1") long id,
        LocalizedText title,
        EventType type,
        @Schema(examples = "2018-11-08") LocalDate startDate,
        @Schema(examples = "2018-11-12") LocalDate endDate,
        @Schema(nullable = true) LocalizedText venue,
        @Schema(nullable = true) PartnerRef host,
        Instant updatedAt) {

    static EventSummary of(Event e, Language language) {
        return new EventSummary(e.id, language.text(e.title), e.type, e.startDate, e.endDate,
                language.text(e.venue), PartnerRef.of(e.host, language), e.updatedAt);
    }
}
