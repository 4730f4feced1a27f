package eu.twinning.network;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class NetworkRepository implements PanacheRepository<Network> {

    /** The countries of the partners, each once, in order. */
    public List<String> partnerCountries() {
        return getEntityManager().createQuery("select distinct p.countryCode from Partner p order by p.countryCode",
                String.class).getResultList();
    }

    /**
     * Gives the network's row the version and time an export recorded (an import): a write would make
     * them the next version and now. Its managed copy is detached, as it no longer shows the row.
     */
    public void restoreVersion(Network network, long version, Instant updatedAt) {
        flush();
        update("version = ?1, updatedAt = ?2 where id = ?3", version, updatedAt, network.id);
        getEntityManager().detach(network);
    }
}
