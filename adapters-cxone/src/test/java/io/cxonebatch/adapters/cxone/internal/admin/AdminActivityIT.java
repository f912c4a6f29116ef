package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.application.port.out.cxone.ActivityInterval;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dialer activity and webhooks of the Admin dialect against a real {@link CxoneSandbox}, whose skills dial inside
 * their default schedule, 08:00 to 21:00 every day on the clock of a business unit kept on UTC.
 */
class AdminActivityIT {

    private static final String DIALER_CONTACTS = AdminOperator.SERVICES + "/wfm-data/skills/dialer-contacts";
    private static final Instant MONDAY = Instant.parse("2027-03-01T00:00:00Z");

    private static CxoneSandbox sandbox;
    private static AdminAdapters adapters;

    @BeforeAll
    static void startSandbox() {
        sandbox = CxoneSandbox.builder().port(0).businessUnitZone(java.time.ZoneOffset.UTC).start();
        sandbox.faults().rateLimitPerMinute(100);
        new AdminOperator(sandbox.baseUrl()).createOutboundSkills(List.of("Dialled", "Other"));
        CxoneClientSettings settings = CxoneClientSettings.adminBuilder(sandbox.baseUrl(), AdminOperator.ACCESS_KEY_ID,
                AdminOperator.ACCESS_KEY_SECRET).tenant("admin-activity-it").build();
        adapters = AdminAdapters.connect(settings, new SimpleMeterRegistry(), Clock.systemUTC(), null);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void theSkillsQuarterHoursOfOneDayAreItsOwnOnly() {
        String skillId = Integer.toString(sandbox.adminInspect().skill("Dialled").orElseThrow().skillId());

        List<ActivityInterval> day = adapters.activity().queryCampaignActivity(CampaignId.of(skillId), MONDAY, MONDAY.plus(Duration.ofDays(1)));

        // 08:00 to 21:00 in quarter hours; the other skill's rows, as many, are filtered out.
        assertThat(day).hasSize(13 * 4);
        assertThat(day.get(0).start()).isEqualTo(Instant.parse("2027-03-01T08:00:00Z"));
        assertThat(day).allSatisfy(interval -> {
            assertThat(interval.end()).isEqualTo(interval.start().plus(Duration.ofMinutes(15)));
            assertThat(interval.callsAttempted()).isPositive();
            assertThat(interval.callsConnected()).isLessThanOrEqualTo(interval.callsAttempted());
            assertThat(interval.dialingSeconds()).isEqualTo(900);
        });
    }

    @Test
    void aRangeOfMoreThanThirtyOneDaysIsAskedForInPartsAndEachIntervalIsKeptOnce() {
        String skillId = Integer.toString(sandbox.adminInspect().skill("Dialled").orElseThrow().skillId());
        long requests = sandbox.adminInspect().requestCount("GET", DIALER_CONTACTS);

        List<ActivityInterval> days = adapters.activity().queryCampaignActivity(CampaignId.of(skillId), MONDAY,
                MONDAY.plus(Duration.ofDays(40)));

        assertThat(days).hasSize(40 * 13 * 4).doesNotHaveDuplicates();
        assertThat(sandbox.adminInspect().requestCount("GET", DIALER_CONTACTS, 200) - requests).isEqualTo(2);
    }

    @Test
    void aWebhookIsRefusedWithoutARequestForTheAdminApiHasNone() {
        Map<?, Long> before = sandbox.adminInspect().requestCounts();

        Throwable refused = catchThrowable(() -> adapters.webhooks().registerWebhook("preview", "campaign.preview.activated",
                "https://example.invalid/hook"));

        assertThat(refused).isInstanceOfSatisfying(CxoneRejectedException.class, failure -> assertThat(failure.httpStatus()).isZero())
                .hasMessageContaining("no webhooks").hasMessageContaining("polled");
        assertThat(sandbox.adminInspect().requestCounts()).isEqualTo(before);
    }
}
