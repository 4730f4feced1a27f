package eu.twinning.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;

import eu.twinning.i18n.Language;

/** The writer on texts a template would get wrong, read back with ROME; the feed's ids and links. */
class AtomFeedTest {

    private static final AtomFeed.Person AUTHOR = new AtomFeed.Person(new AtomFeed.Text("TTChan", "en"),
            "http://localhost/api/v1/network");

    @Test
    void writesAnyTextAsWellFormedXml() throws Exception {
        String title = "Markup <b>&amp; \"quotes\" 'and' ]]> Łódź, Рашка, 🎉";
        String withControl = "bell\u0007 and a lone surrogate \uD800 end";
        AtomFeed.Entry entry = new AtomFeed.Entry(AtomFeed.tag("example.lv", "event-1"),
                new AtomFeed.Text(title, "en"), Instant.parse("2018-11-09T10:00:00.123456Z"), null, null,
                new AtomFeed.Text(withControl, "lv"), null, List.of("meeting"),
                List.of(new AtomFeed.Link("alternate", "application/json", "http://localhost/api/v1/events/1?a=1&b=2")));
        byte[] xml = AtomFeed.write(new AtomFeed.Feed("tag:example.lv,2026:events.atom?lang=en",
                new AtomFeed.Text("Events", "en"), Instant.parse("2018-11-09T10:00:00Z"), AUTHOR,
                AtomFeed.links(URI.create("http://localhost/api/v1/events.atom?lang=en")), List.of(entry)), "en")
                .getBytes(StandardCharsets.UTF_8);
        Feed feed = AtomRules.parse(xml);
        Entry read = feed.getEntries().get(0);
        assertThat(read.getTitleEx().getValue()).isEqualTo(title);
        assertThat(read.getSummary().getValue()).isEqualTo("bell\uFFFD and a lone surrogate \uFFFD end");
        assertThat(read.getAlternateLinks().get(0).getHref()).isEqualTo("http://localhost/api/v1/events/1?a=1&b=2");
        // To the second, which every reader parses alike.
        assertThat(read.getUpdated().toInstant()).isEqualTo(Instant.parse("2018-11-09T10:00:00Z"));
    }

    @Test
    void aFeedsIdDoesNotDependOnHowItsUrlIsWritten() {
        Language lv = new Language("lv");
        String id = AtomFeed.feedId("example.lv",
                URI.create("http://a/api/v1/events.atom?type=meeting&lang=lv&partner=raska"), lv);
        assertThat(id).isEqualTo("tag:example.lv,2026:events.atom?lang=lv&partner=raska&type=meeting");
        assertThat(AtomFeed.feedId("example.lv", URI.create("https://b:8443/api/v1/events.atom?partner=raska&type=meeting"),
                lv)).isEqualTo(id);
        assertThat(AtomFeed.links(URI.create("http://a/api/v1/good-practices.atom?lang=lv")))
                .extracting(AtomFeed.Link::href)
                .containsExactly("http://a/api/v1/good-practices.atom?lang=lv", "http://a/api/v1/good-practices?lang=lv");
    }
}
