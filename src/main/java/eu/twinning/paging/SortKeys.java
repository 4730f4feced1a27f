package eu.twinning.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A list's sort keys, declared once as a constant that the resource sorts by and that the spec
 * lists (the resource method carries it in the extension {@link #EXTENSION}, which
 * eu.twinning.openapi.SortParameters turns into the sort parameter's schema). The declaration is
 * comma-separated, the default sort first with its direction: "-createdAt,submittedAt". A key is
 * its API name, and its query expression after "=" where the two differ: "name=sortName".
 */
public record SortKeys(List<SortKey> keys, String defaultSort) {

    public static final String EXTENSION = "x-sort-keys";

    /** A key as the API names it, and the query expression it sorts by. */
    public record SortKey(String name, String expression) {
    }

    public static SortKeys parse(String declaration) {
        List<SortKey> keys = new ArrayList<>();
        String defaultSort = null;
        for (String key : declaration.split(",")) {
            String[] parts = key.split("=", 2);
            String name = parts[0].replaceFirst("^-", "");
            keys.add(new SortKey(name, parts.length == 2 ? parts[1] : name));
            if (defaultSort == null) {
                defaultSort = parts[0];
            }
        }
        return new SortKeys(List.copyOf(keys), defaultSort);
    }

    public Optional<SortKey> key(String name) {
        return keys.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return keys.stream().map(SortKey::name).toList();
    }
}
