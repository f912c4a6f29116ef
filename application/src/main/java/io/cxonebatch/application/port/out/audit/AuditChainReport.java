package io.cxonebatch.application.port.out.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of re-walking the audit hash chain.
 *
 * @param rowsChecked how many rows were re-hashed
 * @param firstBrokenId the id of the first row whose hash or link does not match, null when the chain is intact
 * @param problem what was found at that row, null when intact
 */
public record AuditChainReport(long rowsChecked, @Nullable Long firstBrokenId, @Nullable String problem) {

    public boolean intact() {
        return firstBrokenId == null;
    }
}
