package eu.twinning.network;

import eu.twinning.persistence.Timestamps;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.twinning.audit.AuditAction;
import eu.twinning.audit.AuditLog;
import eu.twinning.security.Caller;
import eu.twinning.i18n.Language;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.http.Preconditions;
import eu.twinning.problem.ProblemException;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class NetworkService {

    private final EntityManager em;
    private final LanguageResolver languages;
    private final AuditLog audit;

    public NetworkService(EntityManager em, LanguageResolver languages, AuditLog audit) {
        this.em = em;
        this.languages = languages;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NetworkView get(Language language) {
        return view(find(), language);
    }

    public NetworkView update(String ifMatch, NetworkInput input, Caller caller, Language language) {
        if (input.periodStart() != null && input.periodEnd() != null
                && input.periodEnd().isBefore(input.periodStart())) {
            throw ProblemException.invalid("periodEnd", "must not be before periodStart");
        }
        Network network = find();
        Preconditions.requireMatch(ifMatch, network.version);
        NetworkView before = view(network, Language.ALL);
        network.name = input.name();
        network.acronym = input.acronym();
        network.programme = input.programme();
        network.strand = input.strand();
        network.measure = input.measure();
        network.aim = input.aim();
        network.grantNumber = input.grantNumber();
        network.periodStart = input.periodStart();
        network.periodEnd = input.periodEnd();
        network.totalParticipants = input.totalParticipants();
        network.callFigures = input.callFigures();
        network.links = input.links();
        network.updatedAt = Timestamps.now();
        em.flush();
        audit.record(caller, AuditAction.UPDATE, "network", Network.ID, before, view(network, Language.ALL));
        return view(network, language);
    }

    private NetworkView view(Network network, Language language) {
        List<String> countries = em.createQuery("select distinct p.countryCode from Partner p order by p.countryCode",
                String.class).getResultList();
        return NetworkView.of(network, countries, languages.supported(), language);
    }

    private Network find() {
        Network network = em.find(Network.class, Network.ID);
        if (network == null) {
            throw ProblemException.notFound("network", Network.ID);
        }
        return network;
    }
}
