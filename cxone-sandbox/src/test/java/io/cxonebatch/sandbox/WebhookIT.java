package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookIT {

    private static CxoneSandbox sandbox;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = CxoneSandbox.builder().start();
        client = SandboxClient.connect(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void forget() {
        sandbox.reset();
    }

    @Test
    void registersAWebhook() {
        Reply reply = client.post("/api/v2/webhooks", """
                {"name":"Preview QA Sync","enabled":true,"eventFilter":"campaign.preview.activated",
                 "uri":"https://wfm.example.com/hooks/preview","method":"POST"}""");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.text("id")).isNotBlank();
        assertThat(sandbox.inspect().webhooks()).singleElement().satisfies(webhook -> {
            assertThat(webhook.id()).isEqualTo(reply.text("id"));
            assertThat(webhook.name()).isEqualTo("Preview QA Sync");
            assertThat(webhook.eventFilter()).isEqualTo("campaign.preview.activated");
            assertThat(webhook.uri()).isEqualTo("https://wfm.example.com/hooks/preview");
            assertThat(webhook.enabled()).isTrue();
        });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"name\":\"n\",\"eventFilter\":\"campaign.preview.activated\"}|uri is required",
        "{\"name\":\"n\",\"uri\":\"https://wfm.example.com/h\"}|eventFilter is required",
        "{\"name\":\"n\",\"eventFilter\":\"e\",\"uri\":\"not a uri\"}|not a URI",
        "{\"name\":\"n\",\"eventFilter\":\"e\",\"uri\":\"ftp://wfm.example.com/h\"}|absolute http or https",
        "{\"name\":\"n\",\"eventFilter\":\"e\",\"uri\":\"https://wfm.example.com/h\",\"method\":\"DELETE\"}|POST or PUT"
    })
    void rejectsAWebhookWithoutAUsableUriOrEventFilter(String body, String messagePart) {
        Reply reply = client.post("/api/v2/webhooks", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.text("message")).contains(messagePart);
        assertThat(sandbox.inspect().webhooks()).isEmpty();
    }
}
