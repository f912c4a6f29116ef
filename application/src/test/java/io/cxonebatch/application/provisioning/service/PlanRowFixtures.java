package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.domain.campaign.CampaignPlanValidator;
import io.cxonebatch.domain.pacing.EngineLimits;
import io.cxonebatch.domain.schedule.DstPolicy;
import java.util.LinkedHashMap;
import java.util.Map;

/** Plan rows for tests, as the cells of a file: a valid row of each type, to change cell by cell. */
final class PlanRowFixtures {

    private PlanRowFixtures() {
    }

    static PlanRows planRows() {
        return new PlanRows(new CampaignPlanValidator(EngineLimits.defaults(), DstPolicy.SHIFT));
    }

    static Map<String, String> predictive(String key, String queue, String start, String end) {
        Map<String, String> cells = common(key, "PREDICTIVE", queue, start, end);
        cells.put("abandon_threshold", "0.03");
        cells.put("predictive_rate", "1.25");
        cells.put("max_concurrent_calls", "50");
        cells.put("target_list_id", "list-" + key);
        return cells;
    }

    static Map<String, String> preview(String key, String queue, String start, String end) {
        Map<String, String> cells = common(key, "PREVIEW", queue, start, end);
        cells.put("contact_list_id", "cl-" + key);
        cells.put("agent_count", "5");
        return cells;
    }

    private static Map<String, String> common(String key, String type, String queue, String start, String end) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("external_key", key);
        cells.put("name", "Campaign " + key);
        cells.put("type", type);
        cells.put("skills", "OUTBOUND_SALES");
        cells.put("wrap_up_codes", "SALE");
        cells.put("timezone", "America/New_York");
        cells.put("start_local", start);
        cells.put("end_local", end);
        cells.put("queue_id", queue);
        cells.put("activate", "false");
        return cells;
    }
}
