package io.cxonebatch.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documented roles script on a migrated database: each role may do what its job needs and is refused the rest,
 * the application above all refused to change or remove audit rows even by switching the triggers off.
 */
class DatabaseRolesIT {

    private static TestDatabase database;

    @BeforeAll
    static void migrateAndApplyTheRolesScript() throws Exception {
        database = TestPostgres.newDatabase();
        String script;
        try (InputStream in = DatabaseRolesIT.class.getResourceAsStream("/db/roles/cxone-batch-roles.sql")) {
            assertThat(in).as("the roles script on the classpath").isNotNull();
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(script);
            statement.execute(script); // idempotent: run again after an upgrade
            statement.execute("INSERT INTO audit_event (occurred_at, action, outcome, actor) VALUES (now(), 'JOB_STARTED', 'STARTED', 'test')");
        }
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    private static Connection as(String role) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), role, "");
    }

    @Test
    void theApplicationAppendsToTheAuditButCanNeitherChangeNorRemoveARowNorSwitchTheTriggersOff() throws Exception {
        try (Connection app = as("cxone_batch_app"); Statement statement = app.createStatement()) {
            statement.execute("INSERT INTO audit_event (occurred_at, action, outcome, actor) VALUES (now(), 'APPENDED', 'SUCCESS', 'app')");
            statement.execute("SELECT count(*) FROM audit_event");
            statement.execute("SELECT count(*) FROM staged_item");
            assertThatThrownBy(() -> statement.execute("UPDATE audit_event SET actor = 'x'")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("DELETE FROM audit_event")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("TRUNCATE audit_event")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("ALTER TABLE audit_event DISABLE TRIGGER ALL")).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("DROP TABLE audit_event")).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("DELETE FROM flyway_schema_history")).hasMessageContaining("permission denied");
        }
    }

    @Test
    void theOfficerReadsTheViewsAndNothingElse() throws Exception {
        try (Connection officer = as("cxone_batch_officer"); Statement statement = officer.createStatement()) {
            for (String view : new String[] {"audit_campaign_changes", "audit_failed_changes", "audit_rejected_rows",
                    "audit_suppression_results", "audit_job_runs"}) {
                statement.execute("SELECT count(*) FROM " + view);
            }
            assertThat(statement.executeQuery("SELECT count(*) FROM audit_job_runs").next()).isTrue();
            assertThatThrownBy(() -> statement.execute("SELECT count(*) FROM audit_event")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("SELECT count(*) FROM staged_item")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("INSERT INTO audit_event (occurred_at, action, outcome, actor) "
                    + "VALUES (now(), 'FORGED', 'SUCCESS', 'officer')")).hasMessageContaining("permission denied");
        }
    }

    @Test
    void theOwnerOwnsTheSchemaSoThatOnlyItCouldAlterIt() throws Exception {
        try (Connection owner = as("cxone_batch_owner"); Statement statement = owner.createStatement();
                var unowned = statement.executeQuery("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        + "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v') AND pg_get_userbyid(c.relowner) <> 'cxone_batch_owner'")) {
            unowned.next();
            assertThat(unowned.getLong(1)).as("tables and views not owned by cxone_batch_owner").isZero();
        }
    }
}
