package io.cxonebatch.sandbox.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Keeps a sandbox's state in a file: loaded at start, written (temp file, then rename) at most every 200 ms
 * while it changes, and once more on close. A reader never sees a half-written file.
 */
public final class StateFile implements AutoCloseable {

    static final long SAVE_INTERVAL_MILLIS = 200;
    private static final System.Logger LOG = System.getLogger(StateFile.class.getName());

    private final Path path;
    private final SandboxState state;
    private final ScheduledExecutorService saver;
    private long savedModifications = -1;

    private StateFile(Path path, SandboxState state) {
        this.path = path;
        this.state = state;
        this.saver = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cxone-sandbox-state");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Loads the file into {@code state} when it exists, then saves in the background. */
    public static StateFile open(Path path, SandboxState state) {
        if (Files.exists(path)) {
            try {
                JsonNode json = Json.MAPPER.readTree(Files.readAllBytes(path));
                state.restore(json);
            } catch (IOException e) {
                throw new UncheckedIOException("state file " + path + " cannot be read", e);
            } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                throw new IllegalStateException("state file " + path + " is not a sandbox state: " + e.getMessage(), e);
            }
        }
        StateFile file = new StateFile(path, state);
        file.savedModifications = state.modifications();
        file.saver.scheduleWithFixedDelay(file::saveIfChanged, SAVE_INTERVAL_MILLIS, SAVE_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        return file;
    }

    private synchronized void saveIfChanged() {
        try {
            long seen = state.modifications();
            if (seen != savedModifications) {
                write();
                savedModifications = seen;
            }
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "state file " + path + " could not be saved; retrying", e);
        }
    }

    private void write() throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temp = path.resolveSibling(path.getFileName() + ".tmp");
        Files.write(temp, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(state.toStateJson()));
        try {
            Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Stops the background saver and writes the state one last time. */
    @Override
    public void close() {
        saver.shutdown();
        try {
            saver.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            try {
                write();
                savedModifications = state.modifications();
            } catch (IOException e) {
                throw new UncheckedIOException("state file " + path + " could not be saved", e);
            }
        }
    }
}
