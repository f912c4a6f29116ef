package io.cxonebatch.bootstrap.batch.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.retention.RetentionJob;
import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.bootstrap.batch.JobOutcome;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/** staging-retention on real runs: the working data of runs ended long ago goes, recent runs and the audit stay. */
class RetentionJobIT {

    private static final Path EXAMPLE_PLAN = Path.of("../examples/campaign-plan.csv").toAbsolutePath().normalize();

    @TempDir
    Path dataDir;

    private JobHarness harness;

    @BeforeEach
    void start() {
        harness = JobHarness.onOwnSandbox(dataDir);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void prunesTheWorkingDataOfRunsEndedBeforeTheRetentionAndNeverAnAuditRow() throws Exception {
        JobExecution oldPlan = harness.run("campaign-provisioning", Map.of("plan", EXAMPLE_PLAN.toString()));
        JobExecution oldCrossref = harness.run("suppression-crossref", Map.of());
        JobExecution recentPlan = harness.run("campaign-provisioning", Map.of("plan", EXAMPLE_PLAN.toString()));
        long oldRun = oldPlan.getJobInstance().getInstanceId();
        long oldCrossrefRun = oldCrossref.getJobInstance().getInstanceId();
        long recentRun = recentPlan.getJobInstance().getInstanceId();
        assertThat(count("staged_item", oldRun)).isEqualTo(14);
        // A cross-reference clears its staging when it completes; what a crashed one left behind looks like this.
        harness.jdbc().sql("INSERT INTO suppression_entry (run_id, source, entry_id, e164, reason) VALUES (?, 'dnc', 'e1', '+15550100001', 'DNC')")
                .param(oldCrossrefRun).update();
        // The first two runs ended 100 days ago.
        harness.jdbc().sql("UPDATE batch_job_execution SET start_time = start_time - interval '100 days', "
                + "end_time = end_time - interval '100 days' WHERE job_instance_id IN (?, ?)").param(oldRun).param(oldCrossrefRun).update();
        long auditRows = auditRows();

        JobExecution retention = harness.run(RetentionJob.NAME, Map.of());

        assertThat(retention.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("staged_item", oldRun)).isZero();
        assertThat(count("suppression_contact", oldCrossrefRun)).isZero();
        assertThat(count("suppression_entry", oldCrossrefRun)).isZero();
        assertThat(count("staged_item", recentRun)).as("a recent run's").isEqualTo(14);
        assertThat(auditRows()).as("the audit: nothing removed, the pruning recorded").isEqualTo(auditRows + 3);
        assertThat(harness.jdbc().sql("SELECT details->>'stagedItems' || '/' || (details->>'suppressionRows') FROM audit_event "
                + "WHERE action = 'STAGING_PRUNED'").query(String.class).single()).isEqualTo("14/1");
        assertThat(JobOutcome.of(retention).summaryLines()).singleElement().asString()
                .contains("of 2 runs", "14 staged items", "retention 90 days", "Audit rows are never pruned");
        assertThat(harness.jdbc().sql("SELECT count(*) FROM audit_event WHERE job_execution_id = ?").param(oldPlan.getId())
                .query(Long.class).single()).as("the old run's audit rows").isPositive();

        JobExecution again = harness.run(RetentionJob.NAME, Map.of());
        assertThat(JobOutcome.of(again).summaryLines()).singleElement().asString().contains("of 0 runs");
    }

    private long count(String table, long run) {
        return harness.jdbc().sql("SELECT count(*) FROM " + table + " WHERE run_id = ?").param(run).query(Long.class).single();
    }

    private long auditRows() {
        return harness.jdbc().sql("SELECT count(*) FROM audit_event").query(Long.class).single();
    }
}
