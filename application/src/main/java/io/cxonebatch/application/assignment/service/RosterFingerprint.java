package io.cxonebatch.application.assignment.service;

import io.cxonebatch.domain.assignment.AgentAssignment;
import io.cxonebatch.domain.assignment.RosterAssignment;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * What a roster asks for one campaign, as a SHA-256 of every assignment's fields in a fixed order (agents sorted by
 * user id, skills sorted): the same agents with the same skills, windows and concurrency give the same fingerprint
 * whatever the rows' order, and any change to one of them gives another.
 */
final class RosterFingerprint {

    private RosterFingerprint() {
    }

    static String of(List<RosterAssignment> roster) {
        TreeSet<String> lines = new TreeSet<>();
        for (RosterAssignment row : roster) {
            AgentAssignment agent = row.assignment();
            lines.add(String.join("|", agent.userId(), String.join(";", new TreeSet<>(agent.skills())),
                    agent.windowStart().toString(), agent.windowEnd().toString(), agent.zone().getId(),
                    Integer.toString(agent.maxConcurrentCalls())));
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
