package eu.twinning.event;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import eu.twinning.http.Params;
import eu.twinning.partner.PartnerInput;
import eu.twinning.problem.ProblemException;

/** The filters of the event list, which the calendar takes as well; each bad value is a 400 naming it. */
public class EventFilterParams {

    @Parameter(description = "Events ending on or after this date", example = "2018-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("from")
    public String from;

    @Parameter(description = "Events starting on or before this date", example = "2018-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @QueryParam("to")
    public String to;

    @Parameter(description = "Slug of a partner that hosted or sent a delegation", example = "raska")
    @QueryParam("partner")
    @Size(max = PartnerInput.SLUG_MAX_LENGTH)
    public String partner;

    @Parameter(description = "Event type", schema = @Schema(implementation = EventType.class))
    @QueryParam("type")
    public String type;

    /** Documented by the shared Query parameter (eu.twinning.openapi.SharedParameters). */
    @QueryParam("q")
    public String q;

    /** Documented by the shared UpdatedSince parameter (eu.twinning.openapi.SharedParameters). */
    @QueryParam("updatedSince")
    public String updatedSince;

    public EventFilter toFilter() {
        var filter = new EventFilter(Params.date("from", from), Params.date("to", to), partner,
                Params.enumValue("type", type, EventType.class), Params.query(q),
                Params.instant("updatedSince", updatedSince));
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return filter;
    }
}
