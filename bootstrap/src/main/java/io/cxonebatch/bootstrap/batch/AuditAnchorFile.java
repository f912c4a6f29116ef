package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.application.audit.AuditAnchor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;

/** Anchors kept one a line in a file outside the database (0600), appended to, never rewritten. */
public final class AuditAnchorFile {

    private AuditAnchorFile() {
    }

    public static void append(Path file, AuditAnchor anchor) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            PrivateFiles.directory(file.toAbsolutePath().getParent());
        }
        PrivateFiles.file(file);
        Files.writeString(file, anchor.line() + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Every anchor in the file, in order; lines that hold none (notes, a log's other lines) are passed over. */
    public static List<AuditAnchor> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(AuditAnchor::parse).filter(Objects::nonNull).toList();
    }
}
