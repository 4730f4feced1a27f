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
        String problem = problemOf(texts);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }

    private String problemOf(Map<String, String> texts) {
        if (!texts.containsKey(Language.FALLBACK)) {
            return "must include an English text (key en)";
        }
        if (texts.size() > Translations.MAX_LANGUAGES) {
            return "must have at most " + Translations.MAX_LANGUAGES + " languages";
        }
        for (Map.Entry<String, String> text : texts.entrySet()) {
            if (text.getKey().length() > LanguageResolver.MAX_TAG_LENGTH || !TAG.matcher(text.getKey()).matches()) {
                return "'" + text.getKey() + "' is not a language tag such as lv or sr-Latn";
            }
            if (text.getValue() == null || text.getValue().isBlank()) {
                return "text for '" + text.getKey() + "' must not be blank";
            }
            if (text.getValue().length() > max) {
                return "text for '" + text.getKey() + "' must have at most " + max + " characters";
            }
        }
        return null;
    }
}
