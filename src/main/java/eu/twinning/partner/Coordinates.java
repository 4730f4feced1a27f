package eu.twinning.partner;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** WGS 84 position, for maps. */
@Schema(name = "Coordinates")
public record Coordinates(
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(examples = "55.8714") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(examples = "26.5161") Double longitude) {
}
