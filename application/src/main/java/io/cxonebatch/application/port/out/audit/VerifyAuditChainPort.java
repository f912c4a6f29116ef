package io.cxonebatch.application.port.out.audit;

/** Re-computes the audit hash chain to detect a removed, inserted or altered row. */
public interface VerifyAuditChainPort {

    AuditChainReport verifyAuditChain();
}
