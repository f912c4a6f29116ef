package io.cxonebatch.adapters.persistence.testing;

/** One running PostgreSQL server that test databases are created on. */
interface PostgresServer extends AutoCloseable {

    String jdbcUrl(String database);

    /** A superuser of the server. */
    String username();

    String password();

    /** What kind of server this is and where, for logs and failure messages. */
    String description();

    /** Stops the server; its databases go with it. */
    @Override
    void close();
}
