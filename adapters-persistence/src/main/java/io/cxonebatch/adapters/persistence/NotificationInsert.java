package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.outbox.NewNotification;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one insert into {@code outbox_message}, shared by the outbox and by the adapters that write a notification in
 * the same transaction as the change it announces. The row is PENDING and due at once; status, attempts, due time
 * and creation time are the table's defaults. It runs on the connection of the caller's transaction when there is
 * one.
 */
final class NotificationInsert {

    static final String SQL = """
            INSERT INTO outbox_message (topic, destination, payload, job_execution_id, ref)
            VALUES (:topic, :destination, CAST(:payload AS jsonb), :jobExecutionId, :ref)
            RETURNING id""";

    private final JsonMapper jsonMapper;

    NotificationInsert(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /**
     * The notification with its payload written as the JSON object stored and sent, before anything is asked of the
     * database, so that a payload refused here marks no transaction rollback-only.
     *
     * @throws IllegalArgumentException when a value of the payload cannot be written as JSON
     */
    Row prepare(NewNotification notification) {
        try {
            return new Row(notification, jsonMapper.writeValueAsString(notification.payload()));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the payload of a " + notification.topic()
                    + " notification cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @return the notification's id
     * @throws org.springframework.dao.DataIntegrityViolationException when the database refuses a value, such as
     *         text holding a NUL character (U+0000), which a {@code jsonb} cannot hold
     */
    long insert(JdbcClient jdbc, Row row) {
        NewNotification notification = row.notification();
        return jdbc.sql(SQL)
                .param("topic", notification.topic())
                .param("destination", notification.destination().toString())
                .param("payload", row.payloadJson())
                .param("jobExecutionId", notification.jobExecutionId())
                .param("ref", notification.ref())
                .query(Long.class)
                .single();
    }

    /** A notification ready to insert, its payload written. */
    record Row(NewNotification notification, String payloadJson) {
    }
}
