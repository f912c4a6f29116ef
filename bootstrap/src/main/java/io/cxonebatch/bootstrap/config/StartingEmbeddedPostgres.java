package io.cxonebatch.bootstrap.config;

import io.cxonebatch.bootstrap.embedded.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * The embedded PostgreSQL of one directory, being started on a thread of its own ({@link EarlyEmbeddedPostgres}) until
 * the data source's configuration takes it. When the application fails before that, closing this stops the server.
 */
final class StartingEmbeddedPostgres implements AutoCloseable {

    private final Path directory;
    private final CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();
    /** Taken over by the data source's configuration, or closed: either way no longer this object's to stop. */
    private boolean settled;

    private StartingEmbeddedPostgres(Path directory) {
        this.directory = directory;
    }

    static StartingEmbeddedPostgres start(Path directory) {
        StartingEmbeddedPostgres starting = new StartingEmbeddedPostgres(directory);
        Thread thread = new Thread(() -> {
            try {
                starting.server.complete(EmbeddedPostgresServer.start(directory));
            } catch (RuntimeException | Error e) {
                starting.server.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
        return starting;
    }

    /**
     * Waits for the server and hands it over, the caller to close it; null when this start was of another directory.
     * A failed start is thrown as it would have been on the caller's thread.
     */
    synchronized @Nullable EmbeddedPostgresServer take(Path wanted) {
        if (!directory.equals(wanted)) {
            return null;
        }
        settled = true;
        try {
            return server.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public synchronized void close() {
        if (!settled) {
            settled = true;
            server.thenAccept(EmbeddedPostgresServer::close).exceptionally(failed -> null).join();
        }
    }
}
