package io.cxonebatch.application.port.out.audit;

/** An audit event as stored, with its position in the chain. */
public record StoredAuditEvent(long id, AuditEvent event, String hash) {
}
