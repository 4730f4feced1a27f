package eu.twinning.network;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import eu.twinning.change.ChangeSource;
import eu.twinning.i18n.Language;

/** The network in the change feed: one resource, which shows its partners' countries. */
@ApplicationScoped
public class NetworkChanges implements ChangeSource {

    static final String KEY = "network";

    private final NetworkService service;

    public NetworkChanges(NetworkService service) {
        this.service = service;
    }

    @Override
    public String type() {
        return NetworkService.AUDIT_TYPE;
    }

    /** The audit log names it by its id. */
    @Override
    public String keyOf(String auditKey) {
        return KEY;
    }

    @Override
    public String path(String key) {
        return "/api/v1/network";
    }

    @Override
    public Optional<NetworkView> publicView(String key) {
        return KEY.equals(key) ? Optional.of(service.get(Language.ALL)) : Optional.empty();
    }

    @Override
    public List<String> publicKeys() {
        return List.of(KEY);
    }

    @Override
    public List<String> showing(String type, String key) {
        return type.equals("partner") ? List.of(KEY) : List.of();
    }
}
