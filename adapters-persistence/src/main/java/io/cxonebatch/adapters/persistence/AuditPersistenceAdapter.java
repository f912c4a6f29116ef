package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditChainLink;
import io.cxonebatch.application.port.out.audit.AuditChainReport;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditQuery;
import io.cxonebatch.application.port.out.audit.AuditRowText;
import io.cxonebatch.application.port.out.audit.QueryAuditEventsPort;
import io.cxonebatch.application.port.out.audit.StoredAuditEvent;
import io.cxonebatch.application.port.out.audit.VerifyAuditChainPort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compliance record in {@code audit_event}. The database does the guarding: its triggers number and
 * hash-chain every row and refuse updates and deletes; this adapter writes, reads and re-walks the chain.
 *
 * <p>Appends run in a transaction of their own (REQUIRES_NEW, READ COMMITTED), even inside a caller's
 * transaction: what was done in CXone stays recorded when the caller's work rolls back, and the chain lock
 * the database takes for each append is held only for that short transaction, not for a whole chunk. Appends
 * that threads of one process make at the same time share one such transaction ({@link GroupedAppends}).
 */
public class AuditPersistenceAdapter implements AppendAuditEventsPort, VerifyAuditChainPort, QueryAuditEventsPort {

    // id, prev_hash, hash and recorded_at are the database's to set. A batch goes in as one statement over arrays,
    // in list order (WITH ORDINALITY): one round trip and one executor start for the batch instead of one a row.
    private static final String INSERT = """
            INSERT INTO audit_event (occurred_at, job_execution_id, job_name, action, campaign_ref, outcome,
                                     http_status, latency_ms, details, actor)
            SELECT occurred_at, job_execution_id, job_name, action, campaign_ref, outcome,
                   http_status, latency_ms, details, ?
            FROM unnest(CAST(? AS timestamptz[]), CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]),
                        CAST(? AS text[]), CAST(? AS text[]), CAST(? AS integer[]), CAST(? AS bigint[]),
                        CAST(? AS jsonb[]))
                 WITH ORDINALITY AS batch (occurred_at, job_execution_id, job_name, action, campaign_ref, outcome,
                                           http_status, latency_ms, details, position)
            ORDER BY position""";

    // Rows per statement: large batches go in several statements of one transaction.
    private static final int ROWS_PER_STATEMENT = 1_000;

    // Rows one group commit gathers from concurrent appends at most.
    private static final int ROWS_PER_GROUP = 1_000;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbcClient;
    private final TransactionTemplate appendTransaction;
    private final TransactionTemplate snapshotTransaction;
    private final AuditDetailsJson detailsJson;
    private final AuditEventRowMapper rowMapper;
    private final String actor;
    private final GroupedAppends groupedAppends = new GroupedAppends(this::appendInOneTransaction, ROWS_PER_GROUP);

    /**
     * @param actor who writes, stored with every row, e.g. {@code batch@node-1}
     */
    public AuditPersistenceAdapter(DataSource dataSource, String actor) {
        if (actor.isBlank()) {
            throw new IllegalArgumentException("audit actor must not be blank");
        }
        this.jdbcTemplate = new JdbcTemplate(dataSource);
        this.jdbcClient = JdbcClient.create(jdbcTemplate);
        DataSourceTransactionManager transactionManager = new DataSourceTransactionManager(dataSource);
        this.appendTransaction = new TransactionTemplate(transactionManager);
        appendTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        appendTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.snapshotTransaction = new TransactionTemplate(transactionManager);
        snapshotTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        snapshotTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshotTransaction.setReadOnly(true);
        this.detailsJson = new AuditDetailsJson(JsonMapper.shared());
        this.rowMapper = new AuditEventRowMapper(detailsJson);
        this.actor = actor;
    }

    /** Appends in list order, so the chain holds them in that order; all or none. */
    @Override
    public void append(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        groupedAppends.append(events);
    }

    private void appendInOneTransaction(List<AuditEvent> events) {
        appendTransaction.executeWithoutResult(status -> {
            for (int from = 0; from < events.size(); from += ROWS_PER_STATEMENT) {
                List<AuditEvent> rows = events.subList(from, Math.min(events.size(), from + ROWS_PER_STATEMENT));
                jdbcTemplate.execute(INSERT, (PreparedStatement statement) -> {
                    bind(statement, rows);
                    return statement.executeUpdate();
                });
            }
        });
    }

    /**
     * Walks the whole chain in id order. A row whose stored hash does not match its content was altered;
     * a row whose {@code prev_hash} is not the previous row's hash follows a removed or inserted row.
     */
    @Override
    public AuditChainReport verifyAuditChain() {
        AuditChainReport report = snapshotTransaction.execute(status -> new AuditChainWalk(jdbcClient).walk());
        if (report == null) {
            throw new IllegalStateException("audit chain walk returned no report");
        }
        return report;
    }

    /** Streams the rows in the text the digest hashed, inside one snapshot so the range is consistent. */
    @Override
    public void exportRows(@Nullable Instant from, @Nullable Instant to, Consumer<AuditRowText> sink) {
        snapshotTransaction.executeWithoutResult(status -> jdbcClient.sql("""
                SELECT id, audit_event_instant(occurred_at), audit_event_instant(recorded_at), job_execution_id::text, job_name,
                       action, campaign_ref, outcome, http_status::text, latency_ms::text, details::text, actor, prev_hash, hash
                FROM audit_event
                WHERE (CAST(:from AS timestamptz) IS NULL OR occurred_at >= CAST(:from AS timestamptz))
                  AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < CAST(:to AS timestamptz))
                ORDER BY id""")
                .param("from", from == null ? null : Timestamps.toDatabase(from))
                .param("to", to == null ? null : Timestamps.toDatabase(to))
                .withFetchSize(1_000)
                .query((rs, n) -> new AuditRowText(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getString(13), rs.getString(14)))
                .stream().forEach(sink));
    }

    @Override
    public Optional<AuditChainLink> lastLink() {
        return jdbcClient.sql("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new AuditChainLink(rs.getLong(1), rs.getString(2))).optional();
    }

    @Override
    public Optional<AuditChainLink> link(long id) {
        return jdbcClient.sql("SELECT id, hash FROM audit_event WHERE id = ?").param(id)
                .query((rs, n) -> new AuditChainLink(rs.getLong(1), rs.getString(2))).optional();
    }

    /** Filters as {@link AuditQuery} says; {@code from} is inclusive, {@code to} exclusive; oldest first. */
    @Override
    public List<StoredAuditEvent> findAuditEvents(AuditQuery query) {
        AuditQuerySql select = AuditQuerySql.of(query);
        return jdbcClient.sql(select.sql()).params(select.parameters()).query(rowMapper).list();
    }

    private void bind(PreparedStatement statement, List<AuditEvent> events) throws SQLException {
        int size = events.size();
        String[] occurredAt = new String[size];
        Long[] jobExecutionIds = new Long[size];
        String[] jobNames = new String[size];
        String[] actions = new String[size];
        String[] campaignRefs = new String[size];
        String[] outcomes = new String[size];
        Integer[] httpStatuses = new Integer[size];
        Long[] latencies = new Long[size];
        String[] details = new String[size];
        for (int i = 0; i < size; i++) {
            AuditEvent event = events.get(i);
            // PostgreSQL keeps microseconds; truncating here makes what is hashed and read back predictable.
            occurredAt[i] = event.occurredAt().truncatedTo(ChronoUnit.MICROS).toString();
            jobExecutionIds[i] = event.jobExecutionId();
            jobNames[i] = event.jobName();
            actions[i] = event.action();
            campaignRefs[i] = event.campaignRef();
            outcomes[i] = event.outcome().name();
            httpStatuses[i] = event.httpStatus();
            latencies[i] = event.latencyMillis();
            details[i] = detailsJson.write(event.details());
        }
        Connection connection = statement.getConnection();
        statement.setString(1, actor);
        statement.setArray(2, connection.createArrayOf("text", occurredAt));
        statement.setArray(3, connection.createArrayOf("int8", jobExecutionIds));
        statement.setArray(4, connection.createArrayOf("text", jobNames));
        statement.setArray(5, connection.createArrayOf("text", actions));
        statement.setArray(6, connection.createArrayOf("text", campaignRefs));
        statement.setArray(7, connection.createArrayOf("text", outcomes));
        statement.setArray(8, connection.createArrayOf("int4", httpStatuses));
        statement.setArray(9, connection.createArrayOf("int8", latencies));
        statement.setArray(10, connection.createArrayOf("text", details));
    }
}
