package eu.twinning.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;

/**
 * Reads an Atom feed as a feed reader would (ROME, another implementation than the StAX writer) and
 * holds it to the rules of RFC 4287 that ROME does not enforce itself.
 */
public final class AtomRules {

    public static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String TAG = "^tag:[a-z0-9.-]+,\\d{4}(-\\d{2}(-\\d{2})?)?:[^\\s]+$";

    private AtomRules() {
    }

    /** The feed, parsed by ROME, after checking the RFC's rules on it. */
    public static Feed parse(byte[] xml) throws Exception {
        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false);
        Feed feed = (Feed) input.build(new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        // 4.1.1: exactly one id, title and updated; an author unless every entry has one.
        assertThat(URI.create(feed.getId()).isAbsolute()).as("an IRI: " + feed.getId()).isTrue();
        assertThat(feed.getTitleEx().getValue()).isNotBlank();
        assertThat(feed.getUpdated()).as("an RFC 3339 date").isNotNull();
        assertThat(feed.getAuthors().isEmpty() && feed.getEntries().stream().anyMatch(e -> e.getAuthors().isEmpty()))
                .as("an author for every entry").isFalse();
        assertThat(feed.getOtherLinks()).extracting(Link::getRel).contains("self");
        uniqueAlternates(feed.getAlternateLinks());
        Set<String> ids = new HashSet<>();
        for (Entry entry : feed.getEntries()) {
            // 4.1.2: exactly one id, title and updated; an alternate link without content.
            assertThat(entry.getId()).matches(TAG);
            assertThat(ids.add(entry.getId())).as("ids are unique: " + entry.getId()).isTrue();
            assertThat(entry.getTitleEx().getValue()).isNotBlank();
            assertThat(entry.getUpdated()).as("an RFC 3339 date").isNotNull();
            assertThat(entry.getContents().isEmpty() && entry.getAlternateLinks().isEmpty()).isFalse();
            uniqueAlternates(entry.getAlternateLinks());
            for (Link link : entry.getAlternateLinks()) {
                assertThat(URI.create(link.getHrefResolved()).isAbsolute()).isTrue();
            }
        }
        elementsOnce(xml);
        return feed;
    }

    /** The language of a feed (xml:lang on the feed element), or of one of its elements. */
    public static String language(Element element) {
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            if (e.hasAttribute("xml:lang")) {
                return e.getAttribute("xml:lang");
            }
        }
        return null;
    }

    public static Document document(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** 4.1.1 and 4.1.2: id, title and updated once, and at most one summary, content and published. */
    private static void elementsOnce(byte[] xml) throws Exception {
        Element feed = document(xml).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (String name : List.of("id", "title", "updated")) {
            assertThat(children(feed, name)).as("feed " + name).isEqualTo(1);
        }
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String name : List.of("id", "title", "updated")) {
                assertThat(children(entry, name)).as("entry " + name).isEqualTo(1);
            }
            for (String name : List.of("summary", "content", "published")) {
                assertThat(children(entry, name)).as("entry " + name).isLessThanOrEqualTo(1);
            }
        }
    }

    private static int children(Element parent, String name) {
        int count = 0;
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                count++;
            }
        }
        return count;
    }

    /** 4.1.1, 4.1.2: no two alternate links of the same type and hreflang. */
    private static void uniqueAlternates(List<Link> alternates) {
        Set<String> seen = new HashSet<>();
        for (Link link : alternates) {
            assertThat(seen.add(link.getType() + " " + link.getHreflang())).as("alternate " + link.getType()).isTrue();
        }
    }
}
