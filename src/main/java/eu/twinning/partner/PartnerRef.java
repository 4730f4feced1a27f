package eu.twinning.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.twinning.i18n.Language;
import eu.twinning.i18n.LocalizedText;

/** A link to a partner from another resource: enough to show it, and its slug to fetch the rest. */
@Schema(name = "PartnerRef")
public record PartnerRef(@Schema(examples = "raska") String slug, LocalizedText name) {

    public static PartnerRef of(Partner partner, Language language) {
        return partner == null ? null : new PartnerRef(partner.slug, language.text(partner.name));
    }
}
