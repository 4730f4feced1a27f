package eu.twinning.partner;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.change.ChangeSource;
import eu.twinning.i18n.Language;
import io.quarkus.panache.common.Sort;

/** Partners in the change feed: all are public. */
@ApplicationScoped
public class PartnerChanges implements ChangeSource {

    private final PartnerRepository partners;

    public PartnerChanges(PartnerRepository partners) {
        this.partners = partners;
    }

    @Override
    public String type() {
        return PartnerService.AUDIT_TYPE;
    }

    @Override
    public String path(String slug) {
        return "/api/v1/partners/" + slug;
    }

    @Override
    public Optional<PartnerView> publicView(String slug) {
        return partners.findBySlug(slug).map(p -> PartnerView.of(p, Language.ALL));
    }

    /** Events, memoranda and good practice show its slug and name (PartnerRef); the network its country. */
    @Override
    public Object shown(Object view) {
        PartnerView partner = (PartnerView) view;
        return List.of(partner.slug(), partner.name(), partner.country());
    }

    @Override
    public List<String> publicKeys() {
        return partners.listAll(Sort.by("id")).stream().map(p -> p.slug).toList();
    }
}
