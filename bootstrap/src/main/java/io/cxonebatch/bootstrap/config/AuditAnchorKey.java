package io.cxonebatch.bootstrap.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * The key audit anchors are signed with: {@code cxone-batch.audit.anchor-key} ({@code CXONE_BATCH_AUDIT_ANCHOR_KEY})
 * or the first line of {@code cxone-batch.audit.anchor-key-file}. It must live where the database does not: whoever
 * holds both could forge anchors that agree with a rewritten record.
 */
public final class AuditAnchorKey {

    static final String KEY = "cxone-batch.audit.anchor-key";
    static final String KEY_FILE = "cxone-batch.audit.anchor-key-file";

    private AuditAnchorKey() {
    }

    public static boolean isConfigured(Environment environment) {
        return hasText(environment.getProperty(KEY)) || hasText(environment.getProperty(KEY_FILE));
    }

    /** @throws ConfigurationException when neither is set, or the file cannot be read */
    public static byte[] of(Environment environment) {
        String file = environment.getProperty(KEY_FILE);
        if (hasText(file)) {
            try {
                return Files.readAllLines(Path.of(file.strip())).stream().findFirst().orElse("").strip().getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigurationException(KEY_FILE + " " + file + " cannot be read: " + e.getMessage());
            }
        }
        String key = environment.getProperty(KEY);
        if (!hasText(key)) {
            throw new ConfigurationException("Audit anchors need a key the database does not hold: set CXONE_BATCH_AUDIT_ANCHOR_KEY "
                    + "(at least 16 characters, e.g. $(openssl rand -hex 32)) or " + KEY_FILE);
        }
        return key.strip().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
