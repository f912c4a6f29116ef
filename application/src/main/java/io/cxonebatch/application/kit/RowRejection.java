package io.cxonebatch.application.kit;

import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.domain.validation.Violation;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The audit record of a rejected row of any job's input file (a campaign plan, a pacing plan, a roster): which job,
 * which line, which key, which step, and every reason. One action for all, so that an officer finds every rejected
 * row with one query.
 */
public final class RowRejection {

    public static final String ACTION = "PLAN_ROW_REJECTED";

    private RowRejection() {
    }

    /**
     * @param ref what people call the row (a plan's external key, a roster's campaign), or null
     * @param stage the job's step that rejected it
     */
    public static AuditEvent event(String jobName, Instant at, long jobExecutionId, long line, @Nullable String ref,
            Enum<?> stage, List<Violation> violations) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("line", line);
        details.put("stage", stage.name());
        details.put("violations", violations.stream().map(v -> Map.of("code", v.code(), "field", v.field(),
                "message", v.message())).toList());
        return new AuditEvent(at, jobExecutionId, jobName, ACTION, ref, AuditOutcome.REJECTED, null, null, details);
    }
}
