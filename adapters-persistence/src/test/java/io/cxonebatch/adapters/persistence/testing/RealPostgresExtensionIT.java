package io.cxonebatch.adapters.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

@RealPostgres
class RealPostgresExtensionIT {

    @InjectDatabase
    private DataSource injectedField;

    private final TestDatabase fromConstructor;

    RealPostgresExtensionIT(TestDatabase fromConstructor) {
        this.fromConstructor = fromConstructor;
    }

    @Test
    void isARealPostgreSql18Server(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);

        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL 18");
        assertThat(jdbc.sql("SHOW server_version_num").query(Integer.class).single()).isBetween(180000, 189999);
    }

    @Test
    void queriesJsonbWithPostgresOperators(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);

        String nested = jdbc.sql("SELECT CAST(:json AS jsonb) -> 'campaign' ->> 'status'")
                .param("json", "{\"campaign\": {\"status\": \"ACTIVE\", \"id\": 7}}")
                .query(String.class)
                .single();
        Boolean contains = jdbc.sql("SELECT CAST(:json AS jsonb) @> '{\"b\": [2]}'")
                .param("json", "{\"a\": 1, \"b\": [1, 2, 3]}")
                .query(Boolean.class)
                .single();

        assertThat(nested).isEqualTo("ACTIVE");
        assertThat(contains).isTrue();
    }

    @Test
    void injectsOneDatabaseIntoConstructorFieldsAndMethods(TestDatabase fromMethod, DataSource dataSourceFromMethod) {
        assertThat(List.of(currentDatabase(fromConstructor.dataSource()), currentDatabase(injectedField),
                        currentDatabase(fromMethod.dataSource()), currentDatabase(dataSourceFromMethod)))
                .containsOnly(fromConstructor.name());
    }

    @Test
    void givesTheClassADatabaseWithEveryMigrationApplied(DataSource dataSource) {
        List<String> versions = JdbcClient.create(dataSource)
                .sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .query(String.class)
                .list();

        assertThat(versions).startsWith("1", "2", "3", "4");
    }

    @Test
    void connectsWithTheUrlAndCredentialsItHandsOut() throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(
                fromConstructor.jdbcUrl(), fromConstructor.username(), fromConstructor.password())) {
            assertThat(connection.getCatalog()).isEqualTo(fromConstructor.name());
        }
    }

    @Test
    void newDatabaseIsMigratedAndSeparateFromEveryOther() {
        try (TestDatabase first = TestPostgres.newDatabase(); TestDatabase second = TestPostgres.newDatabase()) {
            JdbcClient.create(first.dataSource()).sql("CREATE TABLE only_in_first (id int)").update();

            assertThat(first.name()).isNotEqualTo(second.name()).isNotEqualTo(fromConstructor.name());
            assertThat(tables(first.dataSource())).contains("only_in_first", "audit_event", "batch_job_instance");
            assertThat(tables(second.dataSource())).doesNotContain("only_in_first").contains("audit_event");
            assertThat(tables(fromConstructor.dataSource())).doesNotContain("only_in_first");
        }
    }

    @Test
    void unmigratedDatabaseHasNoTables() {
        try (TestDatabase empty = TestPostgres.newUnmigratedDatabase()) {
            assertThat(tables(empty.dataSource())).isEmpty();
        }
    }

    @Test
    void closingADatabaseDropsIt() {
        TestDatabase database = TestPostgres.newDatabase();

        database.close();

        Long remaining = JdbcClient.create(fromConstructor.dataSource())
                .sql("SELECT count(*) FROM pg_database WHERE datname = :name")
                .param("name", database.name())
                .query(Long.class)
                .single();
        assertThat(remaining).isZero();
    }

    @Nested
    class NestedClassIT {

        @Test
        void seeTheOuterClassDatabase(TestDatabase database) {
            assertThat(database.name()).isEqualTo(fromConstructor.name());
        }
    }

    static String currentDatabase(DataSource dataSource) {
        return JdbcClient.create(dataSource).sql("SELECT current_database()").query(String.class).single();
    }

    static List<String> tables(DataSource dataSource) {
        return JdbcClient.create(dataSource)
                .sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                .query(String.class)
                .list();
    }
}
