package io.cxonebatch.bootstrap.embedded;

import io.cxonebatch.bootstrap.batch.PrivateFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server whose data lives in a directory that survives restarts, locked to the OS user who runs
 * the product.
 *
 * <ul>
 *   <li>Only TCP on 127.0.0.1, no Unix socket, and {@code scram-sha-256} for every connection. The passwords are
 *       generated on first use and kept in {@link EmbeddedCredentials}' 0600 file beside the data, in the product's
 *       0700 data directory: another local user can neither read them nor connect without them.</li>
 *   <li>Two roles: the superuser, which only migrations use, and the runtime role the application runs as, which
 *       owns nothing (so it can neither drop nor alter a table, nor disable the audit's triggers) and may only
 *       insert into and read the audit ({@link RuntimeRoleGrants}).</li>
 *   <li>The binaries are unpacked inside the product's data directory (0700), not in a shared temporary directory
 *       where another user could plant a {@code postgres} for everyone to run.</li>
 *   <li>A server already running on the directory is joined, whoever started it. Whichever process of ours leaves
 *       last stops it: a short command that happened to start the server no longer ends a long run that joined it.</li>
 * </ul>
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** The application name every connection of this process gives, so that a closing process can count the others. */
    public static final String CLIENT_NAME_PREFIX = "cxone-batch:";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SUPERUSER = "postgres";
    static final String RUNTIME_ROLE = "cxone_batch";
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Path dataDirectory;
    private final @Nullable EmbeddedPostgres started;
    private final int port;
    private final EmbeddedCredentials credentials;

    private EmbeddedPostgresServer(Path dataDirectory, @Nullable EmbeddedPostgres started, int port, EmbeddedCredentials credentials) {
        this.dataDirectory = dataDirectory;
        this.started = started;
        this.port = port;
        this.credentials = credentials;
    }

    /** Starts the server of {@code dataDirectory}, or joins the one running on it. */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        try {
            PrivateFiles.directory(dataDirectory.getParent());
            boolean initialised = Files.exists(dataDirectory.resolve("PG_VERSION"));
            Optional<EmbeddedCredentials> known = EmbeddedCredentials.read(dataDirectory);
            Optional<Integer> runningPort = portOfRunningServer(dataDirectory);
            if (runningPort.isPresent()) {
                log.info("Using the PostgreSQL server already running on {}", dataDirectory);
                EmbeddedCredentials credentials = known.isPresent() ? known.get() : secureLegacyServer(dataDirectory, runningPort.get());
                return new EmbeddedPostgresServer(dataDirectory, null, runningPort.get(), credentials);
            }
            EmbeddedCredentials credentials = known.orElseGet(EmbeddedCredentials::generate);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(PrivateFiles.ownDirectory(dataDirectory.resolveSibling("postgres-binaries")).toFile())
                    // The library starts the server with fsync off; this is the product's data, so it stays on.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // The library's own readiness check logs in as the superuser.
                    .setConnectConfig("password", credentials.superuserPassword())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Stopping is this class's decision (the last of our processes), never a JVM exit hook's.
                    .setRegisterShutdownHook(false);
            Path passwordFile = null;
            if (!initialised) {
                // initdb sets the superuser's password and scram-sha-256 itself: the server never runs open.
                passwordFile = PrivateFiles.file(dataDirectory.resolveSibling("postgres-initdb-password"));
                Files.writeString(passwordFile, credentials.superuserPassword());
                credentials.write(dataDirectory);
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
            }
            if (known.isPresent() || !initialised) {
                builder.setDataDirectoryCustomizer(directory -> HostBasedAccess.writeScramOnly(directory.toPath()));
            }
            EmbeddedPostgres postgres;
            try {
                postgres = builder.start();
            } finally {
                if (passwordFile != null) {
                    Files.deleteIfExists(passwordFile);
                }
            }
            // The library opens its working directory for sharing between users; this one is the product user's alone.
            PrivateFiles.ownDirectory(dataDirectory.resolveSibling("postgres-binaries"));
            if (initialised && known.isEmpty()) {
                credentials = secureLegacyServer(dataDirectory, postgres.getPort());
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDirectory, postgres, postgres.getPort(), credentials);
            server.ensureRuntimeRole();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    /**
     * A data directory from before passwords (trust on 127.0.0.1): sets the passwords, keeps them, switches the server
     * to scram-sha-256 and reloads it. Done once, by the first process that meets it.
     */
    private static EmbeddedCredentials secureLegacyServer(Path dataDirectory, int port) throws IOException {
        log.warn("The embedded PostgreSQL on {} accepts connections without a password; setting passwords and scram-sha-256",
                dataDirectory);
        EmbeddedCredentials credentials = EmbeddedCredentials.generate();
        try (Connection connection = DriverManager.getConnection(url(port, "postgres"), SUPERUSER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + credentials.superuserPassword() + "'");
            credentials.write(dataDirectory);
            HostBasedAccess.writeScramOnly(dataDirectory);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("could not set the passwords of the embedded PostgreSQL: " + e.getMessage(), e);
        }
        return credentials;
    }

    /** The role the application runs as: may log in, owns nothing, is no superuser. Its grants follow each migration. */
    private void ensureRuntimeRole() throws IOException {
        try (Connection connection = superuserConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + RUNTIME_ROLE + "') THEN "
                    + "CREATE ROLE " + RUNTIME_ROLE + "; END IF; END $$");
            statement.execute("ALTER ROLE " + RUNTIME_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS "
                    + "PASSWORD '" + credentials.runtimePassword() + "'");
        } catch (SQLException e) {
            throw new IOException("could not set up the runtime role: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return url(port, database);
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The role the application's connections use. */
    public String username() {
        return RUNTIME_ROLE;
    }

    public String password() {
        return credentials.runtimePassword();
    }

    /** The role migrations run as. */
    public String superuser() {
        return SUPERUSER;
    }

    public String superuserPassword() {
        return credentials.superuserPassword();
    }

    public int port() {
        return port;
    }

    /** Whether this process started the server. */
    public boolean isOwner() {
        return started != null;
    }

    /**
     * Stops the server unless another process of ours still uses it; then the last of them stops it. Called after
     * this process's own connections are closed.
     */
    @Override
    public void close() {
        int others;
        try {
            others = otherClients();
        } catch (SQLException e) {
            log.debug("The embedded PostgreSQL is not reachable on close ({}); nothing to stop", e.getMessage());
            return;
        }
        if (others > 0) {
            log.info("Leaving the embedded PostgreSQL running: {} connection(s) of other cxone-batch processes use it", others);
            return;
        }
        EmbeddedPostgres server = started;
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                log.warn("Could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
            }
            return;
        }
        stopJoinedServer();
    }

    private int otherClients() throws SQLException {
        try (Connection connection = superuserConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' "
                        + "AND pid <> pg_backend_pid() AND application_name LIKE '" + CLIENT_NAME_PREFIX + "%' "
                        + "AND application_name <> '" + CLIENT_NAME_PREFIX + ProcessHandle.current().pid() + "'")) {
            result.next();
            return result.getInt(1);
        }
    }

    /** The server another process started and left to us, the last one using it: asked to stop (SIGTERM, a smart shutdown). */
    private void stopJoinedServer() {
        try {
            Optional<ProcessHandle> postmaster = postmaster(dataDirectory);
            if (postmaster.isEmpty()) {
                return;
            }
            log.info("Stopping the embedded PostgreSQL (pid {}): this was the last process using it", postmaster.get().pid());
            postmaster.get().destroy();
            postmaster.get().onExit().get(STOP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("Could not stop the embedded PostgreSQL on {}: {}", dataDirectory, e.getMessage());
        }
    }

    private Connection superuserConnection() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", credentials.superuserPassword());
        properties.setProperty("ApplicationName", "cxone-batch-admin");
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(jdbcUrl("postgres"), properties);
    }

    /** postmaster.pid holds the pid on line 1 and the port on line 4 while a server runs. */
    private static Optional<Integer> portOfRunningServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (postmaster(dataDirectory).isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.size() < 4 ? Optional.empty() : Optional.of(Integer.parseInt(lines.get(3).trim()));
    }

    /**
     * The live postmaster of the directory, if its pid file names one. A pid file left by a crash may name a pid that
     * the system has since given to another program: only a process whose command is {@code postgres} counts, so no
     * stranger is ever signalled.
     */
    static Optional<ProcessHandle> postmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(EmbeddedPostgresServer::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString().equals("postgres")).orElse(false);
    }
}
