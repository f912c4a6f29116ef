package io.cxonebatch.bootstrap.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The embedded server's {@code pg_hba.conf}: a password (scram-sha-256) for every connection, from this host only. */
final class HostBasedAccess {

    private static final String SCRAM_ONLY = """
            # Written by cxone-batch: every connection needs its password; nothing but this host may connect.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private HostBasedAccess() {
    }

    static void writeScramOnly(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), SCRAM_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + dataDirectory.resolve("pg_hba.conf") + ": " + e.getMessage(), e);
        }
    }
}
