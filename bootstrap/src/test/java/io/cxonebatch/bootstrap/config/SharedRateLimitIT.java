package io.cxonebatch.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess.Result;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess.Started;
import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.bootstrap.batch.TrackedCampaigns;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two cxone-batch processes on one database, each running a different job against one tenant limited to 300
 * requests a minute: together they stay within the tenant's rate, since both draw from the budget kept in PostgreSQL.
 */
class SharedRateLimitIT {

    private static final int RATE = 300;
    private static final int ROWS = 60;

    @TempDir
    Path dataDir;

    private CxoneSandbox sandbox;
    private TestDatabase database;

    @BeforeEach
    void start() {
        sandbox = JobHarness.sandbox().contactList("list_paged", 5_900, "NA-EAST").suppressionCount(100).start();
        sandbox.faults().rateLimitPerMinute(RATE);
        database = TestPostgres.newDatabase();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        database.close();
    }

    @Test
    void twoProcessesRunningTwoJobsAgainstOneTenantStayWithinItsRateTogether() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int n = 1; n <= ROWS; n++) {
            rows.add(String.format("RATE-%03d,Rate campaign %03d,PROGRESSIVE,OUTBOUND_SALES,America/New_York,2027-01-04T08:00,"
                    + "2027-01-04T17:00,,,,,queue_rate_%d,,,false", n, n, n));
        }
        Path plan = TrackedCampaigns.file(dataDir.resolve("plan.csv"), TrackedCampaigns.HEADER, rows);
        Files.createDirectories(dataDir.resolve("a"));
        Files.createDirectories(dataDir.resolve("b"));
        CxoneBatchProcess first = new CxoneBatchProcess(dataDir.resolve("a"), database, sandbox)
                .with("cxone.rate-limit-per-minute", RATE);
        CxoneBatchProcess second = new CxoneBatchProcess(dataDir.resolve("b"), database, sandbox)
                .with("cxone.rate-limit-per-minute", RATE).with("cxone.contact-page-size", 100);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong firstRequest = new AtomicLong();
        AtomicLong lastRequest = new AtomicLong();
        Thread watch = new Thread(() -> {
            long seen = sandbox.inspect().totalRequests();
            while (running.get()) {
                long now = sandbox.inspect().totalRequests();
                if (now > seen) {
                    firstRequest.compareAndSet(0, System.nanoTime());
                    lastRequest.set(System.nanoTime());
                    seen = now;
                }
                Thread.onSpinWait();
            }
        });
        watch.start();
        long before = sandbox.inspect().totalRequests();

        Started provisioning = first.start("run", "campaign-provisioning", "plan=" + plan);
        Started crossref = second.start("run", "suppression-crossref", "lists=list_paged");
        Result provisioned = provisioning.finish();
        Result crossreferenced = crossref.finish();
        running.set(false);
        watch.join();

        assertThat(provisioned.exitCode()).as(provisioned.output()).isZero();
        assertThat(crossreferenced.exitCode()).as(crossreferenced.output()).isIn(0, 3);
        long requests = sandbox.inspect().totalRequests() - before;
        assertThat(requests).as("both jobs' requests").isGreaterThan(100);
        double seconds = (lastRequest.get() - firstRequest.get()) / 1e9;
        assertThat(requests / seconds * 60).as("requests a minute, both processes together").isLessThanOrEqualTo(RATE * 1.1);
        assertThat(sandbox.inspect().requestCount(429)).as("the tenant never had to refuse").isZero();
        assertThat(JdbcClient.create(database.dataSource()).sql("SELECT count(*) FROM rate_limit_bucket").query(Long.class).single())
                .as("one budget, the tenant's").isEqualTo(1);
    }
}
