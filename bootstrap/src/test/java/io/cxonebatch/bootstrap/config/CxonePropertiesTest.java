package io.cxonebatch.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.adapters.cxone.CxoneDialect;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CxonePropertiesTest {

    private static final URI AUTH_HOST = URI.create("https://cxone.niceincontact.com");

    @TempDir
    Path dir;

    private static CxoneProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("cxone", CxoneProperties.class);
    }

    @Test
    void theDialectIsV2UnlessAdminIsNamedInAnyCase() {
        assertThat(bind(Map.of()).dialectValue()).isEqualTo(CxoneDialect.V2);
        assertThat(bind(Map.of("cxone.dialect", "v2")).dialectValue()).isEqualTo(CxoneDialect.V2);
        assertThat(bind(Map.of("cxone.dialect", " Admin ")).dialectValue()).isEqualTo(CxoneDialect.ADMIN);
        assertThatThrownBy(() -> bind(Map.of("cxone.dialect", "soap")).dialectValue())
                .isInstanceOf(ConfigurationException.class).hasMessage("cxone.dialect 'soap' must be v2 or admin");
    }

    @Test
    void aRealTenantsSettingsAreTheConfiguredOnes() {
        CxoneProperties properties = bind(Map.of("cxone.dialect", "admin", "cxone.admin.reporting-campaign-id", "7",
                "cxone.admin.dnc-group-ids", "4,9", "cxone.admin.api-base-url", "https://api-c32.nice-incontact.com/",
                "cxone.rate-limit-per-minute", "40", "cxone.admin.schedule-zone", "America/Chicago"));

        CxoneClientSettings settings = properties.toAdminSettings(AUTH_HOST, "key-id", "key-secret", null);

        assertThat(settings.dialect()).isEqualTo(CxoneDialect.ADMIN);
        assertThat(settings.reportingCampaignId()).isEqualTo(7);
        assertThat(settings.dncGroupIds()).containsExactly(4, 9);
        assertThat(settings.apiBaseUrl()).isEqualTo(URI.create("https://api-c32.nice-incontact.com"));
        assertThat(settings.rateLimitPerMinute()).as("the settings both dialects share").isEqualTo(40);
        assertThat(settings.clientId()).isEqualTo("key-id");
        assertThat(settings.scheduleZone()).isEqualTo(ZoneId.of("America/Chicago"));
    }

    @Test
    void theSandboxsApiHostAndClockAlwaysApplyAndItsSeedsWhereNothingIsConfigured() {
        CxoneProperties configured = bind(Map.of("cxone.admin.api-base-url", "https://api-c32.nice-incontact.com",
                "cxone.admin.schedule-zone", "America/Chicago", "cxone.admin.reporting-campaign-id", "102"));

        CxoneClientSettings settings = configured.toAdminSettings(AUTH_HOST, "key-id", "key-secret", CxoneConfiguration.SANDBOX_TENANT);
        CxoneClientSettings seeded = bind(Map.of()).toAdminSettings(AUTH_HOST, "key-id", "key-secret", CxoneConfiguration.SANDBOX_TENANT);

        assertThat(settings.apiBaseUrl()).as("discovered from the sandbox, never another host").isNull();
        assertThat(settings.scheduleZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(settings.reportingCampaignId()).isEqualTo(102);
        assertThat(seeded.reportingCampaignId()).isEqualTo(101);
        assertThat(seeded.dncGroupIds()).containsExactly(1, 2);
    }

    @Test
    void aRealTenantNeedsItsBusinessUnitsTimeZoneAsARegion() {
        assertThatThrownBy(() -> bind(Map.of("cxone.dialect", "admin")).toAdminSettings(AUTH_HOST, "key-id", "key-secret", null))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("cxone.admin.schedule-zone is not set");
        assertThatThrownBy(() -> bind(Map.of("cxone.admin.schedule-zone", "Eastern Standard Time"))
                .toAdminSettings(AUTH_HOST, "key-id", "key-secret", null))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'Eastern Standard Time' is no time zone id");
        for (String fixed : List.of("Etc/GMT+5", "-05:00", "UTC-5")) {
            assertThatThrownBy(() -> bind(Map.of("cxone.admin.schedule-zone", fixed)).toAdminSettings(AUTH_HOST, "key-id", "key-secret", null))
                    .as(fixed).isInstanceOf(ConfigurationException.class).hasMessageContaining("is a fixed offset");
        }
        assertThat(bind(Map.of("cxone.admin.schedule-zone", "UTC")).toAdminSettings(AUTH_HOST, "key-id", "key-secret", null)
                .scheduleZone()).as("a business unit kept on UTC").isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void theAccessKeySecretFileWinsAndNoSecretIsShownByToString() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret"), "from-the-file\nsecond line\n");
        CxoneProperties properties = bind(Map.of("cxone.admin.access-key-id", "key-id", "cxone.admin.access-key-secret", "inline-secret",
                "cxone.admin.access-key-secret-file", secret.toString()));

        assertThat(properties.accessKeySecret()).isEqualTo("from-the-file");
        assertThat(bind(Map.of("cxone.admin.access-key-secret", "inline-secret")).accessKeySecret()).isEqualTo("inline-secret");
        assertThat(properties.toString()).doesNotContain("inline-secret", "from-the-file").contains("key-id");
    }
}
