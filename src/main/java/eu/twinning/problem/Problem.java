package eu.twinning.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: the one shape of every error this API returns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details", requiredProperties = { "type", "title", "status" })
public record Problem(
        @Schema(description = "Identifies the kind of problem", examples = "urn:twinning:problem:validation") String type,
        @Schema(examples = "Request is invalid") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "The request has 1 invalid field") String detail,
        @Schema(description = "The request path", examples = "/api/v1/partners") String instance,
        @Schema(description = "The offending fields, for validation problems") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "JSON path of the field or name of the parameter", examples = "name.en") String field,
            @Schema(examples = "must not be blank") String message) {
    }
}
