package eu.twinning.persistence;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Accent- and case-folded text, so that ?q=lodz finds Łódź and ?q=raska finds Raška. */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace('ł', 'l').replace('đ', 'd').replace('ø', 'o').replace("ß", "ss").replace("æ", "ae");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** The folded values of some per-language texts and plain strings, for a LIKE search. */
    public static String of(Collection<Map<String, String>> texts, String... plain) {
        return Stream.concat(
                texts.stream().filter(Objects::nonNull).flatMap(t -> t.values().stream()),
                Stream.of(plain).filter(Objects::nonNull))
                .map(SearchText::fold)
                .collect(Collectors.joining(" | "));
    }

    /** A LIKE pattern for a folded query, with LIKE's wildcards escaped. */
    public static String likePattern(String folded) {
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
