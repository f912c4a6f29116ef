package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.bootstrap.CxoneBatchApplication;
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
 * a real tenant ({@code CXONE_BASE_URL}), so that a job's tests can run it and inspect the sandbox and the tables.
 */
public class JobHarness implements AutoCloseable {

    public static final String CLIENT_ID = "job-test";
    public static final String CLIENT_SECRET = "job-test-secret";
    /** Who {@link #restart(long)} says asked for a restart. */
    public static final String RESTARTED_BY = "cli:job-test";

    public final CxoneSandbox sandbox;
    public final TestDatabase database;
    public final Path dataDir;
    private final List<String> extraArguments = new ArrayList<>();
    private final boolean ownsSandbox;
    private boolean productRateLimit;

    public JobHarness(CxoneSandbox sandbox, Path dataDir) {
        this(sandbox, dataDir, false);
    }

    private JobHarness(CxoneSandbox sandbox, Path dataDir, boolean ownsSandbox) {
        this.sandbox = sandbox;
        this.database = TestPostgres.newDatabase();
        this.dataDir = dataDir;
        this.ownsSandbox = ownsSandbox;
    }

    /** A harness on a sandbox of the default settings of its own, which {@link #close()} stops too. */
    public static JobHarness onOwnSandbox(Path dataDir) {
        return new JobHarness(sandbox().start(), dataDir, true);
    }

    /** A sandbox builder for the harness's credentials, on a free port. */
    public static CxoneSandbox.Builder sandbox() {
        return CxoneSandbox.builder().port(0).clientId(CLIENT_ID).clientSecret(CLIENT_SECRET);
    }

    public JobHarness with(String property, Object value) {
        extraArguments.add("--" + property + "=" + value);
        return this;
    }

    /** Leaves the client at the product's own default rate limit (100 a minute) instead of the tests' fast one. */
    public JobHarness atProductRateLimit() {
        productRateLimit = true;
        return this;
    }

    /** Starts the application, runs one new instance of the job and closes the application again. */
    public JobExecution run(String jobName, Map<String, String> parameters) throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            return context.getBean(JobRunner.class).start(jobName, new LinkedHashMap<>(parameters));
        }
    }

    /** Restarts the execution as {@link #RESTARTED_BY} asking. */
    public JobExecution restart(long executionId) throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            return context.getBean(JobRunner.class).restart(executionId, RESTARTED_BY);
        }
    }

    public ConfigurableApplicationContext start() {
        return start(WebApplicationType.NONE);
    }

    /** Starts the application, with a web server (on {@code server.port}) when {@code web} is SERVLET, as serve runs it. */
    public ConfigurableApplicationContext start(WebApplicationType web) {
        List<String> arguments = new ArrayList<>(List.of(
                "--cxone-batch.data-dir=" + dataDir,
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--cxone.base-url=" + sandbox.baseUrl(),
                "--cxone.client-id=" + CLIENT_ID,
                "--cxone.client-secret=" + CLIENT_SECRET,
                "--cxone.retry-initial-backoff=5ms",
                "--cxone.retry-max-backoff=50ms",
                "--cxone-batch.provisioning.activation-budget=5s",
                "--logging.file.name=" + dataDir.resolve("test.log")));
        if (!productRateLimit) {
            arguments.add("--cxone.rate-limit-per-minute=600000");
        }
        arguments.addAll(extraArguments);
        return new SpringApplicationBuilder(CxoneBatchApplication.class).web(web)
                .run(arguments.toArray(String[]::new));
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(database.dataSource());
    }

    public long auditCount(JobExecution execution, String action) {
        return jdbc().sql("SELECT count(*) FROM audit_event WHERE job_execution_id = ? AND action = ?")
                .param(execution.getId()).param(action).query(Long.class).single();
    }

    public long auditCount(JobExecution execution, String action, String outcome) {
        return jdbc().sql("SELECT count(*) FROM audit_event WHERE job_execution_id = ? AND action = ? AND outcome = ?")
                .param(execution.getId()).param(action).param(outcome).query(Long.class).single();
    }

    @Override
    public void close() {
        database.close();
        if (ownsSandbox) {
            sandbox.close();
        }
    }
}
