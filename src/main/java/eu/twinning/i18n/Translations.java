package eu.twinning.i18n;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A per-language text as written: language tags as keys, English present (it is every reader's
 * fallback), no blank values, each value at most {@code max} characters.
 */
@Documented
@Constraint(validatedBy = TranslationsValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Translations {
    /** Languages a text may have at most (the spec's maxProperties of TextByLanguage). */
    int MAX_LANGUAGES = 30;

    int max();

    String message() default "must be an object of texts keyed by language tag, including en";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
