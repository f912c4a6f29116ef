package io.cxonebatch.application.audit;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A keyed record of how far the audit chain reached: the newest row's id and hash when it was taken, and an HMAC of
 * both under a key the database never sees. Kept outside the database (a file, a log line), it lets a later check
 * prove that the chain still reaches that row with that hash: a truncated tail or a chain re-hashed by someone with
 * database access no longer does, and without the key nobody can forge a new anchor to match.
 *
 * <p>As a line: {@code cxone-batch-audit-anchor v1 id=<id> hash=<hex> at=<instant> mac=<hex>}.
 */
public record AuditAnchor(long id, String hash, Instant at, String mac) {

    static final String PREFIX = "cxone-batch-audit-anchor v1";
    private static final Pattern LINE = Pattern.compile(
            Pattern.quote(PREFIX) + " id=(\\d+) hash=([0-9a-f]{64}) at=(\\S+) mac=([0-9a-f]{64})");

    /** The line an anchor file or a log holds. */
    public String line() {
        return PREFIX + " id=" + id + " hash=" + hash + " at=" + at + " mac=" + mac;
    }

    /** What the MAC covers. */
    String signed() {
        return PREFIX + "|" + id + "|" + hash + "|" + at;
    }

    /** The anchor a line holds, found anywhere in it (a log line has a prefix of its own); null when it holds none. */
    public static @Nullable AuditAnchor parse(String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.find()) {
            return null;
        }
        return new AuditAnchor(Long.parseLong(matcher.group(1)), matcher.group(2), Instant.parse(matcher.group(3)), matcher.group(4));
    }
}
