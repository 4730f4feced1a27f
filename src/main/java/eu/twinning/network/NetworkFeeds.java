package eu.twinning.network;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.config.TwinningConfig;
import eu.twinning.feed.AtomFeed;
import eu.twinning.i18n.Labels;
import eu.twinning.i18n.Language;
import eu.twinning.linkeddata.LinkedData;

/**
 * The Atom feeds the network publishes, whatever their entries: each titled after the network and
 * what it holds ("TTChan: Events"), by the network, updated when its latest entry was (or, empty,
 * when the network was), with ids of the configured domain.
 */
@ApplicationScoped
public class NetworkFeeds {

    private final NetworkService network;
    private final String domain;

    public NetworkFeeds(NetworkService network, TwinningConfig config) {
        this.network = network;
        this.domain = config.idDomain();
    }

    /** The id of an item named name (event-1), the same in every feed and language. */
    public String id(String name) {
        return AtomFeed.tag(domain, name);
    }

    /** The feed of these entries, holding what label names, read at self, in one language. */
    public String write(Labels label, List<AtomFeed.Entry> entries, Language language, URI base, URI self) {
        NetworkView about = network.get(Language.ALL);
        AtomFeed.Text title = new AtomFeed.Text(about.acronym() + ": " + label.in(language), label.tagIn(language));
        AtomFeed.Person author = new AtomFeed.Person(AtomFeed.Text.of(about.name(), language),
                LinkedData.id(base, "network"));
        return AtomFeed.write(new AtomFeed.Feed(AtomFeed.feedId(domain, self, language), title,
                AtomFeed.updated(entries, about.updatedAt()), author, AtomFeed.links(self), entries), language.tag());
    }
}
