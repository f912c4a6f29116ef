package io.cxonebatch.application.port.out.audit;

import java.util.List;

/**
 * Appends to the audit record. Rows are never updated or deleted; each is chained by hash to the one before it.
 */
public interface AppendAuditEventsPort {

    /** Appends the events in order, in one transaction. */
    void append(List<AuditEvent> events);

    default void append(AuditEvent event) {
        append(List.of(event));
    }
}
