package eu.twinning.i18n;

import java.util.Map;

/**
 * The few words the API writes itself, where a format needs a title of its own (a calendar's name,
 * a feed's title): in the network's default languages, English for any other.
 */
public enum Labels {

    EVENTS(Map.of("en", "Events", "lv", "Pasākumi", "lt", "Renginiai", "pl", "Wydarzenia", "de", "Veranstaltungen",
            "sv", "Evenemang", "sr", "Догађаји", "it", "Eventi")),
    GOOD_PRACTICE(Map.of("en", "Good practice", "lv", "Labā prakse", "lt", "Geroji praktika", "pl", "Dobre praktyki",
            "de", "Gute Praxis", "sv", "Goda exempel", "sr", "Добра пракса", "it", "Buone pratiche"));

    private final Map<String, String> text;

    Labels(Map<String, String> text) {
        this.text = text;
    }

    /** The label in this language, or in English (also for every language at once). */
    public String in(Language language) {
        return text.get(tagIn(language));
    }

    /** The language of the label {@link #in} gives: this one, or English where the label has none. */
    public String tagIn(Language language) {
        return language.isAll() || !text.containsKey(language.tag()) ? Language.FALLBACK : language.tag();
    }
}
