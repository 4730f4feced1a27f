package eu.twinning.partner;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import eu.twinning.http.Params;

/** The filters of the partner list, which the map takes as well; each bad value is a 400 naming it. */
public class PartnerFilterParams {

    @Parameter(description = "ISO 3166-1 alpha-2 country code, in any case", example = "LT",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{2}$", maxLength = 2))
    @QueryParam("country")
    public String country;

    @Parameter(description = "Role in the network", schema = @Schema(implementation = PartnerRole.class))
    @QueryParam("role")
    public String role;

    @Parameter(description = "City or district", schema = @Schema(implementation = PartnerKind.class))
    @QueryParam("kind")
    public String kind;

    /** Documented by the shared Query parameter (eu.twinning.openapi.SharedParameters). */
    @QueryParam("q")
    public String q;

    /** Documented by the shared UpdatedSince parameter (eu.twinning.openapi.SharedParameters). */
    @QueryParam("updatedSince")
    public String updatedSince;

    public PartnerFilter toFilter() {
        return new PartnerFilter(Params.country("country", country), Params.enumValue("role", role, PartnerRole.class),
                Params.enumValue("kind", kind, PartnerKind.class), Params.query(q),
                Params.instant("updatedSince", updatedSince));
    }
}
