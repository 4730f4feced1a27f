package eu.twinning.i18n;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;


/**
 * The reader's language, from ?lang= or else Accept-Language. Documented in the spec by
 * eu.twinning.openapi.SharedParameters.
 */
public class LanguageParams {

    @QueryParam("lang")
    public String lang;

    @HeaderParam("Accept-Language")
    public String acceptLanguage;
}
