package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.plan.NewPlanRow;
import io.cxonebatch.application.port.out.plan.PlanRowResult;
import io.cxonebatch.application.port.out.plan.PlanRowStage;
import io.cxonebatch.application.port.out.plan.PlanRowStatus;
import io.cxonebatch.domain.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;

/** Plan rows and results for tests: plausible rows, runs of many rows and the usual settlements. */
final class PlanRows {

    static final Violation MISSING_SKILLS = Violation.of("SKILLS_MISSING", "skills", "skills is required");

    // Above the fixture's run ids, so that each test works on runs of its own.
    private static final AtomicLong RUNS = new AtomicLong(1_000);

    private PlanRows() {
    }

    static long newRun() {
        return RUNS.incrementAndGet();
    }

    static NewPlanRow valid(long line) {
        String key = "plan-" + line;
        return new NewPlanRow(line, key, Map.of("external_key", key, "name", "Campaign " + line, "type", "PREVIEW"),
                List.of());
    }

    static NewPlanRow rejected(long line) {
        String key = "plan-" + line;
        return new NewPlanRow(line, key, Map.of("external_key", key, "name", "Campaign " + line), List.of(MISSING_SKILLS));
    }

    /** Lines {@code from} to {@code to} inclusive, rejected where {@code rejectedWhere} says so, in line order. */
    static List<NewPlanRow> lines(long from, long to, LongPredicate rejectedWhere) {
        return LongStream.rangeClosed(from, to)
                .mapToObj(line -> rejectedWhere.test(line) ? rejected(line) : valid(line))
                .toList();
    }

    static List<NewPlanRow> validLines(long from, long to) {
        return lines(from, to, line -> false);
    }

    static PlanRowResult provisioned(long line) {
        return new PlanRowResult(line, PlanRowStatus.PROVISIONED, null, List.of(), "camp_" + line,
                List.of("created campaign camp_" + line));
    }

    static PlanRowResult failed(long line) {
        return new PlanRowResult(line, PlanRowStatus.FAILED, PlanRowStage.PROVISIONING,
                List.of(Violation.of("CXONE_UNAVAILABLE", "", "CXone answered 503 for line " + line)), null, List.of());
    }
}
