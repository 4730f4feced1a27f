package eu.twinning.http;

import jakarta.ws.rs.HeaderParam;


/**
 * The If-Match header of a write: the ETag the client last read, to refuse lost updates (412).
 * Documented in the spec by eu.twinning.openapi.SharedParameters.
 */
public class IfMatch {

    @HeaderParam("If-Match")
    public String value;
}
