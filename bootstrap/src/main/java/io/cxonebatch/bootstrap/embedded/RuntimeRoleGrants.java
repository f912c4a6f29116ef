package io.cxonebatch.bootstrap.embedded;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * After every migration (as the superuser that owns the schema), what the runtime role may do: read and write the
 * product's tables, but only insert into and read the audit, and only read the migration history. The role owns no
 * table, so it cannot alter one, disable a trigger or grant itself more.
 */
public final class RuntimeRoleGrants implements Callback {

    static final String SQL = """
            GRANT USAGE ON SCHEMA public TO %1$s;
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1$s;
            GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1$s;
            REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM %1$s;
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM %1$s;
            """.formatted(EmbeddedPostgresServer.RUNTIME_ROLE);

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(SQL);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the runtime role its rights: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "cxone-batch runtime role grants";
    }
}
