package eu.twinning.linkeddata;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonProperty;

import eu.twinning.http.Accept;
import eu.twinning.i18n.Language;
import eu.twinning.i18n.LocalizedText;

/**
 * schema.org as JSON-LD, for search engines, CMSs and linked-data tools. Every document carries its
 * context inline, so that a processor expands it without fetching anything: schema.org is the
 * vocabulary (@vocab), name and description are texts in the reader's language (each tagged with
 * it, @language) or, with lang=*, language maps, and url and sameAs are IRIs. A text that the data
 * lacks in the reader's language comes in the fallback's, as a value object tagged with that
 * language: the tags say the truth where the JSON's Content-Language cannot.
 */
public final class LinkedData {

    public static final String MEDIA_TYPE = "application/ld+json";
    public static final String VOCABULARY = "https://schema.org/";
    private static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(MEDIA_TYPE));
    private static final List<String> TEXT_TERMS = List.of("name", "description");
    private static final List<String> IRI_TERMS = List.of("url", "sameAs");

    private LinkedData() {
    }

    /** Whether the request prefers JSON-LD to JSON (a client that states no preference gets JSON). */
    public static boolean wanted(HttpHeaders headers) {
        return Accept.choose(headers, OFFERED) != OFFERED.get(0);
    }

    /** The inline context of a document in this language. */
    public static Map<String, Object> context(Language language) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("@vocab", VOCABULARY);
        Map<String, String> text = language.isAll() ? Map.of("@container", "@language")
                : Map.of("@language", language.tag());
        TEXT_TERMS.forEach(term -> context.put(term, text));
        IRI_TERMS.forEach(term -> context.put(term, Map.of("@type", "@id")));
        return context;
    }

    /**
     * A text in the reader's language: the string (the context tags it), or a value object where the
     * data gives it in another language; with lang=*, the language map. From a view read with lang=*.
     */
    public static Object text(LocalizedText all, Language language) {
        if (all == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> values = (Map<String, String>) all.value();
        if (language.isAll()) {
            return values;
        }
        String tag = language.pickTag(values);
        return tag.equals(language.tag()) ? values.get(tag) : new Tagged(values.get(tag), tag);
    }

    /** The @id of a resource: its JSON URL under the API's base, which does not depend on the language. */
    public static String id(URI base, String path) {
        return base.resolve("api/v1/" + path).toString();
    }

    /** A text in a language other than the context's. */
    public record Tagged(@JsonProperty("@value") String value, @JsonProperty("@language") String language) {
    }
}
