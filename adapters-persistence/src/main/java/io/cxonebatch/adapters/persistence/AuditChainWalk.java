package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.audit.AuditChainReport;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-walks the audit hash chain inside PostgreSQL, in id order, with the same {@code audit_event_digest}
 * function that wrote it. The database streams the rows through a window and stops at the first broken one,
 * so nothing but the verdict reaches the JVM.
 */
final class AuditChainWalk {

    private static final String GENESIS = "0".repeat(64);

    private static final String FIRST_BROKEN_ROW = """
            SELECT id, position, previous_id, prev_hash, expected_prev_hash, hash, expected_hash
            FROM (SELECT id,
                         row_number() OVER chain AS position,
                         lag(id) OVER chain AS previous_id,
                         prev_hash,
                         coalesce(lag(hash) OVER chain, :genesis) AS expected_prev_hash,
                         hash,
                         audit_event_digest(prev_hash, id, occurred_at, recorded_at, job_execution_id, job_name,
                                            action, campaign_ref, outcome, http_status, latency_ms, details,
                                            actor) AS expected_hash
                  FROM audit_event
                  WINDOW chain AS (ORDER BY id)) walked
            WHERE prev_hash <> expected_prev_hash OR hash <> expected_hash
            ORDER BY id
            LIMIT 1""";

    private final JdbcClient jdbcClient;

    AuditChainWalk(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    /** Call inside one transaction with a single snapshot, so that the walk and the count agree. */
    AuditChainReport walk() {
        Optional<AuditChainReport> broken = jdbcClient.sql(FIRST_BROKEN_ROW)
                .param("genesis", GENESIS)
                .query((rs, rowNum) -> {
                    long id = rs.getLong("id");
                    Long previousId = rs.getObject("previous_id", Long.class);
                    String prevHash = rs.getString("prev_hash");
                    String expectedPrevHash = rs.getString("expected_prev_hash");
                    String problem = !prevHash.equals(expectedPrevHash)
                            ? brokenLink(id, previousId, prevHash, expectedPrevHash)
                            : "hash " + rs.getString("hash") + " of row " + id + " does not match its content, which hashes to "
                                    + rs.getString("expected_hash") + ": the row was altered or forged";
                    return new AuditChainReport(rs.getLong("position"), id, problem);
                })
                .optional();
        return broken.orElseGet(() -> new AuditChainReport(
                jdbcClient.sql("SELECT count(*) FROM audit_event").query(Long.class).single(), null, null));
    }

    private static String brokenLink(long id, @Nullable Long previousId, String prevHash, String expectedPrevHash) {
        if (previousId == null) {
            return "prev_hash " + prevHash + " of the first row " + id + " is not the genesis hash " + expectedPrevHash
                    + ": rows before it were removed";
        }
        return "prev_hash " + prevHash + " of row " + id + " does not match hash " + expectedPrevHash + " of row "
                + previousId + ", the row before it: a row between them was removed or inserted, or row " + previousId
                + " was rewritten with a new hash";
    }
}
