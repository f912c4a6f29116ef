package io.cxonebatch.application.provisioning.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.PreviewSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewConfiguratorTest {

    private static final PreviewSettings SETTINGS = new PreviewSettings("list-9", "queue-2", 5);

    private final List<String> calls = new ArrayList<>();
    private final FakeCxone cxone = new FakeCxone(calls);
    private final PreviewConfigurator configurator = new PreviewConfigurator(cxone, cxone);
    private final RemoteCampaign campaign = cxone.existing("Preview P-1", CampaignType.PREVIEW, CampaignStatus.DRAFT, null);

    private PreviewConfigurator.Result configure() {
        return configurator.configure(campaign.id(), campaign.name(), SETTINGS);
    }

    @Test
    void sendsTheUpdateWithTheVersionItJustRead() {
        PreviewConfigurator.Result result = configure();

        assertThat(result).isInstanceOfSatisfying(PreviewConfigurator.Configured.class, configured -> {
            assertThat(configured.answered().value()).isEqualTo(2L);
            assertThat(configured.answered().httpStatus()).isEqualTo(200);
            assertThat(configured.attempts()).isEqualTo(1);
            assertThat(configured.answered().latencyMillis()).isNotNegative();
        });
        assertThat(calls).containsExactly("loadSettings", "configure");
        assertThat(cxone.configureVersions).containsExactly(1L);
    }

    @Test
    void readsAgainAndRetriesWithTheNewVersionWhenTheVersionWasStale() {
        cxone.staleAnswersLeft = 2;

        PreviewConfigurator.Result result = configure();

        assertThat(result).isInstanceOfSatisfying(PreviewConfigurator.Configured.class,
                configured -> assertThat(configured.attempts()).isEqualTo(3));
        assertThat(calls).containsExactly("loadSettings", "configure", "loadSettings", "configure", "loadSettings", "configure");
        assertThat(cxone.configureVersions).containsExactly(1L, 2L, 3L);
    }

    @Test
    void givesUpAfterThreeStaleVersions() {
        cxone.staleAnswersLeft = 5;

        PreviewConfigurator.Result result = configure();

        assertThat(result).isInstanceOfSatisfying(PreviewConfigurator.UpdateFailed.class, failed -> {
            assertThat(failed.attempts()).isEqualTo(PreviewConfigurator.PREVIEW_ATTEMPTS).isEqualTo(3);
            assertThat(failed.outOfAttempts()).isTrue();
            assertThat(failed.cause().httpStatus()).isEqualTo(412);
        });
        assertThat(cxone.configureVersions).hasSize(3);
        assertThat(calls).filteredOn("loadSettings"::equals).hasSize(3);
    }

    @Test
    void aFailedReadSendsNoUpdate() {
        cxone.failures.put("loadSettings", new CxoneUnavailableException("GET /api/v2/outbound/campaigns/camp-1", 503, "maintenance", null));

        PreviewConfigurator.Result result = configure();

        assertThat(result).isInstanceOfSatisfying(PreviewConfigurator.ReadFailed.class,
                failed -> assertThat(failed.cause().httpStatus()).isEqualTo(503));
        assertThat(calls).containsExactly("loadSettings");
    }

    @Test
    void aRefusedUpdateIsNotRetried() {
        cxone.failures.put("configure", new CxoneRejectedException("PUT /api/v2/outbound/campaigns/camp-1", 422, "licensed capacity", null));

        PreviewConfigurator.Result result = configure();

        assertThat(result).isInstanceOfSatisfying(PreviewConfigurator.UpdateFailed.class, failed -> {
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.outOfAttempts()).isFalse();
            assertThat(failed.cause().httpStatus()).isEqualTo(422);
        });
        assertThat(calls).containsExactly("loadSettings", "configure");
    }
}
