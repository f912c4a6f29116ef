package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.outbox.NewNotification;
import io.cxonebatch.application.port.out.outbox.Notification;
import io.cxonebatch.application.port.out.outbox.NotificationCounts;
import io.cxonebatch.application.port.out.outbox.NotificationStatus;
import io.cxonebatch.application.port.out.outbox.OutboxPort;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox, in {@code outbox_message}. Every method is one statement, which joins the caller's transaction on the
 * same data source when there is one: a notification enqueued in a step's transaction is written, or not, with the
 * step's own changes.
 *
 * <p>A claim is one UPDATE of the rows a sub-select locks with {@code FOR UPDATE SKIP LOCKED}: two relays claiming at
 * once, in one process or several, each lock rows the other has not and neither waits for the other, and a row one
 * of them has claimed (committed, with its lease) no longer matches the other's claim. Settling ({@link #delivered},
 * {@link #retryLater}, {@link #dead}) changes only a PENDING row, so that a relay that settles late cannot revive a
 * notification given up on nor deliver one twice; a call for a row already settled, or for an id the outbox does not
 * have, changes nothing.
 *
 * <p>A notification is due at once when written: its next attempt is the database's {@code now()}, which a claim
 * compares with the {@code now} the relay passes, so a relay whose clock runs behind the database's sees it that
 * much later. The payload is written as a JSON object and read back as PostgreSQL keeps a {@code jsonb}: the same
 * JSON value, with its whitespace normalised and the keys of each object in the database's order.
 */
public class OutboxPersistenceAdapter implements OutboxPort {

    /** What is kept of an error, in characters (code points), as outbox_message_last_error_check allows. */
    static final int ERROR_LIMIT = 2_000;

    private static final String ELLIPSIS = "…";

    // A row is claimable from the later of its next attempt and its lease's end (greatest() ignores a null lease):
    // that is, due, and held by no live lease. The expression is outbox_message_due_idx's, which serves the claim.
    static final String CLAIM = """
            WITH claimed AS (
                UPDATE outbox_message SET attempts = attempts + 1, lease_until = :leaseUntil
                WHERE id IN (SELECT id FROM outbox_message
                             WHERE status = 'PENDING' AND greatest(next_attempt_at, lease_until) <= :now
                             ORDER BY id
                             LIMIT :limit
                             FOR UPDATE SKIP LOCKED)
                RETURNING %s)
            SELECT * FROM claimed ORDER BY id""".formatted(NotificationRowMapper.COLUMNS);

    // The first entry of outbox_message_due_idx.
    static final String NEXT_DUE = """
            SELECT greatest(next_attempt_at, lease_until) AS due FROM outbox_message WHERE status = 'PENDING'
            ORDER BY greatest(next_attempt_at, lease_until) LIMIT 1""";

    private final JdbcClient jdbcClient;
    private final NotificationInsert insert = new NotificationInsert(JsonMapper.shared());
    private final NotificationRowMapper rowMapper = new NotificationRowMapper();

    public OutboxPersistenceAdapter(DataSource dataSource) {
        this.jdbcClient = JdbcClient.create(dataSource);
    }

    /**
     * @throws IllegalArgumentException when a value of the payload cannot be written as JSON, before anything is
     *         asked of the database
     * @throws org.springframework.dao.DataIntegrityViolationException when the database refuses a value, such as text
     *         holding a NUL character (U+0000)
     */
    @Override
    public long enqueue(NewNotification notification) {
        return insert.insert(jdbcClient, insert.prepare(notification));
    }

    /** Returns the claimed notifications in id order, each with the attempt the claim counted. */
    @Override
    public List<Notification> claimDue(Instant now, Duration leaseFor, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("notifications are claimed at least one at a time, limit was " + limit);
        }
        if (leaseFor.isNegative() || leaseFor.isZero()) {
            throw new IllegalArgumentException("a claim's lease must last, it was " + leaseFor);
        }
        return jdbcClient.sql(CLAIM)
                .param("now", database(now))
                .param("leaseUntil", database(now.plus(leaseFor)))
                .param("limit", limit)
                .query(rowMapper)
                .list();
    }

    /** @throws IllegalArgumentException when the status is not 2xx, which is not a delivery */
    @Override
    public boolean delivered(long id, int attempt, Instant at, int httpStatus) {
        if (httpStatus < 200 || httpStatus > 299) {
            throw new IllegalArgumentException("notification " + id + " is delivered when the receiver answers 2xx, not "
                    + httpStatus);
        }
        return jdbcClient.sql("""
                        UPDATE outbox_message
                        SET status = 'DELIVERED', settled_at = :at, last_http_status = :httpStatus, lease_until = NULL
                        WHERE id = :id AND status = 'PENDING' AND attempts = :attempt""")
                .param("id", id)
                .param("attempt", attempt)
                .param("at", database(at))
                .param("httpStatus", httpStatus)
                .update() == 1;
    }

    /** The error is kept capped at {@value #ERROR_LIMIT} characters. */
    @Override
    public boolean retryLater(long id, int attempt, Instant nextAttemptAt, String error) {
        return jdbcClient.sql("""
                        UPDATE outbox_message SET next_attempt_at = :nextAttemptAt, last_error = :error, lease_until = NULL
                        WHERE id = :id AND status = 'PENDING' AND attempts = :attempt""")
                .param("id", id)
                .param("attempt", attempt)
                .param("nextAttemptAt", database(nextAttemptAt))
                .param("error", storableError(error))
                .update() == 1;
    }

    /** The reason is kept capped at {@value #ERROR_LIMIT} characters. */
    @Override
    public boolean dead(long id, int attempt, Instant at, String reason) {
        return jdbcClient.sql("""
                        UPDATE outbox_message SET status = 'DEAD', settled_at = :at, last_error = :reason, lease_until = NULL
                        WHERE id = :id AND status = 'PENDING' AND attempts = :attempt""")
                .param("id", id)
                .param("attempt", attempt)
                .param("at", database(at))
                .param("reason", storableError(reason))
                .update() == 1;
    }

    @Override
    public NotificationCounts counts(@Nullable Long jobExecutionId) {
        Map<NotificationStatus, Long> byStatus = new EnumMap<>(NotificationStatus.class);
        String where = jobExecutionId == null ? "" : " WHERE job_execution_id = :jobExecutionId";
        JdbcClient.StatementSpec count = jdbcClient.sql(
                "SELECT status, count(*) AS total FROM outbox_message" + where + " GROUP BY status");
        if (jobExecutionId != null) {
            count = count.param("jobExecutionId", jobExecutionId);
        }
        count.query(rs -> {
            byStatus.put(NotificationStatus.valueOf(rs.getString("status")), rs.getLong("total"));
        });
        return new NotificationCounts(byStatus.getOrDefault(NotificationStatus.PENDING, 0L),
                byStatus.getOrDefault(NotificationStatus.DELIVERED, 0L), byStatus.getOrDefault(NotificationStatus.DEAD, 0L));
    }

    /** Oldest first: in id order, which is the order they were written in. */
    @Override
    public List<Notification> ofExecution(long jobExecutionId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("notifications are read at least one at a time, limit was " + limit);
        }
        return jdbcClient.sql("SELECT " + NotificationRowMapper.COLUMNS
                        + " FROM outbox_message WHERE job_execution_id = :jobExecutionId ORDER BY id LIMIT :limit")
                .param("jobExecutionId", jobExecutionId)
                .param("limit", limit)
                .query(rowMapper)
                .list();
    }

    /**
     * The earliest time a claim can take a PENDING notification: its next attempt, or, while a relay holds it, the end
     * of that relay's lease. A relay that sleeps until then does not wake to find only notifications others hold.
     */
    @Override
    public @Nullable Instant nextDue() {
        return jdbcClient.sql(NEXT_DUE)
                .query((rs, rowNum) -> Timestamps.instant(rs, "due"))
                .optional()
                .orElse(null);
    }

    /**
     * The error as it can be stored: at most {@value #ERROR_LIMIT} characters, the last of them an ellipsis when it
     * was longer (cut between characters, never inside one), with any NUL character, which PostgreSQL does not accept
     * in text, replaced by U+FFFD.
     */
    static String storableError(String error) {
        String text = error.replace('\0', '\uFFFD');
        if (text.codePointCount(0, text.length()) <= ERROR_LIMIT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, ERROR_LIMIT - 1)) + ELLIPSIS;
    }

    /** PostgreSQL keeps microseconds; truncating here makes comparisons with what it stored predictable. */
    private static OffsetDateTime database(Instant instant) {
        return Timestamps.toDatabase(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
