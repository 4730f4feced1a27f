package eu.twinning.goodpractice;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.feed.AtomFeed;
import eu.twinning.i18n.Labels;
import eu.twinning.i18n.Language;
import eu.twinning.linkeddata.LinkedData;
import eu.twinning.network.NetworkFeeds;
import eu.twinning.paging.PageRequest;
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
    private final NetworkFeeds feeds;

    public GoodPracticeFeed(GoodPracticeService practices, NetworkFeeds feeds) {
        this.practices = practices;
        this.feeds = feeds;
    }

    public String of(GoodPracticeFilterParams filters, Language language, URI base, URI self) {
        AtomFeed.requireOne(language);
        var filter = filters.toFilter(GoodPracticeStatus.PUBLISHED, GoodPracticeVisibility.PUBLIC);
        var latest = new PageRequest(0, AtomFeed.MAX_ENTRIES,
                // Published when reviewed; items published without a review date (the seed's) come last.
                Sort.by("reviewedAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
                        .and("id", Sort.Direction.Descending));
        List<AtomFeed.Entry> entries = practices.list(filter, latest, Language.ALL).items().stream()
                .map(practice -> entry(practice, language, base)).toList();
        return feeds.write(Labels.GOOD_PRACTICE, entries, language, base, self);
    }

    private AtomFeed.Entry entry(GoodPracticeView practice, Language language, URI base) {
        String lang = "?lang=" + language.tag();
        AtomFeed.Person partner = new AtomFeed.Person(AtomFeed.Text.of(practice.partner().name(), language),
                LinkedData.id(base, "partners/" + practice.partner().slug()));
        return new AtomFeed.Entry(feeds.id("good-practice-" + practice.id()),
                AtomFeed.Text.of(practice.title(), language), practice.updatedAt(), practice.reviewedAt(), partner,
                AtomFeed.Text.of(practice.summary(), language), AtomFeed.Text.of(practice.body(), language),
                practice.themes().stream().map(Theme::toString).toList(),
                List.of(new AtomFeed.Link("alternate", "application/json",
                        LinkedData.id(base, "good-practices/" + practice.id()) + lang)));
    }
}
