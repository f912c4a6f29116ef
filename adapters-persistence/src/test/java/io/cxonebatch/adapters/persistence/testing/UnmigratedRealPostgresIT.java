package io.cxonebatch.adapters.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

@RealPostgres(migrated = false)
class UnmigratedRealPostgresIT {

    @InjectDatabase
    private static TestDatabase database;

    @Test
    void givesTheClassAnEmptyDatabaseThatTheTestCanMigrate() {
        assertThat(RealPostgresExtensionIT.tables(database.dataSource())).isEmpty();

        Flyway.configure().dataSource(database.dataSource()).load().migrate();

        assertThat(RealPostgresExtensionIT.tables(database.dataSource()))
                .contains("flyway_schema_history", "audit_event");
    }
}
