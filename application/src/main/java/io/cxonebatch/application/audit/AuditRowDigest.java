package io.cxonebatch.application.audit;

import io.cxonebatch.application.port.out.audit.AuditRowText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash of an audit row, computed as the database's {@code audit_event_digest} computes it, from the row's canonical
 * text: SHA-256 of {@code audit_event/v1}, then the previous hash and every content column, each as its length in
 * characters, a colon and its text ({@code ~} for null), joined by {@code |}. With it an export is checked offline.
 */
public final class AuditRowDigest {

    private AuditRowDigest() {
    }

    public static String hashOf(AuditRowText row) {
        String text = "audit_event/v1"
                + "|" + field(row.prevHash())
                + "|" + field(Long.toString(row.id()))
                + "|" + field(row.occurredAt())
                + "|" + field(row.recordedAt())
                + "|" + field(row.jobExecutionId())
                + "|" + field(row.jobName())
                + "|" + field(row.action())
                + "|" + field(row.campaignRef())
                + "|" + field(row.outcome())
                + "|" + field(row.httpStatus())
                + "|" + field(row.latencyMs())
                + "|" + field(row.details())
                + "|" + field(row.actor());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** PostgreSQL's length() counts characters, not UTF-16 units: a character beyond the BMP is one. */
    private static String field(@Nullable String value) {
        return value == null ? "~" : value.codePointCount(0, value.length()) + ":" + value;
    }
}
