package io.cxonebatch.adapters.persistence.testing;

import javax.sql.DataSource;

/**
 * A database of its own on the test PostgreSQL server, with what a test needs to connect to it.
 * The user is a superuser of the server, so tests may also disable triggers or inspect catalogs.
 *
 * <p>{@link #close()} drops the database; the extension does so after the test class, while databases
 * from {@link TestPostgres#newDatabase()} live until the JVM exits unless closed.
 *
 * @param name the database name on the server
 * @param jdbcUrl the JDBC URL of this database
 * @param username the user to connect as
 * @param password that user's password
 * @param dataSource an unpooled data source on this database
 */
public record TestDatabase(String name, String jdbcUrl, String username, String password, DataSource dataSource)
        implements AutoCloseable {

    public TestDatabase {
        if (name.isBlank() || jdbcUrl.isBlank() || username.isBlank()) {
            throw new IllegalArgumentException("test database needs a name, a JDBC URL and a user, was "
                    + name + " / " + jdbcUrl + " / " + username);
        }
    }

    /** Drops the database, closing whatever connections are still open on it. */
    @Override
    public void close() {
        TestPostgres.drop(this);
    }
}
