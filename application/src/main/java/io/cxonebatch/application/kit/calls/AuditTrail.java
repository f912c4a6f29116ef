package io.cxonebatch.application.kit.calls;

import io.cxonebatch.application.kit.Latency;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The audit record of one job execution's calls, the same way for every use case: a call is timed; a failure is
 * audited with CXone's status, the latency, the operation and the error, as FAILED, or UNKNOWN when CXone may have
 * acted on it without saying so; a success is audited by the caller (who knows what it made) with the status and
 * latency the call returned. Thread-safe: it holds only its collaborators and the run's identity.
 */
public final class AuditTrail {

    /** The detail that marks a write made without optimistic locking (absent when the write was guarded). */
    public static final String UNGUARDED_KEY = "guarded";
    /** The detail that names what of a request CXone had no field for (absent when everything was written). */
    public static final String NOT_APPLIED_KEY = "notApplied";

    private final AppendAuditEventsPort audit;
    private final Clock clock;
    private final String jobName;
    private final @Nullable Long jobExecutionId;

    public AuditTrail(AppendAuditEventsPort audit, Clock clock, String jobName, @Nullable Long jobExecutionId) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jobName = Objects.requireNonNull(jobName, "jobName");
        this.jobExecutionId = jobExecutionId;
    }

    /**
     * Makes a call that changes CXone. A failure is audited under {@code action} and thrown on.
     *
     * @param ref the campaign concerned as the audit names it, or null
     */
    public <T> Answered<T> call(String action, @Nullable String ref, Map<String, ?> details, Supplier<CxoneAnswer<T>> call) {
        long started = System.nanoTime();
        CxoneAnswer<T> answer;
        try {
            answer = call.get();
        } catch (CxoneCallException e) {
            failed(action, ref, e, Latency.millisSince(started), details);
            throw e;
        }
        return Answered.of(answer, Latency.millisSince(started));
    }

    /**
     * Makes a call that changes CXone and audits nothing: for a caller that treats some refusals as news rather than
     * failures (a 409 on create means the name exists) and audits each way itself.
     */
    public <T> Attempt<T> attempt(Supplier<CxoneAnswer<T>> call) {
        long started = System.nanoTime();
        try {
            CxoneAnswer<T> answer = call.get();
            return Answered.of(answer, Latency.millisSince(started));
        } catch (CxoneCallException e) {
            return new Refused<>(e, Latency.millisSince(started));
        }
    }

    /** Makes a read; only a failure is audited (under {@code action}), and thrown on. */
    public <T> T read(String action, @Nullable String ref, Supplier<T> call) {
        long started = System.nanoTime();
        try {
            return call.get();
        } catch (CxoneCallException e) {
            failed(action, ref, e, Latency.millisSince(started), Map.of());
            throw e;
        }
    }

    /**
     * Audits a call that succeeded, with its status and latency; a write CXone could not guard is marked
     * {@code "guarded": false}, so the audit shows where a concurrent change could have been overwritten, and what
     * CXone had no field for is named under {@code "notApplied"}, so the audit never claims more than was written.
     */
    public void succeeded(String action, @Nullable String ref, Answered<?> answered, Map<String, ?> details) {
        Map<String, ?> recorded = details;
        if (!answered.guarded() || answered.notApplied() != null) {
            Map<String, Object> marked = new LinkedHashMap<>(details);
            if (!answered.guarded()) {
                marked.put(UNGUARDED_KEY, false);
            }
            if (answered.notApplied() != null) {
                marked.put(NOT_APPLIED_KEY, answered.notApplied());
            }
            recorded = marked;
        }
        append(action, ref, AuditOutcome.SUCCESS, answered.httpStatus(), answered.latencyMillis(), recorded);
    }

    /** Audits a failed call: UNKNOWN when CXone may have acted on it, FAILED otherwise. */
    public void failed(String action, @Nullable String ref, CxoneCallException e, long latencyMillis, Map<String, ?> details) {
        Map<String, Object> withError = new LinkedHashMap<>(details);
        withError.put("operation", e.operation());
        withError.put("error", e.getMessage());
        AuditOutcome outcome = e instanceof CxoneOutcomeUnknownException ? AuditOutcome.UNKNOWN : AuditOutcome.FAILED;
        append(action, ref, outcome, e.httpStatus(), latencyMillis, withError);
    }

    /** Audits something that involved no call of its own (an intent, a plan, a skip, a rejection). */
    public void record(String action, @Nullable String ref, AuditOutcome outcome, Map<String, ?> details) {
        append(action, ref, outcome, null, null, details);
    }

    /** Audits an outcome that a call's status explains (e.g. a refusal that followed a 409). */
    public void record(String action, @Nullable String ref, AuditOutcome outcome, @Nullable Integer httpStatus,
            @Nullable Long latencyMillis, Map<String, ?> details) {
        append(action, ref, outcome, httpStatus, latencyMillis, details);
    }

    private void append(String action, @Nullable String ref, AuditOutcome outcome, @Nullable Integer httpStatus,
            @Nullable Long latencyMillis, Map<String, ?> details) {
        audit.append(new AuditEvent(clock.instant(), jobExecutionId, jobName, action, ref, outcome, httpStatus, latencyMillis,
                details));
    }
}
