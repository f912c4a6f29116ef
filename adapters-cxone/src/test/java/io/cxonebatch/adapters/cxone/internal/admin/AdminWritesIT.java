package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.application.port.out.cxone.CampaignNameTakenException;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.application.port.out.cxone.OutboundSettings;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.port.out.cxone.StaleVersionException;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.DialerRule;
import io.cxonebatch.domain.pacing.PacingSettings;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.sandbox.AdminInspection;
import io.cxonebatch.sandbox.AdminSkill;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The write paths of the Admin dialect against a real {@link CxoneSandbox} over HTTP on 127.0.0.1, whose listing
 * shows a new skill only after its default delay of 1 s.
 */
class AdminWritesIT {

    private static final String SKILLS = AdminOperator.SERVICES + "/skills";
    private static final String GENERAL = AdminOperator.SERVICES + "/skills/{skillId}/parameters/general-settings";
    private static final String SCHEDULE = AdminOperator.SERVICES + "/skills/{skillId}/parameters/schedule-settings";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ScheduleWindow NINE_TO_HALF_FIVE = window("2027-03-01T09:00", "2027-03-01T17:30");
    private static final int REPORTING_CAMPAIGN = 101;

    private static CxoneSandbox sandbox;
    private static AdminOperator operator;
    private static AdminAdapters fast;

    @BeforeAll
    static void startSandbox() throws InterruptedException {
        sandbox = CxoneSandbox.builder().port(0).start();
        operator = new AdminOperator(sandbox.baseUrl());
        operator.createOutboundSkills(List.of("Taken outbound", "Rules", "Pacing", "Started", "Stopped early"));
        fast = connect(settings().rateLimitPerMinute(6_000));
        Thread.sleep(1_100);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void createsTheSkillOnceFindsItsIdDespiteTheListingDelayAndWritesItsScheduleOnAllSevenDays() {
        AdminInspection admin = sandbox.adminInspect();
        long listings = admin.requestCount("GET", SKILLS);
        // The product's default rate limit, 100 requests a minute.
        AdminCampaignAdapter adapter = connect(settings()).campaigns();

        CxoneAnswer<CampaignId> created = adapter.createCampaign(campaign("IT created", NINE_TO_HALF_FIVE));

        AdminSkill skill = admin.skill("IT created").orElseThrow();
        assertThat(created).isEqualTo(new CxoneAnswer<>(CampaignId.of(Integer.toString(skill.skillId())), 200));
        assertThat(admin.skillCreationAttempts()).containsEntry("IT created", 1);
        assertThat(skill.campaignId()).isEqualTo(REPORTING_CAMPAIGN);
        assertThat(skill.outbound()).isTrue();
        // One listing for the name, at least one that did not show the new skill yet, and the one that did.
        assertThat(admin.requestCount("GET", SKILLS) - listings).isGreaterThanOrEqualTo(3);
        assertThat(skill.scheduleSettings()).containsEntry("isScheduled", true);
        for (String day : List.of("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday")) {
            assertThat(skill.scheduleSettings()).containsEntry(day + "StartTime", "09:00").containsEntry(day + "EndTime", "17:30")
                    .containsEntry(day + "IsActive", true);
        }
        assertThat(adapter.loadCampaign(created.require()).status()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void aNameThatIsListedAlreadyIsTakenAndNothingIsPosted() {
        long posts = sandbox.adminInspect().requestCount("POST", SKILLS);

        Throwable taken = catchThrowable(() -> fast.campaigns().createCampaign(campaign(" taken OUTBOUND ", NINE_TO_HALF_FIVE)));

        assertThat(taken).isInstanceOfSatisfying(CampaignNameTakenException.class,
                failure -> assertThat(failure.campaignName()).isEqualTo("taken OUTBOUND"));
        assertThat(sandbox.adminInspect().requestCount("POST", SKILLS)).isEqualTo(posts);
        assertThat(sandbox.adminInspect().skillCreationAttempts()).containsEntry("Taken outbound", 1);
    }

    @Test
    void aSkillCxoneRefusesInItsItemIsARejectionWithCxonesReason() {
        AdminCampaignAdapter adapter = connect(settings().rateLimitPerMinute(6_000).reportingCampaignId(999)).campaigns();

        Throwable refused = catchThrowable(() -> adapter.createCampaign(campaign("IT unknown campaign", NINE_TO_HALF_FIVE)));

        assertThat(refused).isInstanceOfSatisfying(CxoneRejectedException.class, failure -> {
            assertThat(failure.httpStatus()).isEqualTo(200);
            assertThat(failure.serverMessage()).contains("campaign 999 does not exist");
        });
        assertThat(sandbox.adminInspect().skill("IT unknown campaign")).isEmpty();
        assertThat(sandbox.adminInspect().skillCreationAttempts()).containsEntry("IT unknown campaign", 1);
    }

    @Test
    void withoutAReportingCampaignNothingIsSent() {
        AdminInspection admin = sandbox.adminInspect();
        long tokens = admin.tokenRequests();
        AdminCampaignAdapter adapter = connect(settings().reportingCampaignId(null)).campaigns();

        Throwable refused = catchThrowable(() -> adapter.createCampaign(campaign("IT no campaign", NINE_TO_HALF_FIVE)));

        assertThat(refused).isInstanceOfSatisfying(CxoneRejectedException.class,
                failure -> assertThat(failure.httpStatus()).isZero()).hasMessageContaining("cxone.admin.reporting-campaign-id");
        assertThat(admin.tokenRequests()).isEqualTo(tokens);
    }

    @Test
    void aWindowAcrossDaysIsRefusedBeforeAnythingIsCreatedOrWritten() {
        AdminInspection admin = sandbox.adminInspect();
        long posts = admin.requestCount("POST", SKILLS);
        long schedules = admin.requestCount("PUT", SCHEDULE);
        ScheduleWindow mondayToFriday = window("2027-03-01T08:00", "2027-03-05T17:00");

        Throwable refused = catchThrowable(() -> fast.campaigns().createCampaign(campaign("IT week long", mondayToFriday)));

        assertThat(refused).isInstanceOfSatisfying(CxoneRejectedException.class, failure -> assertThat(failure.httpStatus()).isZero())
                .hasMessageContaining("spans more than one day on the business unit's clock, America/New_York").hasMessageContaining("seven days");
        assertThat(admin.requestCount("POST", SKILLS)).isEqualTo(posts);
        assertThat(admin.requestCount("PUT", SCHEDULE)).isEqualTo(schedules);
        assertThat(admin.skill("IT week long")).isEmpty();
    }

    @Test
    void aSkillTheListingDoesNotShowInTimeIsAnUnknownOutcomeThatSaysItMayExist() {
        try (CxoneSandbox slow = CxoneSandbox.builder().port(0).skillListingDelay(Duration.ofSeconds(30)).start()) {
            CxoneClientSettings settings = CxoneClientSettings.adminBuilder(slow.baseUrl(), AdminOperator.ACCESS_KEY_ID,
                    AdminOperator.ACCESS_KEY_SECRET).tenant("slow-listing").rateLimitPerMinute(6_000)
                    .reportingCampaignId(REPORTING_CAMPAIGN).build();
            AdminCampaignAdapter adapter = AdminAdapters.of(AdminTransport.connect(settings, new SimpleMeterRegistry(),
                    Clock.systemUTC(), null), Duration.ofSeconds(1)).campaigns();

            Throwable unknown = catchThrowable(() -> adapter.createCampaign(campaign("IT slow", NINE_TO_HALF_FIVE)));

            assertThat(unknown).isInstanceOf(CxoneOutcomeUnknownException.class).hasMessageContaining("may exist");
            assertThat(slow.adminInspect().skill("IT slow")).isPresent();
            assertThat(slow.adminInspect().skillCreationAttempts()).containsEntry("IT slow", 1);
        }
    }

    @Test
    void anActivatedSkillReadsActiveOnceRunningAndActivatingWhileAskedForAndNotRunning() {
        AdminCampaignAdapter adapter = fast.campaigns();
        CampaignId started = skillId("Started");
        CampaignId stoppedEarly = skillId("Stopped early");

        CxoneAnswer<Void> answer = adapter.activateCampaign(started);
        adapter.activateCampaign(stoppedEarly);
        // The sandbox starts a skill at once; stopping one before it is first read is the only way to see a start
        // that has not taken effect.
        operator.stop(Integer.parseInt(stoppedEarly.value()));

        assertThat(answer.httpStatus()).isEqualTo(202);
        assertThat(sandbox.adminInspect().skill("Started").orElseThrow().running()).isTrue();
        assertThat(adapter.loadCampaign(started).status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(adapter.loadCampaign(stoppedEarly).status()).isEqualTo(CampaignStatus.ACTIVATING);
        assertThat(listed(adapter, stoppedEarly).status()).isEqualTo(CampaignStatus.ACTIVATING);
        assertThat(connect(settings().rateLimitPerMinute(6_000)).campaigns().loadCampaign(stoppedEarly).status())
                .as("another process never asked for the start").isEqualTo(CampaignStatus.DRAFT);
        operator.stop(Integer.parseInt(started.value()));
        assertThat(adapter.loadCampaign(started).status()).as("seen running, then stopped").isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void attachingARuleWritesItsFieldsIntoTheGeneralSettingsAndKeepsEveryOtherField() {
        CampaignId rules = skillId("Rules");
        operator.replaceGeneralSettings(Integer.parseInt(rules.value()),
                "\"maximumAttempts\":7,\"loadCallbacks\":true,\"aggressiveness\":\"5\",\"maxConcurrentCallsPerAgent\":2");
        DialerRule rule = new DialerRule(0.035, 2.5, 40, "list-1");

        CxoneAnswer<String> answer = fast.outbound().attachDialerRule(rules, rule);
        CxoneAnswer<String> again = fast.outbound().attachDialerRule(rules, rule);

        assertThat(answer).isEqualTo(again);
        assertThat(answer.value()).isEqualTo("general-settings");
        assertThat(answer.guarded()).isFalse();
        assertThat(answer.notApplied()).startsWith(AdminOutboundAdapter.RULE_NOT_APPLIED).contains("target list", "predictive rate 2.5"
                + " and abandon threshold 0.035 sent as whole numbers, maximumRatio 2 and abandonRateThreshold 3 %");
        Map<String, Object> block = sandbox.adminInspect().skill("Rules").orElseThrow().generalSettings();
        assertThat(text(block, "maximumAttempts", "loadCallbacks", "aggressiveness", "maxConcurrentCallsPerAgent"))
                .containsExactly("7", "true", "5", "2");
        // Whole numbers, rounded down: 2.5 calls per agent and 3.5 % of abandons.
        assertThat(text(block, "maximumRatio", "abandonRateThreshold", "overrideBusinessUnitAbandonRate"))
                .containsExactly("2", "3", "true");
    }

    @Test
    void theVersionIsADigestOfTheBlockThatChangesWithItAndAStaleOneIsRefusedWithoutAPut() {
        CampaignId pacing = skillId("Pacing");
        AdminOutboundAdapter outbound = fast.outbound();
        OutboundSettings read = outbound.loadOutboundSettings(pacing);
        assertThat(outbound.loadOutboundSettings(pacing).version()).isEqualTo(read.version()).isPositive();
        assertThat(read.name()).isEqualTo("Pacing");
        assertThat(read.pacing()).isNull();
        operator.replaceGeneralSettings(Integer.parseInt(pacing.value()), "\"maximumAttempts\":9");
        long puts = sandbox.adminInspect().requestCount("PUT", GENERAL);

        Throwable stale = catchThrowable(() -> outbound.updatePacing(pacing, "Pacing", pacingSettings(), read.version()));
        long current = outbound.loadOutboundSettings(pacing).version();
        Throwable unwritable = catchThrowable(() -> outbound.updatePacing(pacing, "Pacing", pacingSettings(), current));

        assertThat(current).isNotEqualTo(read.version());
        assertThat(stale).isInstanceOf(StaleVersionException.class).hasMessageContaining("no If-Match");
        assertThat(unwritable).isInstanceOfSatisfying(CxoneRejectedException.class, failure -> assertThat(failure.httpStatus()).isZero())
                .hasMessageContaining("nothing was written");
        assertThat(sandbox.adminInspect().requestCount("PUT", GENERAL)).isEqualTo(puts);
    }

    private static RemoteCampaign listed(AdminCampaignAdapter adapter, CampaignId id) {
        return adapter.findListedCampaign(campaign -> campaign.id().equals(id)).orElseThrow();
    }

    private static List<String> text(Map<String, Object> block, String... fields) {
        return Arrays.stream(fields).map(field -> String.valueOf(block.get(field))).toList();
    }

    private static PacingSettings pacingSettings() {
        return new PacingSettings(CampaignType.PREDICTIVE, 40, "adaptive", 60, 100, 0.8, NEW_YORK, false, 1);
    }

    private static NewCampaign campaign(String name, ScheduleWindow window) {
        return new NewCampaign(name, CampaignType.PREDICTIVE, null, List.of(), List.of(), null, window, null);
    }

    private static ScheduleWindow window(String start, String end) {
        return ScheduleWindow.of(NEW_YORK, LocalDateTime.parse(start).atZone(NEW_YORK).toInstant(),
                LocalDateTime.parse(end).atZone(NEW_YORK).toInstant());
    }

    private static CampaignId skillId(String name) {
        return CampaignId.of(Integer.toString(sandbox.adminInspect().skill(name).orElseThrow().skillId()));
    }

    private static CxoneClientSettings.Builder settings() {
        return CxoneClientSettings.adminBuilder(sandbox.baseUrl(), AdminOperator.ACCESS_KEY_ID, AdminOperator.ACCESS_KEY_SECRET)
                .tenant("admin-writes-it")
                .scheduleZone(NEW_YORK)
                .reportingCampaignId(REPORTING_CAMPAIGN)
                .retryMaxAttempts(3)
                .retryInitialBackoff(Duration.ofMillis(50))
                .retryMaxBackoff(Duration.ofMillis(200));
    }

    private static AdminAdapters connect(CxoneClientSettings.Builder settings) {
        return AdminAdapters.connect(settings.build(), new SimpleMeterRegistry(), Clock.systemUTC(), null);
    }
}
