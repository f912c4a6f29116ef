package io.cxonebatch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FaultSettingsTest {

    @Test
    void startsWithoutAnyFault() {
        FaultSettings none = FaultSettings.none();

        assertThat(none.probability429() + none.probability500() + none.probability503()).isZero();
        assertThat(none.latencyMillis()).isZero();
        assertThat(none.rateLimitPerMinute()).isZero();
        assertThat(none.outage()).isFalse();
        assertThat(none.retryAfterStyle()).isEqualTo(RetryAfterStyle.SECONDS);
        assertThat(none.rateLimitWindow()).isEqualTo(RateLimitWindow.SLIDING);
        assertThat(none.probability500AfterCommit()).isZero();
        assertThat(none.failAfterCommit()).isEmpty();
        assertThat(none.concurrentEdits()).isZero();
        assertThat(none.takeConcurrentEdit()).isFalse();
    }

    @Test
    void rejectsProbabilitiesOutsideZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().probability429(1.01)).withMessageContaining("1.01");
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().probability500(-0.1));
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().probability503(Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().probability500AfterCommit(1.5))
                .withMessageContaining("probability500AfterCommit");
    }

    @Test
    void rejectsANegativeCountOrAMalformedRouteForFailAfterCommit() {
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().failAfterCommit("POST", "/api/v2/webhooks", -1));
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().failAfterCommit("", "/api/v2/webhooks", 1));
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().failAfterCommit("POST", "api/v2/webhooks", 1));
    }

    @Test
    void failAfterCommitCountsDownPerRouteAndZeroRemovesIt() {
        FaultSettings faults = FaultSettings.none().failAfterCommit("post", "/api/v2/webhooks", 2)
                .failAfterCommit("PUT", "/api/v2/outbound/campaigns/{id}", 1);

        assertThat(faults.takeFailAfterCommit("GET", "/api/v2/webhooks")).isFalse();
        assertThat(faults.takeFailAfterCommit("POST", "/api/v2/webhooks")).isTrue();
        assertThat(faults.failAfterCommit("POST", "/api/v2/webhooks")).isEqualTo(1);
        assertThat(faults.takeFailAfterCommit("POST", "/api/v2/webhooks")).isTrue();
        assertThat(faults.takeFailAfterCommit("POST", "/api/v2/webhooks")).isFalse();
        assertThat(faults.failAfterCommit()).containsOnlyKeys("PUT /api/v2/outbound/campaigns/{id}");
        assertThat(faults.failAfterCommit("PUT", "/api/v2/outbound/campaigns/{id}", 0).failAfterCommit()).isEmpty();
    }

    @Test
    void failAfterCommitHandsOutExactlyItsCountToConcurrentRequests() throws InterruptedException {
        FaultSettings faults = FaultSettings.none().failAfterCommit("POST", "/api/v2/webhooks", 1_000);
        AtomicInteger taken = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    if (faults.takeFailAfterCommit("POST", "/api/v2/webhooks")) {
                        taken.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(taken).hasValue(1_000);
        assertThat(faults.failAfterCommit()).isEmpty();
    }

    @Test
    void concurrentEditsCountDownToZeroAndStayThere() {
        FaultSettings faults = FaultSettings.none().concurrentEdits(2);

        assertThat(faults.takeConcurrentEdit()).isTrue();
        assertThat(faults.concurrentEdits()).isEqualTo(1);
        assertThat(faults.takeConcurrentEdit()).isTrue();
        assertThat(faults.takeConcurrentEdit()).isFalse();
        assertThat(faults.concurrentEdits()).isZero();
        assertThat(faults.concurrentEdits(5).concurrentEdits(1).concurrentEdits()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().concurrentEdits(-1))
                .withMessageContaining("concurrentEdits");
    }

    @Test
    void concurrentEditsHandOutExactlyTheirCountToConcurrentRequests() throws InterruptedException {
        FaultSettings faults = FaultSettings.none().concurrentEdits(1_000);
        AtomicInteger taken = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    if (faults.takeConcurrentEdit()) {
                        taken.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(taken).hasValue(1_000);
        assertThat(faults.concurrentEdits()).isZero();
    }

    @Test
    void rejectsNegativeLatencyRetryAfterAndRateLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().latencyMillis(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().retryAfterSeconds(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> FaultSettings.none().rateLimitPerMinute(-1));
    }

    @Test
    void copiesEverySettingAndClearsBackToNone() {
        FaultSettings source = FaultSettings.none().probability429(0.1).probability500(0.2).probability503(0.3)
                .retryAfterStyle(RetryAfterStyle.HTTP_DATE).retryAfterSeconds(9).latencyMillis(5).rateLimitPerMinute(60)
                .rateLimitWindow(RateLimitWindow.FIXED).outage(true).absoluteNextPageUris(true)
                .probability500AfterCommit(0.4).failAfterCommit("POST", "/api/v2/webhooks", 3).concurrentEdits(4);

        FaultSettings copy = FaultSettings.none().copyFrom(source);

        assertThat(copy).hasToString(source.toString());
        assertThat(copy.probability500AfterCommit()).isEqualTo(0.4);
        assertThat(copy.failAfterCommit("POST", "/api/v2/webhooks")).isEqualTo(3);
        assertThat(copy.concurrentEdits()).isEqualTo(4);
        assertThat(copy.clear()).hasToString(FaultSettings.none().toString());
        assertThat(copy.concurrentEdits()).isZero();
    }
}
