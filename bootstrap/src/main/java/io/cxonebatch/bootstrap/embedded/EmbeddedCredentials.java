package io.cxonebatch.bootstrap.embedded;

import io.cxonebatch.bootstrap.batch.PrivateFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The embedded server's two passwords, generated once and kept in a 0600 file beside its data, inside the product's
 * 0700 data directory. Whoever can read this file is the product's OS user; nobody else can connect.
 */
record EmbeddedCredentials(String superuserPassword, String runtimePassword) {

    private static final String FILE = "postgres-credentials.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "EmbeddedCredentials[hidden]";
    }

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(randomPassword(), randomPassword());
    }

    /** 32 random bytes, URL-safe Base64: nothing a SQL literal or a connection string would need to escape. */
    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Optional<EmbeddedCredentials> read(Path dataDirectory) throws IOException {
        Path file = fileOf(dataDirectory);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String superuser = properties.getProperty("superuser.password");
        String runtime = properties.getProperty("runtime.password");
        if (superuser == null || runtime == null) {
            throw new IOException(file + " lacks superuser.password or runtime.password");
        }
        return Optional.of(new EmbeddedCredentials(superuser, runtime));
    }

    void write(Path dataDirectory) throws IOException {
        Path file = PrivateFiles.file(fileOf(dataDirectory));
        Properties properties = new Properties();
        properties.setProperty("superuser.password", superuserPassword);
        properties.setProperty("runtime.password", runtimePassword);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "The embedded PostgreSQL's passwords. Keep this file 0600.");
        }
    }

    static Path fileOf(Path dataDirectory) {
        return dataDirectory.resolveSibling(FILE);
    }
}
