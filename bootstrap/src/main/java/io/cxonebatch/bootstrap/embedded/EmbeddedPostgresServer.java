package io.cxonebatch.bootstrap.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server whose data lives in a directory that survives restarts.
 *
 * <p>Three situations are handled when it starts:
 * <ul>
 *   <li>nothing runs on the directory: a server is started (initdb on first use) and owned by this process;</li>
 *   <li>another live cxone-batch process owns a server on it (a daemon, say): this process connects to it;</li>
 *   <li>a server is left running by a process that was killed: it is shut down and a fresh one is started.</li>
 * </ul>
 * The owner is told apart from an orphan by the lock file that the owning process holds.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String LOCK_FILE = "epg-lock";
    private static final String SUPERUSER = "postgres";
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final @Nullable EmbeddedPostgres owned;
    private final int port;

    private EmbeddedPostgresServer(@Nullable EmbeddedPostgres owned, int port) {
        this.owned = owned;
        this.port = port;
    }

    /** Starts, joins or takes over the server of {@code dataDirectory}. */
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            Optional<Integer> runningPort = portOfRunningServer(dataDirectory);
            if (runningPort.isPresent()) {
                if (ownedByLiveProcess(dataDirectory)) {
                    log.info("Using the PostgreSQL server another cxone-batch process runs on {}", dataDirectory);
                    return new EmbeddedPostgresServer(null, runningPort.get());
                }
                stopOrphan(dataDirectory);
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // The library starts the server with fsync off; this is the product's data, so it stays on.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new EmbeddedPostgresServer(postgres, postgres.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return SUPERUSER;
    }

    public int port() {
        return port;
    }

    /** Whether this process started the server (and so stops it on close). */
    public boolean isOwner() {
        return owned != null;
    }

    @Override
    public void close() {
        EmbeddedPostgres server = owned;
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                log.warn("Could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
            }
        }
    }

    /** postmaster.pid holds the pid on line 1 and the port on line 4 while a server runs. */
    private static Optional<Integer> portOfRunningServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).trim());
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
    }

    private static boolean ownedByLiveProcess(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
                FileChannel channel = file.getChannel()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true; // this very process owns it
        }
    }

    private static void stopOrphan(Path dataDirectory) throws IOException {
        List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        long pid = Long.parseLong(lines.get(0).trim());
        log.warn("Stopping the PostgreSQL server (pid {}) left running on {} by a process that ended", pid, dataDirectory);
        ProcessHandle.of(pid).ifPresent(process -> {
            // SIGTERM is PostgreSQL's "smart" shutdown: it waits for the orphan's remaining sessions, which are gone.
            process.destroy();
            try {
                process.onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL pid " + pid + " on " + dataDirectory + " did not stop within "
                        + ORPHAN_SHUTDOWN_WAIT.toSeconds() + " s; stop it and try again", e);
            }
        });
    }
}
