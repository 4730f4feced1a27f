package eu.twinning.i18n;

import eu.twinning.config.TwinningConfig;
import eu.twinning.problem.ProblemException;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

/** Chooses the language of a read: ?lang= first, then Accept-Language by quality, then the fallback. */
@ApplicationScoped
public class LanguageResolver {

    public static final String TAG_OR_ALL = "^(\\*|[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*)$";
    /** The longest language tag read or written (RFC 5646 4.4.1: 35 characters hold every tag in use). */
    public static final int MAX_TAG_LENGTH = 35;
    private static final Pattern TAG = Pattern.compile(TAG_OR_ALL);

    private final List<String> supported;

    @jakarta.inject.Inject
    public LanguageResolver(TwinningConfig config) {
        this(config.languages());
    }

    LanguageResolver(List<String> languages) {
        this.supported = languages.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        // Content-Language and the network's languages publish these bounds: a configuration past them is refused.
        if (supported.size() > Translations.MAX_LANGUAGES
                || supported.stream().anyMatch(l -> l.length() > MAX_TAG_LENGTH)) {
            throw new IllegalStateException("twinning.languages must be at most " + Translations.MAX_LANGUAGES
                    + " language tags of at most " + MAX_TAG_LENGTH + " characters: " + languages);
        }
    }

    public List<String> supported() {
        return supported;
    }

    /** The languages a list can be sorted in: those supported, and the fallback. */
    public List<String> sortLanguages() {
        return sortLanguages(supported);
    }

    /** The same for a configured list (migrations and tools read the configuration themselves). */
    public static List<String> sortLanguages(List<String> configured) {
        return Stream.concat(configured.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)), Stream.of(Language.FALLBACK))
                .filter(l -> !l.isEmpty()).distinct().toList();
    }

    public Language resolve(LanguageParams params) {
        return resolve(params.lang, params.acceptLanguage);
    }

    /** The language of ?lang= (400 when it is no language tag), else of Accept-Language, else English. */
    public Language resolve(String lang, String acceptLanguage) {
        if (lang != null) {
            if (lang.length() > MAX_TAG_LENGTH || !TAG.matcher(lang).matches()) {
                throw ProblemException.invalid("lang", "must be a language tag such as 'lv', or '*'");
            }
            if (lang.equals("*")) {
                return Language.ALL;
            }
            return new Language(match(lang).orElse(Language.FALLBACK));
        }
        return new Language(fromAcceptLanguage(acceptLanguage).orElse(Language.FALLBACK));
    }

    /** A supported language for a tag: the tag itself, or its primary subtag (lv-LV -> lv). */
    private Optional<String> match(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        if (supported.contains(lower)) {
            return Optional.of(lower);
        }
        String primary = lower.split("-")[0];
        return supported.contains(primary) ? Optional.of(primary) : Optional.empty();
    }

    /**
     * RFC 4647 lookup over the header's ranges by weight ({@link Locale.LanguageRange}). Browsers
     * send messy headers: a malformed range is skipped rather than refusing the whole header.
     */
    private Optional<String> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges = Stream.of(header.split(","))
                .flatMap(LanguageResolver::parseRange)
                .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                .toList();
        for (Locale.LanguageRange range : ranges) {
            if (range.getRange().equals("*")) {
                return Optional.of(Language.FALLBACK);
            }
            String found = Locale.lookupTag(List.of(range), supported);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private static Stream<Locale.LanguageRange> parseRange(String part) {
        if (part.isBlank()) {
            return Stream.empty();
        }
        try {
            return Locale.LanguageRange.parse(part.trim()).stream().filter(r -> r.getWeight() > 0);
        } catch (IllegalArgumentException malformed) {
            return Stream.empty();
        }
    }
}
