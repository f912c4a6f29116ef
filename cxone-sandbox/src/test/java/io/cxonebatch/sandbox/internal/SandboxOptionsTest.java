package io.cxonebatch.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.cxonebatch.sandbox.EngineLimits;
import io.cxonebatch.sandbox.RateLimitWindow;
import io.cxonebatch.sandbox.RetryAfterStyle;
import org.junit.jupiter.api.Test;

class SandboxOptionsTest {

    @Test
    void readsFaultOptionsInBothSpellings() {
        SandboxOptions.Target target = SandboxOptions.parse("--fault-429=0.25", "--retry-after-style", "http-date",
                "--retry-after-seconds", "9", "--fault-500", "0.1", "--fault-503=0.05", "--latency-ms", "20",
                "--rate-limit", "100", "--rate-limit-window", "fixed", "--outage", "--absolute-next-page-uris",
                "--fault-500-after-commit", "0.3", "--concurrent-edits", "2");

        assertThat(target.faults.probability429()).isEqualTo(0.25);
        assertThat(target.faults.retryAfterStyle()).isEqualTo(RetryAfterStyle.HTTP_DATE);
        assertThat(target.faults.retryAfterSeconds()).isEqualTo(9);
        assertThat(target.faults.probability500()).isEqualTo(0.1);
        assertThat(target.faults.probability503()).isEqualTo(0.05);
        assertThat(target.faults.latencyMillis()).isEqualTo(20);
        assertThat(target.faults.rateLimitPerMinute()).isEqualTo(100);
        assertThat(target.faults.rateLimitWindow()).isEqualTo(RateLimitWindow.FIXED);
        assertThat(target.faults.outage()).isTrue();
        assertThat(target.faults.absoluteNextPageUris()).isTrue();
        assertThat(target.faults.probability500AfterCommit()).isEqualTo(0.3);
        assertThat(target.faults.concurrentEdits()).isEqualTo(2);
        assertThat(target.help).isFalse();
    }

    @Test
    void readsEngineLimits() {
        SandboxOptions.Target target = SandboxOptions.parse("--max-concurrent-calls", "300", "--licensed-previews", "4",
                "--agent-capacity", "20");

        assertThat(target.limits).isEqualTo(new EngineLimits(300, 4, 20));
    }

    @Test
    void refusesUnknownOptionsMissingValuesAndBadValuesNamingTheOption() {
        assertThatIllegalArgumentException().isThrownBy(() -> SandboxOptions.parse("--chaos")).withMessageContaining("--chaos");
        assertThatIllegalArgumentException().isThrownBy(() -> SandboxOptions.parse("--port")).withMessageContaining("--port");
        assertThatIllegalArgumentException().isThrownBy(() -> SandboxOptions.parse("--fault-500", "2")).withMessageContaining("--fault-500");
        assertThatIllegalArgumentException().isThrownBy(() -> SandboxOptions.parse("--concurrent-edits", "-1"))
                .withMessageContaining("--concurrent-edits");
        assertThatIllegalArgumentException().isThrownBy(() -> SandboxOptions.parse("--contact-list", "list_a:10")).withMessageContaining("ID:SIZE:REGION");
        assertThatIllegalArgumentException().isThrownBy(() -> SandboxOptions.parse("--outage=yes")).withMessageContaining("no value");
        assertThatIllegalArgumentException().isThrownBy(() -> SandboxOptions.parse("8089")).withMessageContaining("8089");
        assertThatIllegalArgumentException().isThrownBy(() -> SandboxOptions.parse("--suppression-match-stride", "0"))
                .withMessageContaining("--suppression-match-stride");
        assertThatIllegalArgumentException().isThrownBy(() -> SandboxOptions.parse("--contact-list", "list_a:10:NA-EAST,"))
                .withMessageContaining("blank region");
        assertThatIllegalArgumentException().isThrownBy(() -> SandboxOptions.parse("--contact-list", "list_a:10:NA-EAST,na-east"))
                .withMessageContaining("twice");
    }

    @Test
    void helpNamesEveryOptionWithItsDefault() {
        assertThat(SandboxOptions.help()).contains("--client-id ID", "(default: cxone-batch)", "--client-secret SECRET",
                "(default: sandbox-secret)", "--seed N", "(default: 42)", "--token-lifetime SECONDS", "(default: 3600)",
                "--activation-delay MILLIS", "(default: 300)", "--contact-list ID:SIZE:REGION[,REGION...]",
                "--suppression-match-stride N", "(default: 50)", "--concurrent-edits N", "--help");
    }
}
