package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.bootstrap.CxoneBatchApplication;
import io.cxonebatch.bootstrap.batch.JobRunner;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application wired to a fresh database and a sandbox of the test's own, as an operator would run it against
 * a real tenant ({@code CXONE_BASE_URL}), so that tests can inspect the sandbox and the tables.
 */
final class ProvisioningHarness implements AutoCloseable {

    final CxoneSandbox sandbox;
    final TestDatabase database;
    final Path dataDir;
    private final List<String> extraArguments = new ArrayList<>();
    private boolean productRateLimit;

    ProvisioningHarness(CxoneSandbox sandbox, Path dataDir) {
        this.sandbox = sandbox;
        this.database = TestPostgres.newDatabase();
        this.dataDir = dataDir;
    }

    ProvisioningHarness with(String property, Object value) {
        extraArguments.add("--" + property + "=" + value);
        return this;
    }

    /** Leaves the client at the product's own default rate limit (100 a minute) instead of the tests' fast one. */
    ProvisioningHarness atProductRateLimit() {
        productRateLimit = true;
        return this;
    }

    /** Starts the application, runs one new instance of the job and closes the application again. */
    JobExecution run(Map<String, String> parameters) throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            return context.getBean(JobRunner.class).start(ProvisioningJob.NAME, new LinkedHashMap<>(parameters));
        }
    }

    JobExecution restart(long executionId) throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            return context.getBean(JobRunner.class).restart(executionId);
        }
    }

    ConfigurableApplicationContext start() {
        List<String> arguments = new ArrayList<>(List.of(
                "--cxone-batch.data-dir=" + dataDir,
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--cxone.base-url=" + sandbox.baseUrl(),
                "--cxone.client-id=" + ProvisioningJobIT.CLIENT_ID,
                "--cxone.client-secret=" + ProvisioningJobIT.CLIENT_SECRET,
                "--cxone.retry-initial-backoff=5ms",
                "--cxone.retry-max-backoff=50ms",
                "--cxone-batch.provisioning.activation-budget=5s",
                "--logging.file.name=" + dataDir.resolve("test.log")));
        if (!productRateLimit) {
            arguments.add("--cxone.rate-limit-per-minute=600000");
        }
        arguments.addAll(extraArguments);
        return new SpringApplicationBuilder(CxoneBatchApplication.class).web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
    }

    JdbcClient jdbc() {
        return JdbcClient.create(database.dataSource());
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

    long auditCount(JobExecution execution, String action) {
        return jdbc().sql("SELECT count(*) FROM audit_event WHERE job_execution_id = ? AND action = ?")
                .param(execution.getId()).param(action).query(Long.class).single();
    }

    long auditCount(JobExecution execution, String action, String outcome) {
        return jdbc().sql("SELECT count(*) FROM audit_event WHERE job_execution_id = ? AND action = ? AND outcome = ?")
                .param(execution.getId()).param(action).param(outcome).query(Long.class).single();
    }

    @Override
    public void close() {
        database.close();
    }
}
