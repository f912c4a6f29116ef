package io.cxonebatch.bootstrap.batch.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess.Result;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess.Started;
import io.cxonebatch.bootstrap.batch.CxoneBatchProcess;
import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kills a real cxone-batch process with SIGKILL in the middle of a contact list, then restarts the execution: it
 * must read on from the last committed page (not from the first) and end with exactly the uninterrupted result.
 */
class SuppressionCrashIT {

    private static final String CONTACTS_ROUTE = "/api/v2/outbound/contactlists/{listId}/contacts";
    private static final int CONTACTS = 60_000;
    private static final int PAGE = 1_000;

    @TempDir
    Path dataDir;

    private CxoneSandbox sandbox;
    private TestDatabase database;

    @BeforeEach
    void start() {
        sandbox = JobHarness.sandbox().contactList("list_big", CONTACTS, "NA-EAST").suppressionCount(3_000).start();
        // Slow enough that the kill lands mid-list, whatever the machine.
        sandbox.faults().latencyMillis(40);
        database = TestPostgres.newDatabase();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        database.close();
    }

    @Test
    void aRunKilledMidListAndRestartedReadsOnFromItsLastCommittedPageWithTheUninterruptedResult() throws Exception {
        CxoneBatchProcess cxoneBatch = new CxoneBatchProcess(dataDir, database, sandbox).with("cxone.contact-page-size", PAGE);
        int pages = CONTACTS / PAGE;

        Started first = cxoneBatch.start("run", "suppression-crossref", "lists=list_big");
        awaitContactPages(first, pages / 3);
        first.kill();
        long readWhenKilled = sandbox.inspect().requestCount("GET", CONTACTS_ROUTE, 200);
        assertThat(readWhenKilled).as("pages read when killed").isBetween((long) pages / 3, (long) pages - 1);
        long executionId = jdbc().sql("SELECT max(job_execution_id) FROM batch_job_execution").query(Long.class).single();
        assertThat(jdbc().sql("SELECT status FROM batch_job_execution WHERE job_execution_id = ?").param(executionId)
                .query(String.class).single()).isEqualTo("STARTED");

        Result restart = cxoneBatch.start("restart", Long.toString(executionId)).finish();

        assertThat(restart.exitCode()).as(restart.output()).isEqualTo(3);
        assertThat(sandbox.inspect().requestCount("GET", CONTACTS_ROUTE, 200))
                .as("every page once, and at most the one in hand at the kill twice").isBetween((long) pages, (long) pages + 1);
        assertThat(jdbc().sql("SELECT contact_id FROM suppression_match WHERE list_id = 'list_big'").query(String.class).list()
                .stream().sorted().toList()).isEqualTo(sandbox.inspect().expectedSuppressedContactIds("list_big"));
        assertThat(jdbc().sql("SELECT contacts_read FROM suppression_list_result WHERE list_id = 'list_big'").query(Long.class)
                .single()).as("every contact counted once").isEqualTo(CONTACTS);
        assertThat(jdbc().sql("SELECT eligible FROM suppression_list_result WHERE list_id = 'list_big'").query(Long.class).single())
                .isEqualTo(sandbox.inspect().expectedEligibleContactIds("list_big", null).size());
    }

    @Test
    void aRunKilledWhileItLoadsADoNotCallFileCanBeRestartedAndLoadsThatFileOnce() throws Exception {
        Path dnc = dataDir.resolve("registry.csv");
        StringBuilder rows = new StringBuilder("phone_number,reason\n");
        for (int i = 0; i < 400_000; i++) {
            rows.append("+1808").append(String.format("%07d", 2_000_000 + i)).append(",FEDERAL_DNC\n");
        }
        Files.writeString(dnc, rows);
        CxoneBatchProcess cxoneBatch = new CxoneBatchProcess(dataDir, database, sandbox).with("cxone.contact-page-size", PAGE);

        Started first = cxoneBatch.start("run", "suppression-crossref", "lists=list_big", "dnc=" + dnc,
                "dncAsOf=" + LocalDate.now(ZoneOffset.UTC));
        awaitStep(first, "sources");
        first.kill();
        long executionId = jdbc().sql("SELECT max(job_execution_id) FROM batch_job_execution").query(Long.class).single();

        Result restart = cxoneBatch.start("restart", Long.toString(executionId)).finish();

        assertThat(restart.exitCode()).as(restart.output()).isEqualTo(3);
        assertThat(restart.output()).contains("registry.csv: 400,000 entries, 0 unparseable").contains("COMPLETED");
    }

    private void awaitStep(Started started, String step) throws InterruptedException {
        long deadline = System.nanoTime() + CxoneBatchProcess.LIMIT.toNanos();
        while (jdbc().sql("SELECT count(*) FROM batch_step_execution WHERE step_name = ? AND status = 'STARTED'").param(step)
                .query(Long.class).single() == 0) {
            if (!started.process().isAlive() || System.nanoTime() > deadline) {
                started.kill();
                throw new AssertionError("cxone-batch never started its " + step + " step");
            }
            Thread.sleep(5);
        }
    }

    private void awaitContactPages(Started started, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + CxoneBatchProcess.LIMIT.toNanos();
        while (sandbox.inspect().requestCount("GET", CONTACTS_ROUTE, 200) < atLeast) {
            if (!started.process().isAlive()) {
                throw new AssertionError("cxone-batch ended (exit " + started.process().exitValue() + ") before it was killed");
            }
            if (System.nanoTime() > deadline) {
                started.kill();
                throw new AssertionError("cxone-batch read fewer than " + atLeast + " pages in " + CxoneBatchProcess.LIMIT);
            }
            Thread.sleep(10);
        }
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(database.dataSource());
    }
}
