package io.cxonebatch.application.retention.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.retention.StagingRetentionPort.PrunedRows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StagingRetentionServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);

    private final List<Instant> asked = new ArrayList<>();
    private final List<AuditEvent> audited = new ArrayList<>();

    @Test
    void prunesWhatEndedBeforeTheRetentionAndRecordsItInTheAudit() {
        StagingRetentionService service = new StagingRetentionService(cutoff -> {
            asked.add(cutoff);
            return new PrunedRows(3, 120, 4_000, 7);
        }, audited::addAll, Duration.ofDays(30), CLOCK);

        JobResult result = service.prune(42);

        assertThat(asked).containsExactly(Instant.parse("2026-11-01T02:00:00Z"));
        assertThat(result.done()).isEqualTo(3);
        assertThat(result.clean()).isTrue();
        assertThat(result.summaryLines()).singleElement().asString()
                .contains("3 runs", "2026-11-01T02:00:00Z", "120 staged items", "4000 suppression rows", "7 settled notifications");
        assertThat(audited).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(StagingRetentionService.PRUNED);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(event.jobExecutionId()).isEqualTo(42L);
            assertThat(event.details().get("retentionDays")).isEqualTo(30L);
            assertThat(event.details().get("stagedItems")).isEqualTo(120L);
        });
    }

    @Test
    void refusesARetentionTooShortForARecentFailureToBeRestarted() {
        assertThatThrownBy(() -> new StagingRetentionService(cutoff -> new PrunedRows(0, 0, 0, 0), audited::addAll,
                Duration.ofHours(6), CLOCK)).hasMessageContaining("shorter than 1 day");
    }
}
