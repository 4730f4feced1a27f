package eu.twinning.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.i18n.Language;
import eu.twinning.i18n.LocalizedText;

/** A link to an event from another resource. */
@Schema(name = "EventRef")
public record EventRef(@Schema(minimum = "1", examples = "1") long id, LocalizedText title) {

    public static EventRef of(Event event, Language language) {
        return event == null ? null : new EventRef(event.id, language.text(event.title));
    }
}
