package eu.twinning.partner;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.twinning.http.Responses;
import eu.twinning.i18n.LanguageParams;
import eu.twinning.i18n.LanguageResolver;

/** The partners as GeoJSON, for map libraries (Leaflet, OpenLayers, MapLibre) to draw as they are. */
@Path("/api/v1/partners.geojson")
@Tag(name = "Partners")
@Produces(PartnerMap.MEDIA_TYPE)
public class PartnerMapResource {

    private final PartnerService service;
    private final LanguageResolver languages;

    public PartnerMapResource(PartnerService service, LanguageResolver languages) {
        this.service = service;
        this.languages = languages;
    }

    @GET
    @Operation(operationId = "mapPartners", summary = "Map the partners (GeoJSON)",
            description = "The partners of the list's filters as a GeoJSON FeatureCollection (RFC 7946): one Point "
                    + "at [longitude, latitude] per partner with coordinates, named in the reader's language, "
                    + "with a link to the partner in JSON. Not paged: at most " + PartnerMap.MAX_FEATURES
                    + " features, the first by name (truncated says whether there were more). Partners without "
                    + "coordinates are counted in withoutCoordinates. Public.")
    public RestResponse<PartnerMap> map(@BeanParam LanguageParams lang, @BeanParam PartnerFilterParams filter,
            @Context UriInfo uri) {
        var partners = filter.toFilter();
        var language = languages.resolve(lang);
        return Responses.ok(service.map(partners, language, uri.getBaseUri()), language);
    }
}
