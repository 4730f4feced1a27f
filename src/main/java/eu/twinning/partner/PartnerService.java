package eu.twinning.partner;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.twinning.audit.AuditAction;
import eu.twinning.audit.AuditLog;
import eu.twinning.change.ChangeLog;
import eu.twinning.security.Caller;
import eu.twinning.i18n.Language;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.paging.Page;
import eu.twinning.paging.Counts;
import eu.twinning.paging.PageRequest;
import eu.twinning.http.Preconditions;
import eu.twinning.persistence.Restored;
import eu.twinning.problem.Problem;
import eu.twinning.problem.ProblemException;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PartnerService {

    static final String AUDIT_TYPE = "partner";

    private final PartnerRepository partners;
    private final AuditLog audit;
    private final Counts counts;
    private final LanguageResolver languages;
    private final ChangeLog changes;

    public PartnerService(PartnerRepository partners, AuditLog audit, Counts counts, LanguageResolver languages,
            ChangeLog changes) {
        this.partners = partners;
        this.audit = audit;
        this.counts = counts;
        this.languages = languages;
        this.changes = changes;
    }

    /** Sorted by name in the reader's language; with all languages, in the fallback's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PartnerView> list(PartnerFilter filter, PageRequest page, Language language) {
        var query = partners.search(filter, page, language.sortTag());
        return Page.of(query.list().stream().map(p -> PartnerView.of(p, language)).toList(), page,
                counts.of("partners", filter, query::count));
    }

    /** The partners of a filter on a map: those with coordinates (one more than fits, to tell), and a count of the rest. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerMap map(PartnerFilter filter, Language language, URI base) {
        List<Partner> located = partners.located(filter, PartnerMap.MAX_FEATURES + 1, language.sortTag());
        long unlocated = counts.of("unlocated-partners", filter, () -> partners.countUnlocated(filter));
        return PartnerMap.of(located, unlocated, language, base);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartnerView get(String slug, Language language) {
        return PartnerView.of(find(slug), language);
    }

    /** Every partner in all languages, by id: what an export holds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PartnerView> all() {
        return partners.listAll(Sort.by("id")).stream().map(p -> PartnerView.of(p, Language.ALL)).toList();
    }

    public PartnerView create(PartnerInput input, Caller caller, Language language) {
        requireFreeSlug(input.slug());
        Partner partner = new Partner();
        apply(input, partner);
        partners.persistAndFlush(partner);
        audit.record(caller, AuditAction.CREATE, AUDIT_TYPE, partner.slug, null, PartnerView.of(partner, Language.ALL));
        return PartnerView.of(partner, language);
    }

    /** Admins change anything; a partner's editor changes its profile, but not who or what it is. */
    public PartnerView update(String slug, String ifMatch, PartnerInput input, Caller caller, Language language) {
        Partner partner = find(slug);
        Preconditions.requireMatch(ifMatch, partner.version);
        if (!caller.isAdmin()) {
            if (!caller.edits(partner.id)) {
                throw Caller.forbidden("Editors change only their own partner");
            }
            refuseChange("slug", partner.slug, input.slug());
            refuseChange("country", partner.countryCode, input.country());
            refuseChange("role", partner.role, input.role());
        }
        if (!slug.equals(input.slug())) {
            requireFreeSlug(input.slug());
        }
        PartnerView before = PartnerView.of(partner, Language.ALL);
        apply(input, partner);
        partner.markChanged();
        partners.flush();
        audit.record(caller, AuditAction.UPDATE, AUDIT_TYPE, partner.slug, before, PartnerView.of(partner, Language.ALL));
        if (!slug.equals(partner.slug)) {
            changes.record(AUDIT_TYPE, slug); // under its old slug it is gone: a tombstone for the feed
        }
        return PartnerView.of(partner, language);
    }

    /**
     * A partner as an export recorded it, for an import, which has checked the input as a create
     * does and records the import as a whole: set as a create sets it, derived fields made again, with
     * its version and timestamps.
     */
    public Partner restore(PartnerInput input, Restored restored) {
        Partner partner = new Partner();
        partner.restore(restored);
        apply(input, partner);
        partners.persist(partner);
        return partner;
    }

    public void delete(String slug, String ifMatch, Caller caller) {
        Partner partner = find(slug);
        Preconditions.requireMatch(ifMatch, partner.version);
        long references = partners.references(partner);
        if (references > 0) {
            throw ProblemException.conflict("Partner '" + slug + "' is referred to by " + references
                    + " memoranda, events, delegations or good practices; remove those references first");
        }
        PartnerView before = PartnerView.of(partner, Language.ALL);
        partners.deleteTokensOf(partner);
        partners.delete(partner);
        audit.record(caller, AuditAction.DELETE, AUDIT_TYPE, slug, before, null);
    }

    /** No mass assignment: an editor's body may repeat these fields, never change them. */
    private static void refuseChange(String field, Object stored, Object sent) {
        if (!java.util.Objects.equals(stored, sent)) {
            throw new ProblemException(403, eu.twinning.problem.ProblemTypes.FORBIDDEN, "Forbidden",
                    "Only an admin can change " + field, List.of(new Problem.FieldError(field, "only an admin can change it")));
        }
    }

    /**
     * The partners a body refers to, in the order given; an unknown or repeated slug is a 400 naming
     * the field, so that other services need not repeat this check.
     */
    public List<Partner> resolve(String field, List<PartnerRefInput> refs) {
        List<String> slugs = refs.stream().map(PartnerRefInput::slug).toList();
        Set<String> distinct = new LinkedHashSet<>(slugs);
        Map<String, Partner> found = partners.findBySlugs(distinct).stream()
                .collect(Collectors.toMap(p -> p.slug, Function.identity()));
        List<Problem.FieldError> errors = referenceProblems(field, refs, found.keySet());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return distinct.stream().map(found::get).toList();
    }

    /** The faults of references to partners, given the slugs there are: each unknown or repeated one. */
    public static List<Problem.FieldError> referenceProblems(String field, List<PartnerRefInput> refs,
            Set<String> existing) {
        List<String> slugs = refs.stream().map(PartnerRefInput::slug).toList();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < slugs.size(); i++) {
            if (!existing.contains(slugs.get(i))) {
                errors.add(new Problem.FieldError(field + "[" + i + "].slug", unknown(slugs.get(i))));
            } else if (slugs.indexOf(slugs.get(i)) != i) {
                errors.add(new Problem.FieldError(field + "[" + i + "].slug", "'" + slugs.get(i) + "' is repeated"));
            }
        }
        return errors;
    }

    public static String unknown(String slug) {
        return "no partner '" + slug + "'";
    }

    public Partner resolve(String field, PartnerRefInput ref) {
        return ref == null ? null : partners.findBySlug(ref.slug()).orElseThrow(
                () -> ProblemException.invalid(field + ".slug", unknown(ref.slug())));
    }

    private Partner find(String slug) {
        return partners.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("partner", slug));
    }

    private void requireFreeSlug(String slug) {
        if (partners.findBySlug(slug).isPresent()) {
            throw ProblemException.conflict("A partner with slug '" + slug + "' exists already");
        }
    }

    private void apply(PartnerInput input, Partner partner) {
        partner.slug = input.slug();
        partner.countryCode = input.country();
        partner.role = input.role();
        partner.kind = input.kind();
        partner.name = input.name();
        partner.localName = input.localName();
        partner.description = input.description();
        partner.latitude = input.coordinates() == null ? null : input.coordinates().latitude();
        partner.longitude = input.coordinates() == null ? null : input.coordinates().longitude();
        partner.website = input.website();
        partner.participants = input.participants();
        partner.refreshNameKeys(languages.sortLanguages());
    }
}
