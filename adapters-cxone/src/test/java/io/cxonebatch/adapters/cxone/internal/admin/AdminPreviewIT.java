package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.StaleVersionException;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.PreviewSettings;
import io.cxonebatch.sandbox.AdminInspection;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Preview over the Admin dialect against a real {@link CxoneSandbox} over HTTP, at the product's default rate limit:
 * the preview buttons of the delivery preferences, written after the general settings' version was compared, and the
 * count of running skills that show them.
 */
class AdminPreviewIT {

    private static final String DELIVERY = AdminOperator.SERVICES + "/skills/{skillId}/parameters/delivery-preferences";
    private static final List<String> BUTTONS = List.of("showPreviewButtonReschedule", "showPreviewButtonRequeue",
            "showPreviewButtonSnooze", "showPreviewButtonDisposition");
    private static final PreviewSettings SETTINGS = new PreviewSettings("list_preview", "queue-1", 3);

    private static CxoneSandbox sandbox;
    private static AdminOperator operator;
    private static AdminOutboundAdapter outbound;

    @BeforeAll
    static void startSandbox() throws InterruptedException {
        sandbox = CxoneSandbox.builder().port(0).start();
        operator = new AdminOperator(sandbox.baseUrl());
        operator.createOutboundSkills(List.of("Previewed", "Stale preview"));
        // The product's default rate limit, 100 requests a minute.
        outbound = connect(settings(sandbox.baseUrl())).outbound();
        Thread.sleep(1_100);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void configuringPreviewShowsTheFourButtonsKeepsEveryOtherFieldAndSaysTheWriteWasUnguarded() {
        CampaignId skill = skillId(sandbox, "Previewed");
        operator.replaceDeliveryPreferences(Integer.parseInt(skill.value()), "\"confirmationRequiredTimeout\":30,"
                + "\"complianceRecordsDeliveryType\":2,\"showComplianceButtonSnooze\":true,\"confirmationRequiredDefaultAccept\":true");
        long version = outbound.loadOutboundSettings(skill).version();

        CxoneAnswer<Long> answer = outbound.configurePreview(skill, "Previewed", SETTINGS, version);

        assertThat(answer).isEqualTo(CxoneAnswer.unguarded(version, 200).notApplying(AdminOutboundAdapter.PREVIEW_NOT_APPLIED));
        assertThat(answer.notApplied()).contains("contact list", "agent count");
        assertThat(answer.guarded()).isFalse();
        Map<String, Object> block = sandbox.adminInspect().skill("Previewed").orElseThrow().deliveryPreferences();
        BUTTONS.forEach(button -> assertThat(block).containsEntry(button, true));
        assertThat(block).containsEntry("confirmationRequiredTimeout", 30).containsEntry("complianceRecordsDeliveryType", 2)
                .containsEntry("showComplianceButtonSnooze", true).containsEntry("confirmationRequiredDefaultAccept", true)
                .containsEntry("showComplianceButtonRequeue", false);
        assertThat(outbound.loadOutboundSettings(skill).version()).as("the general settings are not written").isEqualTo(version);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsWritten() {
        CampaignId skill = skillId(sandbox, "Stale preview");
        long read = outbound.loadOutboundSettings(skill).version();
        operator.replaceGeneralSettings(Integer.parseInt(skill.value()), "\"maximumAttempts\":8");
        AdminInspection admin = sandbox.adminInspect();
        long puts = admin.requestCount("PUT", DELIVERY);
        long reads = admin.requestCount("GET", DELIVERY);

        Throwable stale = catchThrowable(() -> outbound.configurePreview(skill, "Stale preview", SETTINGS, read));

        assertThat(stale).isInstanceOf(StaleVersionException.class).hasMessageContaining("no If-Match");
        assertThat(admin.requestCount("PUT", DELIVERY)).isEqualTo(puts);
        assertThat(admin.requestCount("GET", DELIVERY)).as("not even read").isEqualTo(reads);
        Map<String, Object> block = admin.skill("Stale preview").orElseThrow().deliveryPreferences();
        BUTTONS.forEach(button -> assertThat(block).containsEntry(button, false));
    }

    @Test
    void onlyRunningSkillsThatShowAPreviewButtonAreCounted() throws InterruptedException {
        try (CxoneSandbox own = CxoneSandbox.builder().port(0).start()) {
            AdminOperator tenant = new AdminOperator(own.baseUrl());
            tenant.createOutboundSkills(
                    List.of("Running preview", "Running plain", "Idle preview", "Running one button", "Running compliance"));
            tenant.createInboundEmailSkills(List.of("Inbound mail"));
            AdminOutboundAdapter adapter = connect(settings(own.baseUrl())).outbound();
            Thread.sleep(1_100);
            for (String name : List.of("Running preview", "Idle preview")) {
                CampaignId skill = skillId(own, name);
                adapter.configurePreview(skill, name, SETTINGS, adapter.loadOutboundSettings(skill).version());
            }
            // Set in the UI: one preview button is enough to count, so that the licence count errs high, never low.
            tenant.replaceDeliveryPreferences(id(own, "Running one button"), "\"showPreviewButtonSnooze\":true");
            tenant.replaceDeliveryPreferences(id(own, "Running compliance"), "\"showComplianceButtonDisposition\":true");
            for (String name : List.of("Running preview", "Running plain", "Running one button", "Running compliance")) {
                tenant.start(id(own, name));
            }
            long reads = own.adminInspect().requestCount("GET", DELIVERY);

            int active = adapter.countActivePreviewCampaigns();

            assertThat(active).isEqualTo(2);
            assertThat(own.adminInspect().requestCount("GET", DELIVERY) - reads).as("one read per running skill").isEqualTo(4);
            tenant.stop(id(own, "Running preview"));
            assertThat(adapter.countActivePreviewCampaigns()).isEqualTo(1);
        }
    }

    @Test
    void aCountThatWouldReadMoreThanTheMostPagesOfAWalkFailsRatherThanComeOutShort() throws InterruptedException {
        try (CxoneSandbox own = CxoneSandbox.builder().port(0).start()) {
            new AdminOperator(own.baseUrl()).createOutboundSkills(IntStream.rangeClosed(1, 101).mapToObj(i -> "Skill " + i).toList());
            AdminOutboundAdapter adapter = connect(settings(own.baseUrl()).maxPagesPerWalk(1)).outbound();
            Thread.sleep(1_100);

            Throwable bounded = catchThrowable(adapter::countActivePreviewCampaigns);

            assertThat(bounded).isInstanceOfSatisfying(CxoneRejectedException.class, failure -> assertThat(failure.httpStatus()).isZero())
                    .hasMessageContaining("cxone.max-pages-per-walk");
        }
    }

    private static CampaignId skillId(CxoneSandbox on, String name) {
        return CampaignId.of(Integer.toString(id(on, name)));
    }

    private static int id(CxoneSandbox on, String name) {
        return on.adminInspect().skill(name).orElseThrow().skillId();
    }

    private static CxoneClientSettings.Builder settings(URI baseUrl) {
        return CxoneClientSettings.adminBuilder(baseUrl, AdminOperator.ACCESS_KEY_ID, AdminOperator.ACCESS_KEY_SECRET)
                .tenant("admin-preview-it");
    }

    private static AdminAdapters connect(CxoneClientSettings.Builder settings) {
        return AdminAdapters.connect(settings.build(), new SimpleMeterRegistry(), Clock.systemUTC(), null);
    }
}
