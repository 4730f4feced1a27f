package eu.twinning.common;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The reader's language, from ?lang= or else Accept-Language. */
public class LanguageParams {

    @QueryParam("lang")
    @Parameter(description = "Language of the texts (a language tag such as lv), or * for every language as "
            + "objects keyed by tag. Overrides Accept-Language. Missing translations fall back to English.",
            schema = @Schema(pattern = LanguageResolver.TAG_OR_ALL), example = "lv")
    public String lang;

    @HeaderParam("Accept-Language")
    @Parameter(description = "Preferred languages (RFC 9110), used when lang is absent", example = "lv, en;q=0.8")
    public String acceptLanguage;
}
