package io.cxonebatch.bootstrap.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server as the product runs it: its data kept, joined by a second process, locked with passwords and
 * scram-sha-256, its runtime role without a superuser's powers, and stopped by the last of our processes only.
 */
class EmbeddedPostgresServerIT {

    @TempDir
    Path productDir;

    private Path dataDir() {
        return productDir.resolve("postgres");
    }

    private static Connection asRuntimeRole(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), server.password());
    }

    private static Connection asSuperuser(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("postgres"), server.superuser(), server.superuserPassword());
    }

    @Test
    void keepsItsDataAcrossRestarts() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir());
                Connection connection = asSuperuser(first); Statement statement = connection.createStatement()) {
            assertThat(first.isOwner()).isTrue();
            statement.execute("create table kept (value text)");
            statement.execute("insert into kept values ('still here')");
        }
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dataDir());
                Connection connection = asSuperuser(second); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select value from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void joinsTheServerThatRunsInsteadOfStartingASecondOne() throws Exception {
        try (EmbeddedPostgresServer owner = EmbeddedPostgresServer.start(dataDir());
                EmbeddedPostgresServer guest = EmbeddedPostgresServer.start(dataDir())) {
            assertThat(guest.isOwner()).isFalse();
            assertThat(guest.port()).isEqualTo(owner.port());
            try (Connection connection = asRuntimeRole(guest); Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select version()")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).startsWith("PostgreSQL 18");
            }
        }
    }

    @Test
    void runsWithFsyncOnBecauseItHoldsTheProductsData() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir());
                Connection connection = asRuntimeRole(server); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("show fsync")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("on");
        }
    }

    @Test
    void refusesEveryConnectionWithoutItsPasswordAndKeepsThePasswordsAndBinariesTheOwnersAlone() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir())) {
            for (String role : new String[] {server.superuser(), server.username()}) {
                assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), role, "")).as(role + " without a password")
                        .isInstanceOf(SQLException.class).hasMessageContaining("password");
                assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), role, "guess")).as(role + " with a wrong one")
                        .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            }
            assertThat(Files.readString(dataDir().resolve("pg_hba.conf"))).doesNotContain("trust");
            assertThat(mode(EmbeddedCredentials.fileOf(dataDir()))).isEqualTo("rw-------");
            // Where a fresh process unpacks the binaries. (Within one JVM the library reuses binaries it unpacked before,
            // wherever that was: this test's JVM may have unpacked them for another test's server already.)
            assertThat(mode(productDir.resolve("postgres-binaries"))).isEqualTo("rwx------");
            assertThat(EmbeddedPostgresServer.postmaster(dataDir())).isPresent();
        }
    }

    @Test
    void theRuntimeRoleCanNeitherRunProgramsNorAlterWhatItDoesNotOwn() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir())) {
            try (Connection owner = asSuperuser(server); Statement statement = owner.createStatement()) {
                statement.execute("create table guarded (value text)");
                statement.execute("grant select, insert on guarded to " + server.username());
            }
            try (Connection runtime = asRuntimeRole(server); Statement statement = runtime.createStatement()) {
                statement.execute("insert into guarded values ('kept')");
                assertThatThrownBy(() -> statement.execute("copy (select 1) to program 'id'")).hasMessageContaining("pg_execute_server_program");
                assertThatThrownBy(() -> statement.execute("alter table guarded disable trigger all")).hasMessageContaining("must be owner");
                assertThatThrownBy(() -> statement.execute("delete from guarded")).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> statement.execute("set session_replication_role = replica")).hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void aDataDirectoryFromBeforePasswordsIsLockedOnItsNextStart() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir())) {
            assertThat(first.isOwner()).isTrue();
        }
        // What an older version left: trust for every local connection and no password file.
        Files.writeString(dataDir().resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
        Files.delete(EmbeddedCredentials.fileOf(dataDir()));

        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir());
                Connection connection = asRuntimeRole(again)) {
            assertThat(connection.isValid(5)).isTrue();
            assertThat(Files.exists(EmbeddedCredentials.fileOf(dataDir()))).isTrue();
            assertThatThrownBy(() -> DriverManager.getConnection(again.jdbcUrl("postgres"), again.superuser(), ""))
                    .hasMessageContaining("password");
        }
    }

    @Test
    void theProcessThatStartedTheServerLeavesItRunningWhileAnotherOfOursStillUsesIt() throws Exception {
        EmbeddedPostgresServer owner = EmbeddedPostgresServer.start(dataDir());
        Properties otherProcess = new Properties();
        otherProcess.setProperty("user", owner.username());
        otherProcess.setProperty("password", owner.password());
        otherProcess.setProperty("ApplicationName", EmbeddedPostgresServer.CLIENT_NAME_PREFIX + "999999");
        try (Connection longRun = DriverManager.getConnection(owner.jdbcUrl("postgres"), otherProcess)) {
            owner.close();
            assertThat(longRun.isValid(5)).as("the other process's connection after the starter left").isTrue();
        }
        assertThat(EmbeddedPostgresServer.postmaster(dataDir())).as("still running").isPresent();

        EmbeddedPostgresServer last = EmbeddedPostgresServer.start(dataDir());
        assertThat(last.isOwner()).isFalse();
        last.close();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (EmbeddedPostgresServer.postmaster(dataDir()).isPresent()) {
            assertThat(System.nanoTime()).as("stopped by the last process using it").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void aStalePidFileNamingAnotherProgramIsNotTakenForTheServer() throws Exception {
        Files.createDirectories(dataDir());
        // This very JVM: alive, but no postgres.
        Files.writeString(dataDir().resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dataDir() + "\n0\n5432\n");
        assertThat(EmbeddedPostgresServer.postmaster(dataDir())).isEmpty();
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
