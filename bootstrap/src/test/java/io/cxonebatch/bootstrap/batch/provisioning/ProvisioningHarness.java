package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;

/** The job harness for campaign-provisioning, with what its tests read of the staged plan rows. */
final class ProvisioningHarness extends JobHarness {

    ProvisioningHarness(CxoneSandbox sandbox, Path dataDir) {
        super(sandbox, dataDir);
    }

    @Override
    public ProvisioningHarness with(String property, Object value) {
        super.with(property, value);
        return this;
    }

    @Override
    public ProvisioningHarness atProductRateLimit() {
        super.atProductRateLimit();
        return this;
    }

    JobExecution run(Map<String, String> parameters) throws Exception {
        return run(ProvisioningJob.NAME, parameters);
    }

    /** Status of every staged row of the run, by line. */
    Map<Long, String> statuses(JobExecution execution) {
        Map<Long, String> statuses = new LinkedHashMap<>();
        jdbc().sql("SELECT line, status FROM plan_row WHERE run_id = ? ORDER BY line")
                .param(execution.getJobInstance().getInstanceId())
                .query((rs, n) -> statuses.put(rs.getLong(1), rs.getString(2)))
                .list();
        return statuses;
    }

    /** The violation codes of one row, in order. */
    List<String> codes(JobExecution execution, long line) {
        return jdbc().sql("SELECT v->>'code' FROM plan_row, jsonb_array_elements(violations) v WHERE run_id = ? AND line = ?")
                .param(execution.getJobInstance().getInstanceId()).param(line)
                .query(String.class).list();
    }

    String reasons(JobExecution execution, long line) {
        return String.join(" | ", jdbc().sql("SELECT v->>'message' FROM plan_row, jsonb_array_elements(violations) v WHERE run_id = ? AND line = ?")
                .param(execution.getJobInstance().getInstanceId()).param(line)
                .query(String.class).list());
    }
}
