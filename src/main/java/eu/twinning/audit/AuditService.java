package eu.twinning.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import eu.twinning.paging.Page;
import eu.twinning.paging.PageRequest;

/** Reads the audit log; {@link AuditLog} writes it. */
@ApplicationScoped
public class AuditService {

    private final AuditRepository entries;
    private final ObjectMapper json;

    public AuditService(AuditRepository entries, ObjectMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntryView> list(AuditFilter filter, PageRequest page) {
        var query = entries.search(filter, page);
        return Page.of(query.list().stream().map(e -> AuditEntryView.of(e, json)).toList(), page, query.count());
    }
}
