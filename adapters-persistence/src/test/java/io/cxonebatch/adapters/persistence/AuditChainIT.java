package io.cxonebatch.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.application.port.out.audit.AuditChainReport;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every test tampers with or counts the whole chain, so each gets a database of its own. */
class AuditChainIT {

    private TestDatabase database;
    private JdbcClient jdbc;
    private AuditPersistenceAdapter adapter;

    @BeforeEach
    void freshDatabase() {
        database = TestPostgres.newDatabase();
        jdbc = JdbcClient.create(database.dataSource());
        adapter = new AuditPersistenceAdapter(database.dataSource(), "batch@node-1");
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void anEmptyRecordIsIntact() {
        assertThat(adapter.verifyAuditChain()).isEqualTo(new AuditChainReport(0, null, null));
    }

    @Test
    void verifiesIntactAfterManyAppends() {
        for (int batch = 0; batch < 20; batch++) {
            int first = batch * 25;
            adapter.append(IntStream.range(first, first + 25).mapToObj(i -> AuditEvents.numbered("chain", i)).toList());
        }

        assertThat(adapter.verifyAuditChain()).isEqualTo(new AuditChainReport(500, null, null));
    }

    @Test
    void verifiesIntactWhateverTheSessionTimeZone() {
        appendTen();
        PGSimpleDataSource elsewhere = new PGSimpleDataSource();
        elsewhere.setURL(database.jdbcUrl());
        elsewhere.setUser(database.username());
        elsewhere.setPassword(database.password());
        elsewhere.setOptions("-c TimeZone=Asia/Kolkata");

        AuditChainReport report = new AuditPersistenceAdapter(elsewhere, "auditor").verifyAuditChain();

        assertThat(report.intact()).isTrue();
        assertThat(report.rowsChecked()).isEqualTo(10);
    }

    @Test
    void reportsTheRowWhoseDetailsWereAltered() {
        appendTen();

        tamper("UPDATE audit_event SET details = '{\"sequence\": 99}' WHERE id = 4");

        AuditChainReport report = adapter.verifyAuditChain();
        assertThat(report.firstBrokenId()).isEqualTo(4L);
        assertThat(report.rowsChecked()).isEqualTo(4);
        assertThat(report.problem()).contains("row 4", "altered");
    }

    @Test
    void reportsTheRowAfterOneThatWasRewrittenWithAFreshHash() {
        appendTen();

        tamper("""
                UPDATE audit_event SET outcome = 'FAILED',
                    hash = audit_event_digest(prev_hash, id, occurred_at, recorded_at, job_execution_id, job_name, action,
                                              campaign_ref, 'FAILED', http_status, latency_ms, details, actor)
                WHERE id = 6""");

        AuditChainReport report = adapter.verifyAuditChain();
        assertThat(report.firstBrokenId()).isEqualTo(7L);
        assertThat(report.problem()).contains("row 7", "row 6", "rewritten");
    }

    @Test
    void reportsTheBreakWhereAMiddleRowWasRemoved() {
        appendTen();

        tamper("DELETE FROM audit_event WHERE id = 5");

        AuditChainReport report = adapter.verifyAuditChain();
        assertThat(report.firstBrokenId()).isEqualTo(6L);
        assertThat(report.rowsChecked()).isEqualTo(5);
        assertThat(report.problem()).contains("row 6", "row 4", "removed");
    }

    @Test
    void reportsTheBreakWhereTheFirstRowWasRemoved() {
        appendTen();

        tamper("DELETE FROM audit_event WHERE id = 1");

        AuditChainReport report = adapter.verifyAuditChain();
        assertThat(report.firstBrokenId()).isEqualTo(2L);
        assertThat(report.problem()).contains("genesis");
    }

    @Test
    void reportsARowWrittenPastTheChainTrigger() {
        appendTen();

        jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_chain").update();
        jdbc.sql("""
                INSERT INTO audit_event (id, occurred_at, action, outcome, actor, prev_hash, hash)
                SELECT 11, now(), 'CAMPAIGN_CREATED', 'SUCCESS', 'intruder', hash, repeat('f', 64)
                FROM audit_event WHERE id = 10""").update();
        jdbc.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_chain").update();

        AuditChainReport report = adapter.verifyAuditChain();
        assertThat(report.firstBrokenId()).isEqualTo(11L);
        assertThat(report.rowsChecked()).isEqualTo(11);
        assertThat(report.problem()).contains("forged");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void keepsIdsContiguousAndTheChainIntactUnderConcurrentAppends() throws Exception {
        int writers = 4;
        int eventsPerWriter = 250;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                String ref = "writer-" + writer;
                AuditPersistenceAdapter ownAdapter = new AuditPersistenceAdapter(database.dataSource(), ref + "@node");
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await(10, TimeUnit.SECONDS);
                    // Small batches, so that the writers' transactions interleave.
                    for (int first = 0; first < eventsPerWriter; first += 5) {
                        List<AuditEvent> batch = new ArrayList<>();
                        for (int i = first; i < first + 5; i++) {
                            batch.add(AuditEvents.numbered(ref, i));
                        }
                        ownAdapter.append(batch);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get(50, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> ids = jdbc.sql("SELECT id FROM audit_event ORDER BY id").query(Long.class).list();
        assertThat(ids).containsExactlyElementsOf(
                IntStream.rangeClosed(1, writers * eventsPerWriter).mapToObj(Long::valueOf).toList());
        assertThat(adapter.verifyAuditChain()).isEqualTo(new AuditChainReport(writers * eventsPerWriter, null, null));
        List<Integer> writerOrder = jdbc.sql("""
                SELECT (details ->> 'sequence')::int FROM audit_event WHERE campaign_ref = 'writer-2' ORDER BY id""")
                .query(Integer.class).list();
        assertThat(writerOrder).isSorted().hasSize(eventsPerWriter);
    }

    @Test
    void appendsABatchLargerThanOneStatementInOrderAndChained() {
        adapter.append(IntStream.range(0, 2_345).mapToObj(i -> AuditEvents.numbered("large", i)).toList());

        List<Integer> order = jdbc.sql("SELECT (details ->> 'sequence')::int FROM audit_event ORDER BY id").query(Integer.class).list();
        assertThat(order).containsExactlyElementsOf(IntStream.range(0, 2_345).boxed().toList());
        assertThat(adapter.verifyAuditChain()).isEqualTo(new AuditChainReport(2_345, null, null));
    }

    @Test
    void keepsTheChainLinkedWhenASavepointWithAppendsIsRolledBack() {
        appendTen();
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("INSERT INTO audit_event (occurred_at, action, outcome, actor) VALUES (now(), 'KEPT', 'SUCCESS', 't')");
            var savepoint = connection.setSavepoint();
            statement.execute("INSERT INTO audit_event (occurred_at, action, outcome, actor) VALUES (now(), 'UNDONE', 'SUCCESS', 't')");
            connection.rollback(savepoint);
            statement.execute("INSERT INTO audit_event (occurred_at, action, outcome, actor) VALUES (now(), 'AFTER', 'SUCCESS', 't')");
            connection.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }

        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE id > 10 ORDER BY id").query(String.class).list())
                .containsExactly("KEPT", "AFTER");
        assertThat(adapter.verifyAuditChain()).isEqualTo(new AuditChainReport(12, null, null));
    }

    @Test
    void ignoresAChainTipLeftInTheSessionByAnotherTransaction() {
        appendTen();
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute("SET cxone_batch.audit_chain_tip = '1:" + "0".repeat(64) + "'");
            statement.execute("INSERT INTO audit_event (occurred_at, action, outcome, actor) VALUES (now(), 'NEXT', 'SUCCESS', 't')");
            statement.execute("RESET cxone_batch.audit_chain_tip");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }

        assertThat(adapter.verifyAuditChain()).isEqualTo(new AuditChainReport(11, null, null));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void failsOnlyTheCallerWhoseBatchCannotBeStoredWhenAppendsAreGrouped() throws Exception {
        int writers = 4;
        int rounds = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Integer> failedRounds = new CopyOnWriteArrayList<>();
        try {
            CyclicBarrier together = new CyclicBarrier(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                String ref = "writer-" + writer;
                boolean spoiler = writer == 0;
                done.add(pool.submit((Callable<Void>) () -> {
                    for (int round = 0; round < rounds; round++) {
                        together.await(10, TimeUnit.SECONDS);
                        List<AuditEvent> batch = new ArrayList<>();
                        for (int i = 0; i < 4; i++) {
                            batch.add(AuditEvents.numbered(ref, round * 4 + i));
                        }
                        if (spoiler && round % 2 == 0) {
                            // PostgreSQL text cannot hold NUL: this batch fails in the database.
                            batch.set(2, new AuditEvent(AuditEvents.NOON, null, null, "BROKEN\u0000", ref,
                                    AuditOutcome.FAILED, null, null, Map.of()));
                            try {
                                adapter.append(batch);
                            } catch (RuntimeException expected) {
                                failedRounds.add(round);
                            }
                        } else {
                            adapter.append(batch);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get(50, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(failedRounds).hasSize((rounds + 1) / 2);
        for (int writer = 1; writer < writers; writer++) {
            List<Integer> order = jdbc.sql("SELECT (details ->> 'sequence')::int FROM audit_event WHERE campaign_ref = :ref ORDER BY id")
                    .param("ref", "writer-" + writer).query(Integer.class).list();
            assertThat(order).containsExactlyElementsOf(IntStream.range(0, rounds * 4).boxed().toList());
        }
        List<Integer> spoilerRows = jdbc.sql("SELECT (details ->> 'sequence')::int FROM audit_event WHERE campaign_ref = 'writer-0' ORDER BY id")
                .query(Integer.class).list();
        assertThat(spoilerRows).hasSize(rounds / 2 * 4).allMatch(sequence -> (sequence / 4) % 2 == 1);
        // Each caller's batch is contiguous in the chain.
        List<String> refsInChainOrder = jdbc.sql("SELECT campaign_ref FROM audit_event ORDER BY id").query(String.class).list();
        for (int start = 0; start < refsInChainOrder.size(); start += 4) {
            assertThat(refsInChainOrder.subList(start, start + 4)).containsOnly(refsInChainOrder.get(start));
        }
        assertThat(adapter.verifyAuditChain().intact()).isTrue();
    }

    private void appendTen() {
        adapter.append(IntStream.range(0, 10).mapToObj(i -> AuditEvents.numbered("chain", i)).toList());
    }

    /** What someone with the owner's rights could do: switch the append-only guard off, change, switch it on. */
    private void tamper(String sql) {
        jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
        jdbc.sql(sql).update();
        jdbc.sql("ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_append_only").update();
    }
}
