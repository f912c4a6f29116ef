package io.cxonebatch.application.port.out.audit;

import java.util.List;

/** Reads the audit record for compliance queries. */
public interface QueryAuditEventsPort {

    List<StoredAuditEvent> findAuditEvents(AuditQuery query);
}
