package io.cxonebatch.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.application.port.out.audit.AuditChainLink;
import io.cxonebatch.application.port.out.audit.AuditChainReport;
import io.cxonebatch.application.port.out.audit.VerifyAuditChainPort;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AuditAnchorsTest {

    private static final byte[] KEY = "an-operators-key-kept-elsewhere".getBytes(StandardCharsets.UTF_8);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T22:00:00Z"), ZoneOffset.UTC);

    /** A chain as the database holds it: rows by id, and whether its walk is intact. */
    private static final class Chain implements VerifyAuditChainPort {
        final TreeMap<Long, String> rows = new TreeMap<>();
        boolean intact = true;

        @Override
        public AuditChainReport verifyAuditChain() {
            return intact ? new AuditChainReport(rows.size(), null, null) : new AuditChainReport(rows.size(), rows.firstKey(), "hash mismatch");
        }

        @Override
        public Optional<AuditChainLink> lastLink() {
            return rows.isEmpty() ? Optional.empty() : Optional.of(new AuditChainLink(rows.lastKey(), rows.lastEntry().getValue()));
        }

        @Override
        public Optional<AuditChainLink> link(long id) {
            return Optional.ofNullable(rows.get(id)).map(hash -> new AuditChainLink(id, hash));
        }
    }

    private final Chain chain = new Chain();
    private final AuditAnchors anchors = new AuditAnchors(chain, KEY, CLOCK);

    private void rows(int count) {
        for (long id = 1; id <= count; id++) {
            chain.rows.put(id, String.format("%064x", id * 7919));
        }
    }

    @Test
    void anAnchorOnTheNewestRowIsReachedWhileTheChainKeepsGrowing() {
        rows(3);
        AuditAnchor anchor = anchors.take().orElseThrow();
        chain.rows.put(4L, "a".repeat(64));

        assertThat(anchor.id()).isEqualTo(3);
        assertThat(anchor.at()).isEqualTo(CLOCK.instant());
        assertThat(AuditAnchor.parse("2026-12-01 INFO " + anchor.line())).as("read back from a log line").isEqualTo(anchor);
        assertThat(anchors.check(anchor).reached()).isTrue();
    }

    @Test
    void aTruncatedTailNoLongerReachesTheAnchorEvenThoughWhatRemainsIsIntact() {
        rows(5);
        AuditAnchor anchor = anchors.take().orElseThrow();
        chain.rows.remove(5L);
        chain.rows.remove(4L);

        AuditAnchors.AnchorCheck check = anchors.check(anchor);

        assertThat(check.reached()).isFalse();
        assertThat(check.problem()).contains("row 5", "is gone", "cut short");
    }

    @Test
    void aReHashedChainNoLongerReachesTheAnchor() {
        rows(5);
        AuditAnchor anchor = anchors.take().orElseThrow();
        chain.rows.replaceAll((id, hash) -> hash.replace('0', 'e'));

        assertThat(anchors.check(anchor).problem()).contains("row 5", "re-hashed");
    }

    @Test
    void anAnchorAlteredOrMadeWithAnotherKeyIsRefused() {
        rows(5);
        AuditAnchor anchor = anchors.take().orElseThrow();
        AuditAnchor movedBack = new AuditAnchor(2, chain.rows.get(2L), anchor.at(), anchor.mac());
        AuditAnchor otherKey = new AuditAnchors(chain, "somebody-elses-key-entirely".getBytes(StandardCharsets.UTF_8), CLOCK)
                .take().orElseThrow();

        assertThat(anchors.check(movedBack).problem()).contains("MAC does not match");
        assertThat(anchors.check(otherKey).problem()).contains("MAC does not match");
    }

    @Test
    void aBrokenChainFailsTheCheckWithItsOwnReason() {
        rows(3);
        AuditAnchor anchor = anchors.take().orElseThrow();
        chain.intact = false;

        assertThat(anchors.check(anchor).problem()).contains("chain is broken at row 1", "hash mismatch");
    }

    @Test
    void anEmptyRecordHasNothingToAnchorAndAShortKeyIsRefused() {
        assertThat(anchors.take()).isEmpty();
        assertThatThrownBy(() -> new AuditAnchors(chain, "short".getBytes(StandardCharsets.UTF_8), CLOCK))
                .hasMessageContaining("at least 16 bytes");
    }
}
