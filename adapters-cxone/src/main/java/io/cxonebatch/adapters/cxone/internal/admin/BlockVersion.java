package io.cxonebatch.adapters.cxone.internal.admin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The version of a parameter block, which the Admin API does not version (ADR 10): the first eight bytes of the
 * SHA-256 of the block's canonical JSON (object keys sorted, no blanks), as a long with its sign bit cleared, and 1
 * where that would be 0, since 0 means "no version" to the ports. The same block always gives the same version,
 * whatever order CXone sends its fields in; a changed field changes it but for a chance of one in 2^63.
 */
final class BlockVersion {

    private BlockVersion() {
    }

    static long of(JsonNode block) {
        StringBuilder canonical = new StringBuilder();
        write(block, canonical);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            long version = ByteBuffer.wrap(digest, 0, Long.BYTES).getLong() & Long.MAX_VALUE;
            return version == 0 ? 1 : version;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.properties().forEach(property -> names.add(property.getKey()));
            Collections.sort(names);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? "" : ",").append(JsonNodeFactory.instance.stringNode(names.get(i)).toString()).append(':');
                write(node.get(names.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(node.toString());
        }
    }
}
