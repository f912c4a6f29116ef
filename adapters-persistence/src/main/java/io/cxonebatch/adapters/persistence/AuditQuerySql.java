package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.audit.AuditQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SELECT for a compliance query: one condition per filter that is set, oldest first.
 * {@code from} is inclusive and {@code to} exclusive, so that consecutive periods neither overlap nor leave gaps.
 */
record AuditQuerySql(String sql, Map<String, Object> parameters) {

    static AuditQuerySql of(AuditQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
            parameters.put("from", Timestamps.toDatabase(query.from()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at < :to");
            parameters.put("to", Timestamps.toDatabase(query.to()));
        }
        if (query.jobExecutionId() != null) {
            conditions.add("job_execution_id = :jobExecutionId");
            parameters.put("jobExecutionId", query.jobExecutionId());
        }
        if (query.campaignRef() != null) {
            // The external key, the CXone id or the whole "key/id" reference: an officer knows one of them. The whole
            // reference is found through the key's index (its part before the last "/" is the stored key), so that
            // campaign_ref needs no index of its own.
            String ref = query.campaignRef();
            conditions.add("(campaign_key = :campaignRef OR campaign_id = :campaignRef"
                    + " OR (campaign_key = :campaignRefKey AND campaign_ref = :campaignRef))");
            parameters.put("campaignRef", ref);
            parameters.put("campaignRefKey", ref.lastIndexOf('/') > 0 ? ref.substring(0, ref.lastIndexOf('/')) : ref);
        }
        if (query.jobName() != null) {
            conditions.add("job_name = :jobName");
            parameters.put("jobName", query.jobName());
        }
        if (query.after() != null) {
            conditions.add("(occurred_at, id) > (:afterOccurredAt, :afterId)");
            parameters.put("afterOccurredAt", Timestamps.toDatabase(query.after().occurredAt()));
            parameters.put("afterId", query.after().id());
        }
        if (query.action() != null) {
            conditions.add("action = :action");
            parameters.put("action", query.action());
        }
        if (query.outcome() != null) {
            conditions.add("outcome = :outcome");
            parameters.put("outcome", query.outcome().name());
        }
        parameters.put("limit", query.limit());
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new AuditQuerySql("""
                SELECT id, occurred_at, job_execution_id, job_name, action, campaign_ref, outcome,
                       http_status, latency_ms, details::text AS details, hash
                FROM audit_event""" + where + " ORDER BY occurred_at, id LIMIT :limit", parameters);
    }
}
