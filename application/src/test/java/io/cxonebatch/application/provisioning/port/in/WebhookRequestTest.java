package io.cxonebatch.application.provisioning.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class WebhookRequestTest {

    private static WebhookRequest request(@Nullable String jobName, @Nullable String name, @Nullable String eventFilter, @Nullable String uri) {
        return new WebhookRequest(jobName, name, eventFilter, uri, 7L, false);
    }

    private static WebhookRequest withUri(String uri) {
        return request("campaign-provisioning", "Preview QA Sync", "campaign.preview.activated", uri);
    }

    @Test
    void acceptsAbsoluteHttpAndHttpsUris() {
        assertThat(withUri("https://hooks.example.com/cxone?tenant=7").uri()).isEqualTo("https://hooks.example.com/cxone?tenant=7");
        assertThat(withUri("HTTP://127.0.0.1:8080/hooks").uri()).isEqualTo("HTTP://127.0.0.1:8080/hooks");
    }

    @Test
    void rejectsABlankJobName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> request(" ", "Preview QA Sync", "campaign.preview.activated", "https://hooks.example.com"))
                .withMessageContaining("job");
    }

    @Test
    void rejectsABlankWebhookName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> request("campaign-provisioning", "", "campaign.preview.activated", "https://hooks.example.com"))
                .withMessageContaining("campaign-provisioning").withMessageContaining("webhook name");
    }

    @Test
    void rejectsABlankEventFilter() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> request("campaign-provisioning", "Preview QA Sync", null, "https://hooks.example.com"))
                .withMessageContaining("'Preview QA Sync'").withMessageContaining("event filter");
    }

    @Test
    void rejectsABlankUri() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withUri("  "))
                .withMessageContaining("'Preview QA Sync' needs a URI");
    }

    @Test
    void rejectsARelativeUri() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withUri("/hooks/cxone"))
                .withMessageContaining("'/hooks/cxone'").withMessageContaining("relative")
                .withMessageContaining("absolute http or https URI");
    }

    @Test
    void rejectsASchemeOtherThanHttpOrHttps() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withUri("ftp://hooks.example.com/cxone"))
                .withMessageContaining("scheme 'ftp'").withMessageContaining("absolute http or https URI");
    }

    @Test
    void rejectsAnHttpUriWithoutAHost() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withUri("https:///hooks"))
                .withMessageContaining("names no host");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withUri("http:hooks.example.com"))
                .withMessageContaining("names no host");
    }

    @Test
    void rejectsAUriThatDoesNotParse() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withUri("https://hooks example.com/cxone"))
                .withMessageContaining("'https://hooks example.com/cxone'").withMessageContaining("not a valid URI");
    }

    @Test
    void rejectsANegativeJobExecutionId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WebhookRequest("campaign-provisioning", "Preview QA Sync", "campaign.preview.activated",
                        "https://hooks.example.com", -1L, false))
                .withMessageContaining("-1");
    }
}
