package io.cxonebatch.application.port.out.audit;

/** One row of the audit chain as an anchor names it: its id and its hash. */
public record AuditChainLink(long id, String hash) {
}
