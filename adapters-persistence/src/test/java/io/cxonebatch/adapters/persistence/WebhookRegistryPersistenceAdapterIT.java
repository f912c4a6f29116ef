package io.cxonebatch.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.persistence.testing.RealPostgres;
import io.cxonebatch.application.port.out.webhooks.RegisteredWebhook;
import io.cxonebatch.application.port.out.webhooks.WebhookState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tests share the class's database, so each registers webhooks at URIs of its own. */
@RealPostgres
class WebhookRegistryPersistenceAdapterIT {

    private static final String ACTIVATED = "campaign.preview.activated";
    private static final Instant REGISTERED = Instant.parse("2026-09-01T08:00:00Z");

    private final JdbcClient jdbc;
    private final WebhookRegistryPersistenceAdapter adapter;

    WebhookRegistryPersistenceAdapterIT(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.adapter = new WebhookRegistryPersistenceAdapter(dataSource);
    }

    @Test
    void findsWhatWasRecorded() {
        RegisteredWebhook webhook = new RegisteredWebhook("preview-activated", ACTIVATED, uniqueUri(), REGISTERED, 42L, WebhookState.INTENDED);

        assertThat(adapter.recordIntent(webhook)).isTrue();

        assertThat(adapter.findRegistered(ACTIVATED, webhook.uri())).contains(webhook);
    }

    @Test
    void recordsAWebhookRegisteredOutsideAJob() {
        RegisteredWebhook webhook = new RegisteredWebhook("preview-activated", ACTIVATED, uniqueUri(), REGISTERED, null, WebhookState.INTENDED);

        adapter.recordIntent(webhook);

        assertThat(adapter.findRegistered(ACTIVATED, webhook.uri())).contains(webhook);
    }

    @Test
    void findsNothingForAnotherEventOrUri() {
        String uri = uniqueUri();
        adapter.recordIntent(new RegisteredWebhook("preview-activated", ACTIVATED, uri, REGISTERED, null, WebhookState.INTENDED));

        assertThat(adapter.findRegistered("campaign.status.changed", uri)).isEmpty();
        assertThat(adapter.findRegistered(ACTIVATED, uri + "/other")).isEmpty();
    }

    @Test
    void keepsTheFirstRecordWhenTheSameEventAndUriAreRecordedAgain() {
        String uri = uniqueUri();
        RegisteredWebhook first = new RegisteredWebhook("first", ACTIVATED, uri, REGISTERED, 1L, WebhookState.INTENDED);

        boolean firstInserted = adapter.recordIntent(first);
        boolean secondInserted = adapter.recordIntent(
                new RegisteredWebhook("second", ACTIVATED, uri, REGISTERED.plusSeconds(60), 2L, WebhookState.INTENDED));

        assertThat(firstInserted).isTrue();
        assertThat(secondInserted).isFalse();
        assertThat(adapter.findRegistered(ACTIVATED, uri)).contains(first);
        assertThat(rowsFor(uri)).isEqualTo(1);
    }

    @Test
    void recordsTheSameUriForAnotherEventSeparately() {
        String uri = uniqueUri();
        adapter.recordIntent(new RegisteredWebhook("activated", ACTIVATED, uri, REGISTERED, null, WebhookState.INTENDED));

        boolean inserted = adapter.recordIntent(
                new RegisteredWebhook("status", "campaign.status.changed", uri, REGISTERED, null, WebhookState.INTENDED));

        assertThat(inserted).isTrue();
        assertThat(rowsFor(uri)).isEqualTo(2);
    }

    @Test
    void storesTheRegistrationTimeToTheMicrosecond() {
        String uri = uniqueUri();

        adapter.recordIntent(new RegisteredWebhook("precise", ACTIVATED, uri,
                Instant.parse("2026-09-01T08:00:00.123456789Z"), null, WebhookState.INTENDED));

        assertThat(adapter.findRegistered(ACTIVATED, uri)).map(RegisteredWebhook::registeredAt)
                .contains(Instant.parse("2026-09-01T08:00:00.123456Z"));
    }

    @Test
    void letsExactlyOneOfSeveralNodesRecordingAtOnceWin() throws Exception {
        String uri = uniqueUri();
        int nodes = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<Boolean>> recorded = new ArrayList<>();
            for (long node = 1; node <= nodes; node++) {
                RegisteredWebhook webhook = new RegisteredWebhook("node-" + node, ACTIVATED, uri, REGISTERED, node, WebhookState.INTENDED);
                recorded.add(executor.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return adapter.recordIntent(webhook);
                }));
            }
            start.countDown();

            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> result : recorded) {
                results.add(result.get(30, TimeUnit.SECONDS));
            }

            assertThat(results).containsOnlyOnce(true);
            long winner = results.indexOf(true) + 1;
            assertThat(adapter.findRegistered(ACTIVATED, uri)).map(RegisteredWebhook::jobExecutionId).contains(winner);
            assertThat(rowsFor(uri)).isEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
    }

    private long rowsFor(String uri) {
        return jdbc.sql("SELECT count(*) FROM webhook_registration WHERE uri = :uri")
                .param("uri", uri).query(Long.class).single();
    }

    private static String uniqueUri() {
        return "https://hooks.example.com/cxone/" + UUID.randomUUID();
    }

    @Test
    void anIntentSettlesOnceAsRegisteredOrUnconfirmedAndOnlyAnIntentIsForgotten() {
        String registered = uniqueUri();
        String unconfirmed = uniqueUri();
        adapter.recordIntent(new RegisteredWebhook("a", ACTIVATED, registered, REGISTERED, null, WebhookState.INTENDED));
        adapter.recordIntent(new RegisteredWebhook("b", ACTIVATED, unconfirmed, REGISTERED, null, WebhookState.INTENDED));

        adapter.settle(ACTIVATED, registered, WebhookState.REGISTERED);
        adapter.settle(ACTIVATED, unconfirmed, WebhookState.UNCONFIRMED);
        adapter.settle(ACTIVATED, unconfirmed, WebhookState.REGISTERED);
        adapter.forgetIntent(ACTIVATED, registered);

        assertThat(adapter.findRegistered(ACTIVATED, registered).orElseThrow().state()).isEqualTo(WebhookState.REGISTERED);
        assertThat(adapter.findRegistered(ACTIVATED, unconfirmed).orElseThrow().state())
                .as("a settled registration does not change again").isEqualTo(WebhookState.UNCONFIRMED);
    }

    @Test
    void aForgottenIntentCanBeRecordedAgain() {
        String uri = uniqueUri();
        adapter.recordIntent(new RegisteredWebhook("a", ACTIVATED, uri, REGISTERED, null, WebhookState.INTENDED));

        adapter.forgetIntent(ACTIVATED, uri);

        assertThat(adapter.findRegistered(ACTIVATED, uri)).isEmpty();
        assertThat(adapter.recordIntent(new RegisteredWebhook("a", ACTIVATED, uri, REGISTERED, null, WebhookState.INTENDED))).isTrue();
    }
}
