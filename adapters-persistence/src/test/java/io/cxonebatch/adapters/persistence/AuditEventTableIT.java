package io.cxonebatch.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.persistence.testing.RealPostgres;
import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rules the database itself enforces on {@code audit_event}, whoever writes to it. */
@RealPostgres
class AuditEventTableIT {

    private static final String INSERT = """
            INSERT INTO audit_event (occurred_at, action, outcome, actor, details)
            VALUES (now(), 'JOB_STARTED', :outcome, 'tester', CAST(:details AS jsonb))""";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    AuditEventTableIT(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        new AuditPersistenceAdapter(dataSource, "tester").append(AuditEvents.created("seed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UPDATE audit_event SET details = '{\"altered\": true}'",
        "UPDATE audit_event SET outcome = 'FAILED' WHERE id = -1",
        "DELETE FROM audit_event",
        "TRUNCATE audit_event"})
    void refusesEveryChangeToStoredRows(String change) {
        long rowsBefore = rowCount();

        assertThatThrownBy(() -> jdbc.sql(change).update())
                .hasMessageContaining("audit_event is append-only")
                .hasMessageContaining("refused");

        assertThat(rowCount()).isEqualTo(rowsBefore);
    }

    @Test
    void refusesDeletesEvenWhenReplicationRoleSkipsOrdinaryTriggers() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");

            assertThatThrownBy(() -> statement.execute("DELETE FROM audit_event"))
                    .hasMessageContaining("audit_event is append-only: DELETE refused");
        }
    }

    @Test
    void chainsEvenARowInsertedWhileReplicationRoleSkipsOrdinaryTriggers() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            statement.execute("""
                    INSERT INTO audit_event (occurred_at, action, outcome, actor, prev_hash, hash)
                    VALUES (now(), 'FORGED', 'SUCCESS', 'tester', repeat('0', 64), repeat('f', 64))""");
            try (var forged = statement.executeQuery("SELECT hash FROM audit_event WHERE action = 'FORGED'")) {
                forged.next();
                assertThat(forged.getString(1)).as("the hash the trigger computed, not the caller's").isNotEqualTo("f".repeat(64))
                        .matches("[0-9a-f]{64}");
            }
        }
    }

    @Test
    void refusesAppendsFromSnapshotsOlderThanTheLastCommittedRow() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);

            assertThatThrownBy(() -> statement.execute("""
                    INSERT INTO audit_event (occurred_at, action, outcome, actor)
                    VALUES (now(), 'JOB_STARTED', 'STARTED', 'tester')"""))
                    .hasMessageContaining("READ COMMITTED")
                    .hasMessageContaining("REPEATABLE READ");
            connection.rollback();
        }
    }

    @ParameterizedTest
    @EnumSource(AuditOutcome.class)
    void acceptsEveryOutcomeOfTheApplication(AuditOutcome outcome) {
        assertThat(jdbc.sql(INSERT).param("outcome", outcome.name()).param("details", "{}").update()).isEqualTo(1);
    }

    @Test
    void rejectsAnOutcomeTheApplicationDoesNotHave() {
        assertThatThrownBy(() -> jdbc.sql(INSERT).param("outcome", "MAYBE").param("details", "{}").update())
                .hasMessageContaining("audit_event_outcome_check");
    }

    @Test
    void rejectsDetailsThatAreNotAJsonObject() {
        assertThatThrownBy(() -> jdbc.sql(INSERT).param("outcome", "STARTED").param("details", "[1, 2]").update())
                .hasMessageContaining("audit_event_details_object_check");
    }

    @Test
    void numbersAndHashesRowsItselfWhateverTheWriterSends() {
        long next = jdbc.sql("SELECT max(id) + 1 FROM audit_event").query(Long.class).single();
        String previousHash = jdbc.sql("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1").query(String.class).single();

        jdbc.sql("""
                INSERT INTO audit_event (id, occurred_at, action, outcome, actor, prev_hash, hash)
                VALUES (999999, now(), 'FORGED', 'SUCCESS', 'tester', 'made-up', 'made-up')""").update();

        Map<String, Object> row = jdbc.sql("SELECT id, prev_hash, hash FROM audit_event WHERE action = 'FORGED'")
                .query().singleRow();
        assertThat(row.get("id")).isEqualTo(next);
        assertThat(row.get("prev_hash")).isEqualTo(previousHash);
        assertThat((String) row.get("hash")).matches("[0-9a-f]{64}");
    }

    @Test
    void chainsTheFirstRowOfADatabaseToTheGenesisHash() {
        try (TestDatabase fresh = TestPostgres.newDatabase()) {
            new AuditPersistenceAdapter(fresh.dataSource(), "tester").append(AuditEvents.created("first"));

            assertThat(JdbcClient.create(fresh.dataSource()).sql("SELECT prev_hash FROM audit_event")
                    .query(String.class).single()).isEqualTo("0".repeat(64));
        }
    }

    @Test
    void hashesTheDocumentedCanonicalTextOfARow() throws Exception {
        String ref = "canonical-" + System.nanoTime();
        new AuditPersistenceAdapter(dataSource, "tester").append(AuditEvents.created(ref));

        Map<String, Object> row = jdbc.sql("""
                SELECT id, prev_hash, hash, occurred_at, recorded_at, job_execution_id, job_name, action, campaign_ref,
                       outcome, http_status, latency_ms, details::text AS details, actor
                FROM audit_event WHERE campaign_ref = :ref""").param("ref", ref).query().singleRow();
        String canonical = String.join("|", List.of("audit_event/v1",
                field(row.get("prev_hash")), field(row.get("id")),
                field(utc(row.get("occurred_at"))), field(utc(row.get("recorded_at"))),
                field(row.get("job_execution_id")), field(row.get("job_name")), field(row.get("action")),
                field(row.get("campaign_ref")), field(row.get("outcome")), field(row.get("http_status")),
                field(row.get("latency_ms")), field(row.get("details")), field(row.get("actor"))));

        String sha256 = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));

        assertThat(row.get("hash")).isEqualTo(sha256);
    }

    @Test
    void digestTellsApartValuesSplitDifferentlyAcrossFields() {
        String digest = """
                SELECT audit_event_digest(repeat('0', 64), 1, '2026-03-02T12:00:00Z', '2026-03-02T12:00:00Z', NULL,
                                          :jobName, :action, NULL, 'SUCCESS', NULL, NULL, '{}', 'tester')""";

        List<String> digests = List.of(
                jdbc.sql(digest).param("jobName", "a|1:b").param("action", "c").query(String.class).single(),
                jdbc.sql(digest).param("jobName", "a").param("action", "b|1:c").query(String.class).single(),
                jdbc.sql(digest).param("jobName", "").param("action", "c").query(String.class).single(),
                jdbc.sql(digest).param("jobName", null).param("action", "c").query(String.class).single());

        assertThat(digests).doesNotHaveDuplicates();
    }

    private long rowCount() {
        return jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
    }

    private static String field(Object value) {
        if (value == null) {
            return "~";
        }
        String text = value.toString();
        return text.length() + ":" + text;
    }

    private static String utc(Object timestamp) {
        OffsetDateTime value = timestamp instanceof OffsetDateTime offset
                ? offset
                : ((java.sql.Timestamp) timestamp).toInstant().atOffset(ZoneOffset.UTC);
        return value.withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'"));
    }
}
