package eu.twinning.common;

import jakarta.ws.rs.HeaderParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The If-Match header of a write: the ETag the client last read, to refuse lost updates (412). */
public class IfMatch {

    @HeaderParam("If-Match")
    @Parameter(description = "ETag of the representation the change is based on; a stale one is refused "
            + "with 412. Without it, a write that races another still fails with 409, never silently.",
            example = "\"3-en\"")
    public String value;
}
