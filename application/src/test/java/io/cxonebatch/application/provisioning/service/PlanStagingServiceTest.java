package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.FakeAudit;
import io.cxonebatch.application.kit.FakeStaging;
import java.time.ZoneOffset;
import org.threeten.extra.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.InputLine;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.StepTally;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanStagingServiceTest {

    private final FakeStaging staging = new FakeStaging();
    private final FakeAudit audit = new FakeAudit();
    private final PlanStagingService service = new PlanStagingService(PlanRowFixtures.planRows(), staging, audit,
            MutableClock.of(Instant.parse("2026-09-01T10:00:00Z"), ZoneOffset.UTC));

    private static List<InputLine> lines(int count) {
        List<InputLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> cells = PlanRowFixtures.predictive("K-" + i, "queue-" + i, "2026-09-15T08:00", "2026-09-15T17:00");
            lines.add(new InputLine(i + 2, cells, cells.size(), cells.size()));
        }
        return lines;
    }

    @Test
    void stagesAThousandRowsAtATimeAndCountsThemAll() {
        StepTally tally = service.stage(7, 70, lines(2_500).iterator());

        assertThat(tally).isEqualTo(new StepTally(2_500, 2_500));
        assertThat(staging.stageCalls).isEqualTo(3);
        assertThat(staging.count(7).of(ItemStatus.PENDING)).isEqualTo(2_500);
    }

    @Test
    void forgetsWhatTheRunStagedBeforeSoThatARestartStagesTheFileFromTheTop() {
        service.stage(7, 70, lines(3).iterator());

        service.stage(7, 71, lines(2).iterator());

        assertThat(staging.count(7).total()).isEqualTo(2);
    }

    @Test
    void auditsEveryRejectedRowWithItsLineKeyStepAndReasons() {
        List<InputLine> lines = lines(2);
        Map<String, String> broken = new java.util.HashMap<>(lines.get(1).cells());
        broken.put("type", "TELEPATHIC");
        lines.set(1, new InputLine(3, broken, broken.size(), broken.size()));

        service.stage(7, 70, lines.iterator());

        assertThat(staging.item(7, 3).status()).isEqualTo(ItemStatus.REJECTED);
        AuditEvent rejected = audit.only("PLAN_ROW_REJECTED", AuditOutcome.REJECTED);
        assertThat(rejected.campaignRef()).isEqualTo("K-1");
        assertThat(rejected.jobExecutionId()).isEqualTo(70L);
        assertThat(rejected.jobName()).isEqualTo("campaign-provisioning");
        assertThat(rejected.details().get("line")).isEqualTo(3L);
        assertThat(rejected.details().get("stage")).isEqualTo("VALIDATION");
        assertThat(rejected.details().get("violations").toString()).contains("type");
    }
}
