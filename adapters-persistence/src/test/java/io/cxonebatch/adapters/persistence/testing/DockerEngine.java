package io.cxonebatch.adapters.persistence.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine answers. Testcontainers is asked only when an engine could be there at all
 * (DOCKER_HOST, a Testcontainers configuration file or a known socket), because asking it on a machine
 * without one logs a page of errors; and its answer is awaited for a bounded time.
 */
final class DockerEngine {

    private static final long PROBE_SECONDS = 20;

    private DockerEngine() {
    }

    static boolean answers() {
        return endpointConfigured() && testcontainersFindsEngine();
    }

    private static boolean endpointConfigured() {
        String dockerHost = System.getenv("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            return true;
        }
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("windows")) {
            return true;
        }
        Path home = Path.of(System.getProperty("user.home"));
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        List<Path> candidates = List.of(
                home.resolve(".testcontainers.properties"),
                Path.of("/var/run/docker.sock"),
                home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock"),
                home.resolve(".colima/default/docker.sock"),
                home.resolve(".rd/docker.sock"),
                runtimeDir == null ? home.resolve(".docker/run/docker.sock") : Path.of(runtimeDir, "docker.sock"));
        return candidates.stream().anyMatch(Files::exists);
    }

    private static boolean testcontainersFindsEngine() {
        FutureTask<Boolean> probe = new FutureTask<>(() -> DockerClientFactory.instance().isDockerAvailable());
        Thread thread = new Thread(probe, "docker-engine-probe");
        thread.setDaemon(true);
        thread.start();
        try {
            return probe.get(PROBE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
