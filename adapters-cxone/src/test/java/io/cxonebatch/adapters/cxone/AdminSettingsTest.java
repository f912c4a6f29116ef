package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminSettingsTest {

    private static final URI AUTH = URI.create("https://cxone.niceincontact.com/");

    @Test
    void adminSettingsSpeakTheAdminDialectAndTheContractsStayOnV2() {
        CxoneClientSettings admin = CxoneClientSettings.adminBuilder(AUTH, "key-id", "key-s3cret")
                .apiBaseUrl(URI.create("https://api-c32.nice-incontact.com//"))
                .reportingCampaignId(101)
                .build();

        assertThat(admin.dialect()).isEqualTo(CxoneDialect.ADMIN);
        assertThat(admin.baseUrl()).isEqualTo(URI.create("https://cxone.niceincontact.com"));
        assertThat(admin.apiBaseUrl()).isEqualTo(URI.create("https://api-c32.nice-incontact.com"));
        assertThat(admin.clientId()).isEqualTo("key-id");
        assertThat(admin.toBuilder().build()).isEqualTo(admin);
        assertThat(CxoneClientSettings.builder(AUTH, "client", "secret").build().dialect()).isEqualTo(CxoneDialect.V2);
    }

    @Test
    void neverPrintsTheAccessKeySecret() {
        String text = CxoneClientSettings.adminBuilder(AUTH, "key-id", "key-s3cret").build().toString();

        assertThat(text).doesNotContain("key-s3cret").contains("dialect=ADMIN", "clientSecret=****");
    }

    @Test
    void refusesAdminOnlyValuesOnTheContractAndUnusableOnes() {
        assertThatThrownBy(() -> CxoneClientSettings.builder(AUTH, "client", "secret").apiBaseUrl(AUTH).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiBaseUrl applies to the ADMIN dialect only");
        assertThatThrownBy(() -> CxoneClientSettings.builder(AUTH, "client", "secret").reportingCampaignId(101).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reportingCampaignId");
        assertThatThrownBy(() -> CxoneClientSettings.adminBuilder(AUTH, "id", "secret").reportingCampaignId(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reportingCampaignId must be at least 1");
        assertThatThrownBy(() -> CxoneClientSettings.builder(AUTH, "client", "secret").dncGroupIds(List.of(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dncGroupIds applies to the ADMIN dialect only");
        assertThatThrownBy(() -> CxoneClientSettings.adminBuilder(AUTH, "id", "secret").dncGroupIds(List.of(1, 0)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dncGroupIds must be at least 1");
        assertThatThrownBy(() -> CxoneClientSettings.adminBuilder(AUTH, "id", "secret").dncGroupIds(List.of(2, 2)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than once");
        assertThat(CxoneClientSettings.adminBuilder(AUTH, "id", "secret").dncGroupIds(List.of(2, 1)).build().toBuilder().build()
                .dncGroupIds()).containsExactly(2, 1);
        assertThatThrownBy(() -> CxoneClientSettings.adminBuilder(AUTH, "id", "secret").apiBaseUrl(URI.create("/relative")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("API base URL '/relative' must be an absolute http(s) URL");
        assertThatThrownBy(() -> CxoneClientSettings.adminBuilder(AUTH, "id", " ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientSecret must not be blank");
    }
}
