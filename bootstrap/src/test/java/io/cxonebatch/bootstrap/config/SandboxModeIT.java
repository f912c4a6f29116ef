package io.cxonebatch.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.bootstrap.CxoneBatchApplication;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.schedule.ScheduleShape;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code --sandbox}: the adapter talks to an in-process sandbox whose tenant survives a restart of the application. */
class SandboxModeIT {

    private static final TestDatabase DATABASE = TestPostgres.newDatabase();

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start(String... more) {
        List<String> arguments = new java.util.ArrayList<>(List.of("--cxone-batch.sandbox=true", "--cxone-batch.data-dir=" + dataDir,
                "--spring.datasource.url=" + DATABASE.jdbcUrl(), "--spring.datasource.username=" + DATABASE.username(),
                "--spring.datasource.password=" + DATABASE.password(), "--cxone.rate-limit-per-minute=6000"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(CxoneBatchApplication.class).web(WebApplicationType.NONE).run(arguments.toArray(String[]::new));
    }

    @Test
    void campaignsCreatedInOneRunAreThereInTheNext() {
        CampaignId created;
        try (ConfigurableApplicationContext context = start()) {
            ZoneId zone = ZoneId.of("America/New_York");
            created = context.getBean(CxoneAdapter.class).createCampaign(new NewCampaign("Sandbox mode check",
                    CampaignType.PROGRESSIVE, null, List.of("OUTBOUND_SALES"), List.of(), null,
                    new ScheduleWindow(zone, Instant.parse("2026-12-01T13:00:00Z"), Instant.parse("2026-12-01T22:00:00Z")),
                    null)).require();
        }
        assertThat(dataDir.resolve("sandbox-state.json")).exists();
        try (ConfigurableApplicationContext context = start()) {
            RemoteCampaign again = context.getBean(CxoneAdapter.class).loadCampaign(created);
            assertThat(again.name()).isEqualTo("Sandbox mode check");
        }
    }

    @Test
    void theAdminDialectTalksToTheSandboxsAdminApiAndItsSkillsAreThereInTheNextRun() {
        CampaignId created;
        try (ConfigurableApplicationContext context = start("--cxone.dialect=admin")) {
            CxoneAdapter cxone = context.getBean(CxoneAdapter.class);
            assertThat(cxone.scheduleShape()).as("the sandbox's business unit keeps New York's clock")
                    .isEqualTo(ScheduleShape.sameHoursEveryDay(ZoneId.of("America/New_York")));
            assertThat(cxone.notifiesByWebhook()).isFalse();
            ZoneId zone = ZoneId.of("America/New_York");
            created = cxone.createCampaign(new NewCampaign("Sandbox admin check", CampaignType.PROGRESSIVE, null,
                    List.of("OUTBOUND_SALES"), List.of(), null,
                    new ScheduleWindow(zone, Instant.parse("2026-12-01T13:00:00Z"), Instant.parse("2026-12-01T22:00:00Z")),
                    null)).require();
        }
        try (ConfigurableApplicationContext context = start("--cxone.dialect=admin")) {
            assertThat(context.getBean(CxoneAdapter.class).loadCampaign(created).name()).isEqualTo("Sandbox admin check");
        }
        try (ConfigurableApplicationContext context = start()) {
            CxoneAdapter v2 = context.getBean(CxoneAdapter.class);
            assertThat(v2.scheduleShape()).isEqualTo(ScheduleShape.anyWindow());
            assertThat(v2.campaignPage(null).items()).as("a skill is no campaign of the contract").isEmpty();
        }
    }

    @Test
    void commandsThatNeverCallCxoneDoNotStartTheSandbox() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBeanFactory().containsSingleton("cxoneSandbox")).isFalse();
        }
    }
}
