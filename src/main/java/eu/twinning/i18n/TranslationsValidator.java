package eu.twinning.i18n;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class TranslationsValidator implements ConstraintValidator<Translations, Map<String, String>> {

    private static final Pattern TAG = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$");
    private int max;

    @Override
    public void initialize(Translations annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(Map<String, String> texts, ConstraintValidatorContext context) {
        if (texts == null) {
            return true;
        }
        Fault fault = faultOf(texts);
        if (fault == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        var violation = context.buildConstraintViolationWithTemplate(fault.message());
        if (fault.language() == null) {
            violation.addConstraintViolation();
        } else {
            // Named down to the text at fault: name.lv, programme[1].items[2].title.en.
            violation.addPropertyNode(fault.language()).addConstraintViolation();
        }
        return false;
    }

    /** What is wrong, and with the text of which language, if it is one text. */
    private record Fault(String language, String message) {
    }

    private Fault faultOf(Map<String, String> texts) {
        if (!texts.containsKey(Language.FALLBACK)) {
            return new Fault(null, "must include an English text (key en)");
        }
        if (texts.size() > Translations.MAX_LANGUAGES) {
            return new Fault(null, "must have at most " + Translations.MAX_LANGUAGES + " languages");
        }
        for (Map.Entry<String, String> text : texts.entrySet()) {
            if (text.getKey().length() > LanguageResolver.MAX_TAG_LENGTH || !TAG.matcher(text.getKey()).matches()) {
                // Not named as a place of its own: a key that is no tag may be of any length.
                return new Fault(null, "'" + text.getKey() + "' is not a language tag such as lv or sr-Latn");
            }
            if (text.getValue() == null || text.getValue().isBlank()) {
                return new Fault(text.getKey(), "text for '" + text.getKey() + "' must not be blank");
            }
            if (text.getValue().length() > max) {
                return new Fault(text.getKey(), "text for '" + text.getKey() + "' must have at most " + max
                        + " characters");
            }
        }
        return null;
    }
}
