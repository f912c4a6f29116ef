package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.retention.StagingRetentionPort;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Prunes working data by the age of the run it belongs to (the Spring Batch job instance), in one transaction. */
public final class StagingRetentionPersistenceAdapter implements StagingRetentionPort {

    /** Runs every execution of which ended before the cutoff: none still running, none left unfinished. */
    private static final String ENDED_RUNS = """
            SELECT i.job_instance_id FROM batch_job_instance i
            WHERE NOT EXISTS (SELECT 1 FROM batch_job_execution e WHERE e.job_instance_id = i.job_instance_id
                              AND (e.end_time IS NULL OR e.end_time >= CAST(:cutoff AS timestamp)))
              AND EXISTS (SELECT 1 FROM batch_job_execution e WHERE e.job_instance_id = i.job_instance_id)""";
    /** A cross-reference's working tables; suppression_match, each list's latest result, is not working data and stays. */
    private static final List<String> SUPPRESSION_STAGING = List.of("suppression_entry", "suppression_contact");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public StagingRetentionPersistenceAdapter(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public PrunedRows pruneEndedBefore(Instant cutoff) {
        // Spring Batch keeps its times as timestamps without a zone, in the zone of the JVM that ran the job.
        LocalDateTime batchCutoff = LocalDateTime.ofInstant(cutoff, ZoneId.systemDefault());
        PrunedRows pruned = transaction.execute(status -> {
            long runs = jdbc.sql("SELECT count(*) FROM (SELECT run_id FROM staged_item UNION SELECT run_id FROM suppression_entry "
                    + "UNION SELECT run_id FROM suppression_contact) working WHERE run_id IN (" + ENDED_RUNS + ")")
                    .param("cutoff", batchCutoff).query(Long.class).single();
            long items = jdbc.sql("DELETE FROM staged_item WHERE run_id IN (" + ENDED_RUNS + ")").param("cutoff", batchCutoff).update();
            long suppression = 0;
            for (String table : SUPPRESSION_STAGING) {
                suppression += jdbc.sql("DELETE FROM " + table + " WHERE run_id IN (" + ENDED_RUNS + ")").param("cutoff", batchCutoff).update();
            }
            long notifications = jdbc.sql("DELETE FROM outbox_message WHERE status IN ('DELIVERED', 'DEAD') AND settled_at < :cutoff")
                    .param("cutoff", Timestamps.toDatabase(cutoff)).update();
            return new PrunedRows(runs, items, suppression, notifications);
        });
        if (pruned == null) {
            throw new IllegalStateException("the retention transaction returned nothing");
        }
        return pruned;
    }
}
