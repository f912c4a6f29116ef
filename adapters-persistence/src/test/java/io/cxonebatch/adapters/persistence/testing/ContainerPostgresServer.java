package io.cxonebatch.adapters.persistence.testing;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** PostgreSQL in a Testcontainers-managed container; Testcontainers removes it when the JVM exits. */
final class ContainerPostgresServer implements PostgresServer {

    /** The same major version as the embedded binaries; override with {@code -Dcxonebatch.test.postgres.image}. */
    static final String DEFAULT_IMAGE = "postgres:18-alpine";

    private final PostgreSQLContainer container;

    private ContainerPostgresServer(PostgreSQLContainer container) {
        this.container = container;
    }

    static ContainerPostgresServer start() {
        String image = System.getProperty("cxonebatch.test.postgres.image", DEFAULT_IMAGE);
        PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse(image)
                        .asCompatibleSubstituteFor("postgres"))
                // Test data is disposable: skip the disk flushes.
                .withCommand("postgres", "-c", "fsync=off", "-c", "full_page_writes=off",
                        "-c", "synchronous_commit=off", "-c", "max_connections=300");
        container.start();
        return new ContainerPostgresServer(container);
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + container.getHost() + ":"
                + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + database;
    }

    /** The image makes its configured user a superuser. */
    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public String description() {
        return "PostgreSQL container " + container.getDockerImageName() + " at " + jdbcUrl("postgres");
    }

    @Override
    public void close() {
        container.stop();
    }
}
