package eu.twinning.link;

import eu.twinning.i18n.Language;
import eu.twinning.i18n.LocalizedText;
import eu.twinning.i18n.TextByLanguage;
import eu.twinning.i18n.Translations;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link to a page elsewhere, as written and as stored. */
@Schema(name = "ExternalLinkInput")
public record ExternalLink(
        @NotNull @Translations(max = 200) @Schema(implementation = TextByLanguage.class, required = true) Map<String, String> title,
        @NotNull @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL")
        @Schema(examples = "https://www.facebook.com/ttchandaugavpils/") String url) {

    /** The link as read, with its title in the reader's language. */
    @Schema(name = "ExternalLink")
    public record View(LocalizedText title, String url) {
        public static View of(ExternalLink link, Language language) {
            return new View(language.text(link.title()), link.url());
        }
    }
}
