package eu.twinning.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an {@link AtomFeed} as XML with StAX, which escapes every text as XML requires; indented. */
final class AtomWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final Pattern INVALID = Pattern
            .compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private AtomWriter() {
    }

    static String write(AtomFeed.Feed feed, String language) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
            Elements writer = new Elements(xml, language);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", language);
            writer.element(1, "id", feed.id());
            writer.text(1, "title", feed.title());
            writer.element(1, "updated", date(feed.updated()));
            writer.person(1, feed.author());
            for (AtomFeed.Link link : feed.links()) {
                writer.link(1, link);
            }
            for (AtomFeed.Entry entry : feed.entries()) {
                writer.entry(entry);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the feed", e);
        }
        return out.toString();
    }

    /**
     * An RFC 3339 date-time to the second, as feeds commonly write them: readers such as ROME take a
     * fraction of more than three digits (the database's microseconds) for milliseconds.
     */
    private static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * The text with each character that XML 1.0 cannot hold (controls other than tab and line breaks)
     * as U+FFFD: StAX escapes markup, but would write those as they are, and no parser reads them.
     */
    static String xmlChars(String text) {
        return INVALID.matcher(text).replaceAll("\uFFFD");
    }

    /** The elements of a feed, indented two spaces a level. */
    private record Elements(XMLStreamWriter xml, String language) {

        void entry(AtomFeed.Entry entry) throws XMLStreamException {
            indent(1);
            xml.writeStartElement(ATOM, "entry");
            element(2, "id", entry.id());
            text(2, "title", entry.title());
            element(2, "updated", date(entry.updated()));
            if (entry.published() != null) {
                element(2, "published", date(entry.published()));
            }
            if (entry.author() != null) {
                person(2, entry.author());
            }
            if (entry.summary() != null) {
                text(2, "summary", entry.summary());
            }
            if (entry.content() != null) {
                text(2, "content", entry.content());
            }
            for (String term : entry.categories()) {
                indent(2);
                xml.writeEmptyElement(ATOM, "category");
                xml.writeAttribute("term", term);
            }
            for (AtomFeed.Link link : entry.links()) {
                link(2, link);
            }
            indent(1);
            xml.writeEndElement();
        }

        void person(int level, AtomFeed.Person person) throws XMLStreamException {
            indent(level);
            xml.writeStartElement(ATOM, "author");
            text(level + 1, "name", person.name());
            element(level + 1, "uri", person.uri());
            indent(level);
            xml.writeEndElement();
        }

        void link(int level, AtomFeed.Link link) throws XMLStreamException {
            indent(level);
            xml.writeEmptyElement(ATOM, "link");
            xml.writeAttribute("rel", link.rel());
            xml.writeAttribute("type", link.type());
            xml.writeAttribute("href", link.href());
        }

        /** A text construct (RFC 4287 3.1) of type text, tagged where its language is not the feed's. */
        void text(int level, String name, AtomFeed.Text text) throws XMLStreamException {
            indent(level);
            xml.writeStartElement(ATOM, name);
            if (!text.language().equals(language)) {
                xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", text.language());
            }
            xml.writeCharacters(xmlChars(text.value()));
            xml.writeEndElement();
        }

        void element(int level, String name, String value) throws XMLStreamException {
            indent(level);
            xml.writeStartElement(ATOM, name);
            xml.writeCharacters(xmlChars(value));
            xml.writeEndElement();
        }

        private void indent(int level) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(level));
        }
    }
}
