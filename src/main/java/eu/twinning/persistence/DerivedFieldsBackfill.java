package eu.twinning.persistence;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;

/**
 * Rows written by SQL migrations (the seed, or an import) have no search text: SQL cannot fold
 * accents as the application does. They are completed once at start-up; other rows are untouched.
 */
public class DerivedFieldsBackfill {

    @Transactional
    void onStart(@Observes StartupEvent start, EntityManager em) {
        for (String entity : List.of("Partner", "Event", "Memorandum", "GoodPractice")) {
            em.createQuery("from " + entity + " where searchText is null", AuditedEntity.class)
                    .getResultList()
                    .forEach(AuditedEntity::refreshDerivedFields);
        }
    }
}
