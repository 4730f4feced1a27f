package eu.twinning.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class CollationKeysTest {

    private static List<String> sorted(String language, String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(Comparator.comparing(name -> CollationKeys.of(language, name)));
        return list;
    }

    @Test
    void sortsAsEachLanguagesReadersExpect() {
        assertThat(sorted("lv", "Viļņa", "Varšava", "Šauļi", "Sigulda", "Žagare", "Zilupe", "Čapāni", "Cīrava"))
                .containsExactly("Cīrava", "Čapāni", "Sigulda", "Šauļi", "Varšava", "Viļņa", "Zilupe", "Žagare");
        assertThat(sorted("pl", "Łódź", "Lublin", "Ludza")).containsExactly("Lublin", "Ludza", "Łódź");
        assertThat(sorted("sv", "Örebro", "Åre", "Zürich", "Vänersborg", "Warsaw"))
                .containsExactly("Vänersborg", "Warsaw", "Zürich", "Åre", "Örebro");
        assertThat(sorted("en", "Łódź", "Lublin", "Šiauliai", "Sigulda"))
                .containsExactly("Łódź", "Lublin", "Šiauliai", "Sigulda");
    }

    /** However long the text, and however much collation expands it, a key fits its column. */
    @Test
    void keysAreBoundedLowerCaseHex() {
        for (String letter : List.of("ß", "ﬃ", "İ", "한", "a")) {
            String key = CollationKeys.of("lv", letter.repeat(200));
            assertThat(key).hasSizeLessThanOrEqualTo(CollationKeys.MAX_LENGTH).matches("[0-9a-f]+");
        }
        assertThat(CollationKeys.of("lv", "ß".repeat(200))).hasSize(CollationKeys.MAX_LENGTH);
        // Texts alike in their first hundred key bytes tie; the list breaks ties by id.
        assertThat(CollationKeys.of("en", "a".repeat(300) + "b")).isEqualTo(CollationKeys.of("en", "a".repeat(300) + "c"));
    }

    @Test
    void theVersionNamesTheCollationsOfTheLanguages() {
        assertThat(CollationKeys.version(List.of("lv", "en"))).startsWith("icu 78.1").contains("lv=").contains("en=")
                .isEqualTo(CollationKeys.version(List.of("en", "lv")));
    }
}
