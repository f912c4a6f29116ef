package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.cxone.ScriptedCxone.Reply;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.domain.campaign.CampaignId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final String CAMPAIGN = "/api/v2/campaigns/camp_1";
    private static final CampaignId ID = CampaignId.of("camp_1");

    private final ScriptedCxone fake = ScriptedCxone.start();

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private CxoneAdapter adapterWithoutRetries() {
        return CxoneAdapter.create(TestSettings.forFake(fake).retryMaxAttempts(1).build(), new SimpleMeterRegistry());
    }

    @Test
    void opensAfterEnoughServerErrorsAndThenFailsFastWithoutCallingCxone() {
        CxoneAdapter adapter = adapterWithoutRetries();
        fake.stub("GET", CAMPAIGN, Reply.status(503));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> adapter.loadCampaign(ID))
                    .isInstanceOfSatisfying(CxoneUnavailableException.class, failure -> assertThat(failure.httpStatus()).isEqualTo(503));
        }

        assertThatThrownBy(() -> adapter.loadCampaign(ID))
                .isInstanceOfSatisfying(CxoneUnavailableException.class, open -> {
                    assertThat(open.httpStatus()).isZero();
                    assertThat(open.operation()).isEqualTo("GET /api/v2/campaigns/{id}");
                    assertThat(open.isRetryable()).isTrue();
                })
                .hasMessageContaining("circuit breaker 'cxone-test' is OPEN");
        assertThat(fake.requests("GET", CAMPAIGN)).hasSize(4);
    }

    @Test
    void letsACallThroughAgainAfterTheWaitAndClosesWhenItSucceeds() throws InterruptedException {
        CxoneAdapter adapter = adapterWithoutRetries();
        fake.stub("GET", CAMPAIGN, Reply.status(500), Reply.status(500), Reply.status(500), Reply.status(500),
                Reply.json(200, "{\"id\":\"camp_1\",\"status\":\"ACTIVE\"}"));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> adapter.loadCampaign(ID)).isInstanceOf(CxoneUnavailableException.class);
        }
        assertThatThrownBy(() -> adapter.loadCampaign(ID)).hasMessageContaining("is OPEN");

        Thread.sleep(400);

        assertThat(adapter.loadCampaign(ID).id()).isEqualTo(ID);
        assertThat(adapter.loadCampaign(ID).id()).isEqualTo(ID);
        assertThat(fake.requests("GET", CAMPAIGN)).hasSize(6);
    }

    @Test
    void stopsRetryingACallOnceTheBreakerOpens() {
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).retryMaxAttempts(3).build(), new SimpleMeterRegistry());
        fake.stub("GET", CAMPAIGN, Reply.status(502));

        assertThatThrownBy(() -> adapter.loadCampaign(ID)).isInstanceOf(CxoneUnavailableException.class);
        assertThatThrownBy(() -> adapter.loadCampaign(ID)).hasMessageContaining("is OPEN");

        assertThat(fake.requests("GET", CAMPAIGN)).hasSize(4);
    }

    @Test
    void doesNotCountRefusalsAsFailures() {
        CxoneAdapter adapter = adapterWithoutRetries();
        fake.stub("GET", CAMPAIGN, Reply.status(404));

        for (int i = 0; i < 8; i++) {
            assertThatThrownBy(() -> adapter.loadCampaign(ID)).isInstanceOf(CxoneRejectedException.class);
        }

        assertThat(fake.requests("GET", CAMPAIGN)).hasSize(8);
    }
}
