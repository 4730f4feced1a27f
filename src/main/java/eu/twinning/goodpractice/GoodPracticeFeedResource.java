package eu.twinning.goodpractice;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.twinning.feed.AtomFeed;
import eu.twinning.http.Responses;
import eu.twinning.i18n.LanguageParams;
import eu.twinning.i18n.LanguageResolver;

/** Published good practice as an Atom feed, for feed readers: the same for every caller. */
@Path("/api/v1/good-practices.atom")
@Tag(name = "Good practices")
@Produces(AtomFeed.MEDIA_TYPE)
public class GoodPracticeFeedResource {

    private final GoodPracticeFeed feed;
    private final LanguageResolver languages;

    public GoodPracticeFeedResource(GoodPracticeFeed feed, LanguageResolver languages) {
        this.feed = feed;
        this.languages = languages;
    }

    @GET
    @Operation(operationId = "getGoodPracticesFeed", summary = "Published good practice as a feed (Atom)",
            description = "Published good practices as an Atom feed (RFC 4287) in one language (lang=* is refused), "
                    + "the latest published first, whoever asks (drafts and items under review are never in it): "
                    + "an entry per item, its author the partner, published when it was published, with its "
                    + "summary, text, themes (categories) and a link to it in JSON. Entry ids are tag: URIs of the "
                    + "configured TWINNING_ID_DOMAIN (tag:<domain>,2026:good-practice-1) that never change. Not "
                    + "paged: at most " + AtomFeed.MAX_ENTRIES + " entries. Public.")
    public RestResponse<String> practices(@BeanParam LanguageParams lang, @BeanParam GoodPracticeFilterParams filter,
            @Context UriInfo uri) {
        var language = languages.resolve(lang);
        return Responses.ok(feed.of(filter, language, uri.getBaseUri(), uri.getRequestUri()), language);
    }
}
