package eu.twinning.goodpractice;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import eu.twinning.http.Params;
import eu.twinning.partner.PartnerInput;
import eu.twinning.theme.Theme;

/** The filters of the good-practice list that its feed takes as well; each bad value is a 400 naming it. */
public class GoodPracticeFilterParams {

    @Parameter(description = "Slug of the submitting partner", example = "raska")
    @QueryParam("partner")
    @Size(max = PartnerInput.SLUG_MAX_LENGTH)
    public String partner;

    @Parameter(description = "A theme the item is tagged with", example = "solidarity",
            schema = @Schema(implementation = Theme.class))
    @QueryParam("theme")
    public String theme;

    /** Documented by the shared Query parameter (eu.twinning.openapi.SharedParameters). */
    @QueryParam("q")
    public String q;

    /** Documented by the shared UpdatedSince parameter (eu.twinning.openapi.SharedParameters). */
    @QueryParam("updatedSince")
    public String updatedSince;

    public GoodPracticeFilter toFilter(GoodPracticeStatus status, GoodPracticeVisibility visibility) {
        return new GoodPracticeFilter(partner, Params.enumValue("theme", theme, Theme.class), status,
                Params.query(q), visibility, Params.instant("updatedSince", updatedSince));
    }
}
