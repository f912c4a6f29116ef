package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The officers' views over the audit record, after real runs of provisioning and the suppression cross-reference. */
class AuditViewsIT {

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
    void eachViewAnswersAnOfficersQuestionFromTheRecordAlone() throws Exception {
        long provisioning = harness.run("campaign-provisioning", Map.of("plan", EXAMPLE_PLAN.toString(),
                JobRunner.LAUNCHED_BY, "cli:officer")).getId();
        long crossref = harness.run("suppression-crossref", Map.of(JobRunner.LAUNCHED_BY, "jmx:auditor")).getId();

        List<Map<String, Object>> changes = harness.jdbc().sql(
                "SELECT * FROM audit_campaign_changes WHERE campaign_key = 'Q4-EAST-PRED' ORDER BY id").query().listOfRows();
        assertThat(changes).extracting(row -> row.get("action")).contains("CAMPAIGN_CREATED", "DIALER_RULE_ATTACHED");
        assertThat(changes).allSatisfy(row -> assertThat(row.get("campaign_id")).isNotNull());
        assertThat(changes).extracting(row -> row.get("outcome")).containsOnly("SUCCESS");

        List<Map<String, Object>> rejected = harness.jdbc().sql(
                "SELECT * FROM audit_rejected_rows WHERE job_execution_id = ? ORDER BY line").param(provisioning).query().listOfRows();
        assertThat(rejected).hasSize(8);
        assertThat(rejected.get(0)).containsEntry("line", 8L).containsEntry("row_ref", "Q4-BAD-RATES");
        assertThat((String) rejected.get(0).get("reasons")).contains("abandon_threshold 0.05 is above the legal maximum 0.03");

        List<Map<String, Object>> lists = harness.jdbc().sql(
                "SELECT * FROM audit_suppression_results WHERE job_execution_id = ?").param(crossref).query().listOfRows();
        assertThat(lists).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("list_id")).isNotNull();
            assertThat((Long) row.get("contacts_read")).isEqualTo((Long) row.get("suppressed") + (Long) row.get("eligible")
                    + (Long) row.get("unparseable"));
        });

        List<Map<String, Object>> runs = harness.jdbc().sql("SELECT * FROM audit_job_runs ORDER BY job_execution_id").query().listOfRows();
        assertThat(runs).extracting(row -> row.get("launched_by_kind")).containsExactly("cli", "jmx");
        assertThat(runs).extracting(row -> row.get("launched_by")).containsExactly("officer", "auditor");
        assertThat(runs.get(0)).containsEntry("status", "COMPLETED").containsEntry("items_rejected", 8L).containsEntry("items_done", 6L);
        assertThat(String.valueOf(runs.get(0).get("parameters"))).contains("plan").doesNotContain("owner", "run.id");
        assertThat(runs.get(0).get("process")).isNotNull();

        assertThat(harness.jdbc().sql("SELECT count(*) FROM audit_failed_changes WHERE job_execution_id IN (?, ?)")
                .param(provisioning).param(crossref).query(Long.class).single()).isZero();
    }
}
