package io.cxonebatch.bootstrap.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIT {

    @TempDir
    Path dataDir;

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), "");
    }

    @Test
    void keepsItsDataAcrossRestarts() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir);
                Connection connection = connect(first); Statement statement = connection.createStatement()) {
            assertThat(first.isOwner()).isTrue();
            statement.execute("create table kept (value text)");
            statement.execute("insert into kept values ('still here')");
        }
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dataDir);
                Connection connection = connect(second); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select value from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void joinsTheServerALiveOwnerRunsInsteadOfStartingASecondOne() throws Exception {
        try (EmbeddedPostgresServer owner = EmbeddedPostgresServer.start(dataDir);
                EmbeddedPostgresServer guest = EmbeddedPostgresServer.start(dataDir)) {
            assertThat(guest.isOwner()).isFalse();
            assertThat(guest.port()).isEqualTo(owner.port());
            try (Connection connection = connect(guest); Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select version()")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).startsWith("PostgreSQL 18");
            }
        }
    }

    @Test
    void runsWithFsyncOnBecauseItHoldsTheProductsData() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
                Connection connection = connect(server); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("show fsync")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("on");
        }
    }
}
