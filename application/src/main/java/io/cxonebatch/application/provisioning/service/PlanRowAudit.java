package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.application.provisioning.ProvisioningStage;
import io.cxonebatch.domain.validation.Violation;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The audit record of a rejected plan row: which line, which key, which step, and every reason. */
final class PlanRowAudit {

    static final String ROW_REJECTED = "PLAN_ROW_REJECTED";

    private PlanRowAudit() {
    }

    static AuditEvent rejected(Instant at, long jobExecutionId, long line, @Nullable String externalKey,
            ProvisioningStage stage, List<Violation> violations) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("line", line);
        details.put("stage", stage.name());
        details.put("violations", violations.stream().map(v -> Map.of("code", v.code(), "field", v.field(),
                "message", v.message())).toList());
        return new AuditEvent(at, jobExecutionId, ProvisioningJob.NAME, ROW_REJECTED, externalKey, AuditOutcome.REJECTED,
                null, null, details);
    }
}
