package eu.twinning.http;

import eu.twinning.i18n.Language;
import eu.twinning.paging.Page;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/** Builds read and write responses with the headers every client relies on. */
public final class Responses {

    private Responses() {
    }

    public static <T> RestResponse<T> ok(T body, Language language) {
        return withLanguage(ResponseBuilder.ok(body), language).build();
    }

    /** A read of a resource that answers in more than one format, in the one negotiated. */
    public static <T> RestResponse<T> ok(T body, Language language, String type) {
        return withLanguage(ResponseBuilder.ok(body, type), language).build();
    }

    /** 201 with the new resource's URL: the collection's URL (this POST's) plus its key. */
    public static <T> RestResponse<T> created(T body, UriInfo uri, Object key, Language language) {
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(key)).build();
        return withLanguage(ResponseBuilder.<T>created(location).entity(body), language).build();
    }

    /** A page, with RFC 8288 Link headers to the first, previous, next and last pages. */
    public static <T> RestResponse<Page<T>> page(Page<T> page, UriInfo uri, Language language) {
        ResponseBuilder<Page<T>> builder = withLanguage(ResponseBuilder.ok(page), language);
        List<String> links = new ArrayList<>();
        int last = Math.max(page.totalPages() - 1, 0);
        links.add(link(uri, 0, "first"));
        if (page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return builder.header("Link", String.join(", ", links)).build();
    }

    private static String link(UriInfo uri, int page, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }

    private static <T> ResponseBuilder<T> withLanguage(ResponseBuilder<T> builder, Language language) {
        if (!language.isAll()) {
            builder.header(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        }
        return builder;
    }
}
