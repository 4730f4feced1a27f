package eu.twinning.network;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import eu.twinning.audit.AuditAction;
import eu.twinning.audit.AuditLog;
import eu.twinning.http.Preconditions;
import eu.twinning.i18n.Language;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.persistence.Timestamps;
import eu.twinning.problem.Problem;
import eu.twinning.problem.ProblemException;
import eu.twinning.security.Caller;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class NetworkService {

    static final String AUDIT_TYPE = "network";

    private final NetworkRepository networks;
    private final LanguageResolver languages;
    private final AuditLog audit;

    public NetworkService(NetworkRepository networks, LanguageResolver languages, AuditLog audit) {
        this.networks = networks;
        this.languages = languages;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NetworkView get(Language language) {
        return view(find(), language);
    }

    public NetworkView update(String ifMatch, NetworkInput input, Caller caller, Language language) {
        List<Problem.FieldError> errors = problems(input);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Network network = find();
        Preconditions.requireMatch(ifMatch, network.version);
        NetworkView before = view(network, Language.ALL);
        apply(input, network);
        network.updatedAt = Timestamps.now();
        networks.flush();
        audit.record(caller, AuditAction.UPDATE, AUDIT_TYPE, Network.ID, before, view(network, Language.ALL));
        return view(network, language);
    }

    /**
     * The network as an export recorded it, for an import, which has checked the input as an update
     * does (with {@link #problems}) and records the import as a whole: with its version and time.
     */
    public void restore(NetworkInput input, long version, Instant updatedAt) {
        Network network = find();
        apply(input, network);
        networks.restoreVersion(network, version, updatedAt);
    }

    /** Rules between fields, which annotations cannot express: the faults of an input that passed them. */
    public static List<Problem.FieldError> problems(NetworkInput input) {
        if (input.periodStart() != null && input.periodEnd() != null
                && input.periodEnd().isBefore(input.periodStart())) {
            return List.of(new Problem.FieldError("periodEnd", "must not be before periodStart"));
        }
        return List.of();
    }

    private static void apply(NetworkInput input, Network network) {
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
    }

    private NetworkView view(Network network, Language language) {
        return NetworkView.of(network, networks.partnerCountries(), languages.supported(), language);
    }

    private Network find() {
        return networks.findByIdOptional(Network.ID).orElseThrow(() -> ProblemException.notFound("network", Network.ID));
    }
}
