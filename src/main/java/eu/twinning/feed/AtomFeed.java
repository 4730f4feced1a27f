package eu.twinning.feed;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import eu.twinning.i18n.Language;
import eu.twinning.i18n.LocalizedText;
import eu.twinning.problem.ProblemException;

/**
 * An Atom feed (RFC 4287), written with StAX, so that every text is escaped as XML requires. The
 * feed is in one language (xml:lang); a text the data lacks in it comes in the fallback's, and says
 * so with an xml:lang of its own. Entry ids are tag: URIs (RFC 4151) of the configured domain, which
 * never change with the instance, its address or a restart.
 */
public final class AtomFeed {

    public static final String MEDIA_TYPE = "application/atom+xml";
    /** A feed holds the latest entries, at most this many; the lists page through any number. */
    public static final int MAX_ENTRIES = 100;
    /** The date of the tag: URIs' authority (RFC 4151 2.1); fixed, so that no id ever changes. */
    private static final String TAG_DATE = "2026";
    private static final String PREFIX = "/api/v1/";
    private static final String EXTENSION = ".atom";

    /** A text and its language tag. */
    public record Text(String value, String language) {

        /** The reader's text of a field read in every language, or null when the field is empty. */
        public static Text of(LocalizedText all, Language language) {
            if (all == null) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Map<String, String> values = (Map<String, String>) all.value();
            String tag = language.pickTag(values);
            return new Text(values.get(tag), tag);
        }
    }

    public record Link(String rel, String type, String href) {
    }

    /** An author (RFC 4287 3.2): a name, and the URL of its JSON. */
    public record Person(Text name, String uri) {
    }

    public record Entry(String id, Text title, Instant updated, Instant published, Person author, Text summary,
            Text content, List<String> categories, List<Link> links) {
    }

    public record Feed(String id, Text title, Instant updated, Person author, List<Link> links, List<Entry> entries) {
    }

    private AtomFeed() {
    }

    /** A feed holds one language: lang=* is refused. */
    public static void requireOne(Language language) {
        if (language.isAll()) {
            throw ProblemException.invalid("lang", "a feed holds one language: give a language tag such as lv");
        }
    }

    /** The tag: URI of an item named name, under the configured domain. */
    public static String tag(String domain, String name) {
        return "tag:" + domain + "," + TAG_DATE + ":" + name;
    }

    /**
     * The id of a feed read at self: the tag of its path, language and filters, in an order of their
     * own, so that the same feed has the same id however its URL is written.
     */
    public static String feedId(String domain, URI self, Language language) {
        Map<String, List<String>> query = new TreeMap<>();
        for (String pair : Objects.toString(self.getRawQuery(), "").split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!name.isEmpty() && !name.equals("lang")) {
                query.computeIfAbsent(name, n -> new ArrayList<>()).add(equals < 0 ? "" : pair.substring(equals + 1));
            }
        }
        StringBuilder id = new StringBuilder(tag(domain, self.getRawPath().substring(PREFIX.length())))
                .append("?lang=").append(language.tag());
        query.forEach((name, values) -> values.stream().sorted()
                .forEach(value -> id.append('&').append(name).append('=').append(value)));
        return id.toString();
    }

    /** The feed's links: itself, and the same list (the URL without .atom) in JSON. */
    public static List<Link> links(URI self) {
        String url = self.toString();
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        String json = path.substring(0, path.length() - EXTENSION.length()) + (query < 0 ? "" : url.substring(query));
        return List.of(new Link("self", MEDIA_TYPE, url), new Link("alternate", "application/json", json));
    }

    /** When the latest of the entries changed, or otherwise, for a feed without any. */
    public static Instant updated(List<Entry> entries, Instant otherwise) {
        return entries.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElse(otherwise);
    }

    /** The feed as an XML document in this language. */
    public static String write(Feed feed, String language) {
        return AtomWriter.write(feed, language);
    }
}
