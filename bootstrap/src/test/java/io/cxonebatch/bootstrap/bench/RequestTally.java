package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.sandbox.RequestKey;
import io.cxonebatch.sandbox.SandboxInspection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The requests a sandbox answered, by kind of answer. {@code total} is every request but the admin API's: token
 * requests, 429s and 5xx included.
 */
record RequestTally(long total, long tokens, long ok, long tooMany, long serverErrors, long other) {

    static RequestTally of(SandboxInspection sandbox) {
        long ok = 0;
        long tooMany = 0;
        long serverErrors = 0;
        long other = 0;
        for (Map.Entry<RequestKey, Long> entry : sandbox.requestCounts().entrySet()) {
            int status = entry.getKey().status();
            long count = entry.getValue();
            if (status >= 200 && status < 300) {
                ok += count;
            } else if (status == 429) {
                tooMany += count;
            } else if (status >= 500) {
                serverErrors += count;
            } else {
                other += count;
            }
        }
        return new RequestTally(sandbox.totalRequests(), sandbox.tokenRequests(), ok, tooMany, serverErrors, other);
    }

    /** What was answered after {@code before}. */
    RequestTally minus(RequestTally before) {
        return new RequestTally(total - before.total, tokens - before.tokens, ok - before.ok, tooMany - before.tooMany,
                serverErrors - before.serverErrors, other - before.other);
    }

    /** Every route and status answered since {@code before} (a copy of the counts then), with its count. */
    static String byRouteSince(SandboxInspection sandbox, Map<RequestKey, Long> before) {
        return sandbox.requestCounts().entrySet().stream()
                .filter(entry -> entry.getValue() > before.getOrDefault(entry.getKey(), 0L))
                .map(entry -> entry.getKey() + ": " + Report.count(entry.getValue() - before.getOrDefault(entry.getKey(), 0L)))
                .collect(Collectors.joining("; "));
    }

    /** Every route and status with its count, for reading where the requests went. */
    static String byRoute(SandboxInspection sandbox) {
        return sandbox.requestCounts().entrySet().stream()
                .map(entry -> entry.getKey() + ": " + Report.count(entry.getValue()))
                .collect(Collectors.joining("; "));
    }
}
