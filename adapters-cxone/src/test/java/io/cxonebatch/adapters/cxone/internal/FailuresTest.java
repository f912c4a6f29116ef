package io.cxonebatch.adapters.cxone.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException;
import io.cxonebatch.application.port.out.cxone.CxoneRateLimitedException;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    private static final Endpoint RULES = Endpoint.ATTACH_DIALER_RULE;
    private static final String OPERATION = RULES.operation();

    @Test
    void makesEveryFailureThatCxoneMayHaveActedOnAnUnknownOutcomeThatIsNotRetried() {
        for (CxoneUnavailableException failure : new CxoneUnavailableException[] {
                new CxoneUnavailableException(OPERATION, 502, "bad gateway", null),
                new CxoneUnavailableException(OPERATION, 0, "no response within the read timeout", new HttpTimeoutException("read")),
                new CxoneUnavailableException(OPERATION, 0, "IOException: connection reset", new IOException("connection reset")),
                new CxoneUnavailableException(OPERATION, 201, "unreadable response body (JsonParseException)", null)}) {
            RuntimeException reported = Failures.afterSending(RULES, failure);

            assertThat(reported).as(failure.getMessage()).isInstanceOfSatisfying(CxoneOutcomeUnknownException.class, unknown -> {
                assertThat(unknown.operation()).isEqualTo(OPERATION);
                assertThat(unknown.httpStatus()).isEqualTo(failure.httpStatus());
                assertThat(unknown.serverMessage()).isEqualTo(failure.serverMessage());
                assertThat(unknown.getCause()).isSameAs(failure.getCause());
            });
            assertThat(Failures.retryReason(reported)).isNull();
            assertThat(Failures.countsAgainstBreaker(reported)).isEqualTo(failure.httpStatus() != 201);
        }
    }

    @Test
    void keepsFailuresThatProveCxoneDidNotActRetryable() {
        RuntimeException refused = new CxoneUnavailableException(OPERATION, 0, "ConnectException", new ConnectException("refused"));
        RuntimeException connectTimeout = new CxoneUnavailableException(OPERATION, 0, "connect timed out",
                new HttpConnectTimeoutException("connect"));
        RuntimeException limited = new ServerRateLimitedException(OPERATION, "slow down", null);
        RuntimeException ownLimiter = new CxoneRateLimitedException(OPERATION, 0, "no permit", null);
        RuntimeException rejected = new CxoneRejectedException(OPERATION, 400, "no such list", null);

        for (RuntimeException failure : new RuntimeException[] {refused, connectTimeout, limited, ownLimiter, rejected}) {
            assertThat(Failures.afterSending(RULES, failure)).isSameAs(failure);
        }
        assertThat(Failures.retryReason(refused)).isEqualTo(Failures.IO_ERROR);
        assertThat(Failures.retryReason(connectTimeout)).isEqualTo(Failures.TIMEOUT);
        assertThat(Failures.retryReason(limited)).isEqualTo(Failures.RATE_LIMITED);
    }

    @Test
    void leavesFailuresOfResendableEndpointsAsTheyAre() {
        RuntimeException failure = new CxoneUnavailableException(Endpoint.CREATE_CAMPAIGN.operation(), 500, null, null);

        assertThat(Failures.afterSending(Endpoint.CREATE_CAMPAIGN, failure)).isSameAs(failure);
        assertThat(Failures.retryReason(failure)).isEqualTo(Failures.SERVER_ERROR);
    }
}
