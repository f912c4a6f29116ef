package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.cxone.ScriptedCxone.Reply;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.CxoneConflictException;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.application.port.out.cxone.MissingScopeException;
import io.cxonebatch.application.port.out.cxone.StaleVersionException;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.DialerRule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {

    private static final String CAMPAIGN = "/api/v2/campaigns/camp_1";

    private final ScriptedCxone fake = ScriptedCxone.start();
    private final CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).build(), new SimpleMeterRegistry());

    @AfterEach
    void stopFake() {
        fake.close();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(400, CxoneRejectedException.class),
                Arguments.of(404, CxoneRejectedException.class),
                Arguments.of(422, CxoneRejectedException.class),
                Arguments.of(403, MissingScopeException.class),
                Arguments.of(409, CxoneConflictException.class),
                Arguments.of(412, StaleVersionException.class));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("refusals")
    void turnsEachRefusalIntoItsPortExceptionWithOperationStatusAndMessageAndNeverRetriesIt(
            int status, Class<? extends CxoneCallException> expected) {
        fake.stub("GET", CAMPAIGN, Reply.json(status, "{\"message\":\"refused with " + status + "\",\"code\":\"X\"}"));

        assertThatThrownBy(() -> adapter.loadCampaign(CampaignId.of("camp_1")))
                .isExactlyInstanceOf(expected)
                .isInstanceOfSatisfying(CxoneCallException.class, failure -> {
                    assertThat(failure.operation()).startsWith("GET /api/v2/campaigns/{id}");
                    assertThat(failure.httpStatus()).isEqualTo(status);
                    assertThat(failure.serverMessage()).isEqualTo("refused with " + status);
                    assertThat(failure.isRetryable()).isFalse();
                });
        assertThat(fake.requests("GET", CAMPAIGN)).hasSize(1);
    }

    @Test
    void namesTheScopeTheServerSaysIsMissing() {
        fake.stub("GET", CAMPAIGN, Reply.json(403, "{\"message\":\"insufficient scope\",\"requiredScope\":\"campaign:admin\"}"));

        assertThatThrownBy(() -> adapter.loadCampaign(CampaignId.of("camp_1")))
                .isInstanceOfSatisfying(MissingScopeException.class, missing -> {
                    assertThat(missing.requiredScope()).isEqualTo("campaign:admin");
                    assertThat(missing.serverMessage()).isEqualTo("insufficient scope");
                })
                .hasMessageContaining("GET /api/v2/campaigns/{id} needs scope 'campaign:admin'");
    }

    @Test
    void namesTheScopeTheEndpointNeedsWhenTheServerDoesNotSay() {
        fake.stub("POST", "/api/v2/campaign-dialer-rules", Reply.status(403));

        assertThatThrownBy(() -> adapter.attachDialerRule(CampaignId.of("camp_1"), new DialerRule(0.03, 1.2, 10, "list_1")))
                .isInstanceOfSatisfying(MissingScopeException.class, missing ->
                        assertThat(missing.requiredScope()).isEqualTo("campaign-dialer-rules:write"))
                .hasMessageContaining("POST /api/v2/campaign-dialer-rules needs scope 'campaign-dialer-rules:write'");
    }

    @Test
    void namesEachEndpointsOwnScope() {
        fake.stub("GET", "/api/v2/outbound/suppressions", Reply.status(403));
        fake.stub("POST", "/api/v2/webhooks", Reply.status(403));

        assertThatThrownBy(() -> adapter.suppressionPage(null))
                .isInstanceOfSatisfying(MissingScopeException.class, missing ->
                        assertThat(missing.requiredScope()).isEqualTo("suppressions:read"));
        assertThatThrownBy(() -> adapter.registerWebhook("n", "e", "https://x.example"))
                .isInstanceOfSatisfying(MissingScopeException.class, missing ->
                        assertThat(missing.requiredScope()).isEqualTo("webhook:write"));
    }

    @Test
    void cutsARawErrorBodyShortAndMasksPhoneNumbersInIt() {
        String longText = "upstream said: contact +15550100042 is invalid; " + "x".repeat(400);
        fake.stub("GET", CAMPAIGN, Reply.json(400, longText));

        assertThatThrownBy(() -> adapter.loadCampaign(CampaignId.of("camp_1")))
                .isInstanceOfSatisfying(CxoneRejectedException.class, rejected -> {
                    assertThat(rejected.serverMessage()).startsWith("upstream said: contact +*******0042 is invalid;");
                    assertThat(rejected.serverMessage()).hasSizeLessThan(210).endsWith("…");
                    assertThat(rejected.getMessage()).doesNotContain("15550100042");
                });
    }

    @Test
    void reportsAnUnreadableSuccessBodyWithoutQuotingItOrRetrying() {
        fake.stub("GET", CAMPAIGN, Reply.json(200, "{\"id\": [\"+15550100042\""));

        assertThatThrownBy(() -> adapter.loadCampaign(CampaignId.of("camp_1")))
                .isInstanceOfSatisfying(CxoneUnavailableException.class, unreadable -> {
                    assertThat(unreadable.httpStatus()).isEqualTo(200);
                    assertThat(unreadable.serverMessage()).startsWith("unreadable response body");
                    assertThat(unreadable.getMessage()).doesNotContain("15550100042");
                });
        assertThat(fake.requests("GET", CAMPAIGN)).hasSize(1);
    }

    @Test
    void reportsASuccessWithoutTheIdItPromisesAsIncomplete() {
        fake.stub("POST", "/api/v2/campaign-dialer-rules", Reply.json(201, "{\"status\":\"ACTIVE\"}"));

        assertThatThrownBy(() -> adapter.attachDialerRule(CampaignId.of("camp_1"), new DialerRule(0.03, 1.2, 10, "list_1")))
                .isInstanceOf(CxoneUnavailableException.class)
                .hasMessageContaining("response lacks the new rule's id");
    }
}
