package io.cxonebatch.application.port.out.audit;

import java.util.Optional;

/** Re-computes the audit hash chain to detect a removed, inserted or altered row. */
public interface VerifyAuditChainPort {

    AuditChainReport verifyAuditChain();

    /** The newest row of the chain; empty while the record is empty. */
    Optional<AuditChainLink> lastLink();

    /** The row with this id as the chain holds it now; empty when there is none. */
    Optional<AuditChainLink> link(long id);
}
