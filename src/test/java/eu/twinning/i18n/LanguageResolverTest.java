package eu.twinning.i18n;

import eu.twinning.problem.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The language rules, without a server. */
class LanguageResolverTest {

    private final LanguageResolver resolver = new LanguageResolver(List.of("en", "lv", "sr", "pl"));

    private Language resolve(String lang, String acceptLanguage) {
        LanguageParams params = new LanguageParams();
        params.lang = lang;
        params.acceptLanguage = acceptLanguage;
        return resolver.resolve(params);
    }

    @Test
    void langParameterWinsOverTheHeader() {
        assertThat(resolve("lv", "pl").tag()).isEqualTo("lv");
    }

    @Test
    void acceptLanguageIsReadByQuality() {
        assertThat(resolve(null, "de;q=0.9, pl;q=0.8, lv;q=0.95").tag()).isEqualTo("lv");
        assertThat(resolve(null, "sr-Latn-RS").tag()).isEqualTo("sr");
        assertThat(resolve(null, "lv;q=0, pl").tag()).isEqualTo("pl");
        assertThat(resolve(null, "PL-pl, lv;q=0.9").tag()).isEqualTo("pl");
        assertThat(resolve(null, "fr;q=0.9, *;q=0.5, lv;q=0.4").tag()).isEqualTo("en");
    }

    @Test
    void aMalformedRangeIsSkippedAndTheRestStillCounts() {
        assertThat(resolve(null, "de;q=abc, lv;q=0.7").tag()).isEqualTo("lv");
        assertThat(resolve(null, "x_y, sr;q=0.2").tag()).isEqualTo("sr");
        assertThat(resolve(null, "lv;q=2, pl;q=0.1").tag()).isEqualTo("pl");
    }

    @Test
    void unknownOrMessyLanguagesFallBackToEnglish() {
        assertThat(resolve(null, null).tag()).isEqualTo("en");
        assertThat(resolve(null, "fr, de").tag()).isEqualTo("en");
        assertThat(resolve(null, ";;;, %%").tag()).isEqualTo("en");
        assertThat(resolve("fr", null).tag()).isEqualTo("en");
    }

    @Test
    void starMeansAllLanguagesAndBadTagsAreRefused() {
        assertThat(resolve("*", "lv").isAll()).isTrue();
        assertThatThrownBy(() -> resolve("l_v", null)).isInstanceOf(ProblemException.class);
    }

    @Test
    void textsFallBackToEnglishThenToAnyLanguage() {
        Map<String, String> both = Map.of("en", "Warsaw", "pl", "Warszawa");
        assertThat(new Language("pl").text(both).value()).isEqualTo("Warszawa");
        assertThat(new Language("lv").text(both).value()).isEqualTo("Warsaw");
        assertThat(new Language("lv").text(Map.of("pl", "Łódź")).value()).isEqualTo("Łódź");
        assertThat(Language.ALL.text(both).value()).isEqualTo(both);
        assertThat(new Language("lv").text(null)).isNull();
    }
}
