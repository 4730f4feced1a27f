package eu.twinning.goodpractice;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.config.TwinningConfig;
import eu.twinning.feed.AtomFeed;
import eu.twinning.i18n.Labels;
import eu.twinning.i18n.Language;
import eu.twinning.linkeddata.LinkedData;
import eu.twinning.network.NetworkService;
import eu.twinning.network.NetworkView;
import eu.twinning.paging.PageRequest;
import eu.twinning.problem.ProblemException;
import eu.twinning.theme.Theme;
import io.quarkus.panache.common.Sort;

/**
 * Published good practice as an Atom feed, the latest published first, whoever reads it: drafts,
 * submitted and rejected items are never in it, even for a token that may see them in the list.
 * Each entry's author is the partner whose practice it is, published when a moderator published it.
 */
@ApplicationScoped
public class GoodPracticeFeed {

    private final GoodPracticeService practices;
    private final NetworkService network;
    private final String domain;

    public GoodPracticeFeed(GoodPracticeService practices, NetworkService network, TwinningConfig config) {
        this.practices = practices;
        this.network = network;
        this.domain = config.idDomain();
    }

    public String of(String partner, Theme theme, String q, Language language, URI base, URI self) {
        if (language.isAll()) {
            throw ProblemException.invalid("lang", "a feed holds one language: give a language tag such as lv");
        }
        var filter = new GoodPracticeFilter(partner, theme, GoodPracticeStatus.PUBLISHED, q,
                GoodPracticeVisibility.PUBLIC);
        var latest = new PageRequest(0, AtomFeed.MAX_ENTRIES,
                // Published when reviewed; items published without a review date (the seed's) come last.
                Sort.by("reviewedAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
                        .and("id", Sort.Direction.Descending));
        List<AtomFeed.Entry> entries = practices.list(filter, latest, Language.ALL).items().stream()
                .map(practice -> entry(practice, language, base)).toList();
        NetworkView about = network.get(Language.ALL);
        AtomFeed.Text title = new AtomFeed.Text(about.acronym() + ": " + Labels.GOOD_PRACTICE.in(language),
                Labels.GOOD_PRACTICE.tagIn(language));
        AtomFeed.Person author = new AtomFeed.Person(AtomFeed.Text.of(about.name(), language),
                LinkedData.id(base, "network"));
        return AtomFeed.write(new AtomFeed.Feed(AtomFeed.feedId(domain, self, language), title,
                AtomFeed.updated(entries, about.updatedAt()), author, AtomFeed.links(self), entries), language.tag());
    }

    private AtomFeed.Entry entry(GoodPracticeView practice, Language language, URI base) {
        String lang = "?lang=" + language.tag();
        AtomFeed.Person partner = new AtomFeed.Person(AtomFeed.Text.of(practice.partner().name(), language),
                LinkedData.id(base, "partners/" + practice.partner().slug()));
        return new AtomFeed.Entry(AtomFeed.tag(domain, "good-practice-" + practice.id()),
                AtomFeed.Text.of(practice.title(), language), practice.updatedAt(), practice.reviewedAt(), partner,
                AtomFeed.Text.of(practice.summary(), language), AtomFeed.Text.of(practice.body(), language),
                practice.themes().stream().map(Theme::toString).toList(),
                List.of(new AtomFeed.Link("alternate", "application/json",
                        LinkedData.id(base, "good-practices/" + practice.id()) + lang)));
    }
}
