package io.cxonebatch.application.provisioning.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisionCampaignCommandTest {

    private static final CampaignSpec SPEC = new CampaignSpec(ExternalKey.of("K-1"), "Progressive K-1",
            CampaignType.PROGRESSIVE, null, List.of("SALES"), List.of(), null,
            ScheduleWindow.of(ZoneId.of("America/Chicago"), Instant.parse("2026-09-16T14:00:00Z"),
                    Instant.parse("2026-09-16T22:00:00Z")),
            null, null, null, false, List.of());

    @Test
    void needsASpec() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProvisionCampaignCommand(null, 1L, false))
                .withMessageContaining("campaign spec");
    }

    @Test
    void rejectsANegativeJobExecutionIdNamingTheCampaign() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProvisionCampaignCommand(SPEC, -3L, false))
                .withMessageContaining("-3").withMessageContaining("K-1");
    }

    @Test
    void acceptsARunOutsideAJob() {
        assertThat(new ProvisionCampaignCommand(SPEC, null, true).dryRun()).isTrue();
    }
}
