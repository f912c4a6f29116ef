package io.cxonebatch.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.persistence.testing.RealPostgres;
import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.application.port.out.audit.AuditEvent;
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
    void digestIsStillTheFirstFormatsHashWithNullsAndWithValues() {
        // V15 rewrote audit_event_digest as one expression; rows hashed before it must verify as they did.
        List<Boolean> same = jdbc.sql("""
                WITH input AS (
                    SELECT repeat('a', 64) AS prev_hash, g::bigint AS id, timestamptz '2026-03-02T12:00:00.123456Z' AS occurred_at,
                           timestamptz '2026-03-02T12:00:01Z' AS recorded_at,
                           CASE WHEN g % 2 = 0 THEN g END AS job_execution_id, CASE WHEN g % 3 = 0 THEN 'job-' || g END AS job_name,
                           'ACTION' AS action, CASE WHEN g % 4 = 0 THEN 'key/' || g END AS campaign_ref, 'SUCCESS' AS outcome,
                           CASE WHEN g % 5 = 0 THEN 200 END AS http_status, CASE WHEN g % 6 = 0 THEN g END AS latency_ms,
                           jsonb_build_object('n', g, 'text', 'é|~:') AS details, CASE WHEN g % 7 = 0 THEN '' ELSE 'actor' END AS actor
                    FROM generate_series(1, 50) g)
                SELECT audit_event_digest(prev_hash, id, occurred_at, recorded_at, job_execution_id, job_name, action,
                                          campaign_ref, outcome, http_status, latency_ms, details, actor)
                     = encode(sha256(convert_to('audit_event/v1'
                           || '|' || audit_event_field(prev_hash) || '|' || audit_event_field(id::text)
                           || '|' || audit_event_field(audit_event_instant(occurred_at))
                           || '|' || audit_event_field(audit_event_instant(recorded_at))
                           || '|' || audit_event_field(job_execution_id::text) || '|' || audit_event_field(job_name)
                           || '|' || audit_event_field(action) || '|' || audit_event_field(campaign_ref)
                           || '|' || audit_event_field(outcome) || '|' || audit_event_field(http_status::text)
                           || '|' || audit_event_field(latency_ms::text) || '|' || audit_event_field(details::text)
                           || '|' || audit_event_field(actor), 'UTF8')), 'hex')
                FROM input""").query(Boolean.class).list();

        assertThat(same).hasSize(50).containsOnly(true);
    }

    @Test
    void chainTriggerHashesEveryRowAsAuditEventDigestDoesWithNullsAndWithValues() {
        // The trigger writes the digest's expression out for speed; the two must never drift apart.
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, job_execution_id, job_name, action, campaign_ref, outcome, http_status,
                                         latency_ms, details, actor)
                SELECT timestamptz '2026-03-02T12:00:00.123456Z' + g * interval '1 ms', CASE WHEN g % 2 = 0 THEN g END,
                       CASE WHEN g % 3 = 0 THEN 'job-' || g END, 'DRIFT_CHECK', CASE WHEN g % 4 = 0 THEN 'key/' || g END,
                       'SUCCESS', CASE WHEN g % 5 = 0 THEN 200 END, CASE WHEN g % 6 = 0 THEN g END,
                       jsonb_build_object('n', g, 'text', 'é|~:'), CASE WHEN g % 7 = 0 THEN '' ELSE 'actor' END
                FROM generate_series(1, 42) g""").update();

        List<Boolean> same = jdbc.sql("""
                SELECT hash = audit_event_digest(prev_hash, id, occurred_at, recorded_at, job_execution_id, job_name, action,
                                                 campaign_ref, outcome, http_status, latency_ms, details, actor)
                FROM audit_event WHERE action = 'DRIFT_CHECK'""").query(Boolean.class).list();

        assertThat(same).hasSize(42).containsOnly(true);
    }

    @Test
    void splitsTheCampaignReferenceAsTheFirstRegularExpressionsDid() {
        List<String> refs = List.of("KEY-1/camp_1", "KEY-1", "a/b/c", "a//b", "/a/b", "/abc", "abc/", "a/b/", "/", "//", "a/", "/a",
                "é/ü", "key with spaces/id 7", "");
        for (String ref : refs) {
            new AuditPersistenceAdapter(dataSource, "tester").append(new AuditEvent(AuditEvents.NOON, null, null, "SPLIT_CHECK",
                    ref, AuditOutcome.SUCCESS, null, null, Map.of()));
        }

        List<String> differing = jdbc.sql("""
                SELECT campaign_ref FROM audit_event
                WHERE action = 'SPLIT_CHECK'
                  AND (campaign_key IS DISTINCT FROM CASE WHEN campaign_ref ~ '^.+/[^/]+$'
                                                          THEN substring(campaign_ref FROM '^(.+)/[^/]+$') ELSE campaign_ref END
                       OR campaign_id IS DISTINCT FROM substring(campaign_ref FROM '^.+/([^/]+)$'))""").query(String.class).list();

        assertThat(differing).isEmpty();
        if (jdbc.sql("SELECT current_setting('server_version_num')::int").query(Integer.class).single() >= 170_000) {
            assertThat(jdbc.sql("""
                    SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d
                    JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
                    WHERE d.adrelid = 'audit_event'::regclass AND a.attname IN ('campaign_key', 'campaign_id')""")
                    .query(String.class).list()).hasSize(2).allMatch(expression -> expression.contains("strpos") && !expression.contains("~"));
        }
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
