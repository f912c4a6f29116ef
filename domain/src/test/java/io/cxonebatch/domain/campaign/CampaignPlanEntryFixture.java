package io.cxonebatch.domain.campaign;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Campaign plan rows for tests: a valid row of each type, changed cell by cell with the plan's column names. */
final class CampaignPlanEntryFixture {

    private final Map<String, String> cells = new HashMap<>();
    private long lineNumber = 2;

    private CampaignPlanEntryFixture(String type) {
        with("external_key", "Q3-EAST");
        with("name", "Q3 Outreach East");
        with("type", type);
        with("description", "Lead qualification");
        with("skills", "OUTBOUND_SALES;QUALIFICATION");
        with("wrap_up_codes", "SALE;NO_INTEREST;CALLBACK");
        with("max_calls_per_day", "1000");
        with("timezone", "America/New_York");
        with("start_local", "2026-09-15T08:00");
        with("end_local", "2026-09-15T17:00");
        with("queue_id", "queue_abc123");
        with("activate", "false");
    }

    static CampaignPlanEntryFixture predictive() {
        return new CampaignPlanEntryFixture("PREDICTIVE")
                .with("abandon_threshold", "0.03")
                .with("predictive_rate", "1.25")
                .with("max_concurrent_calls", "50")
                .with("target_list_id", "list_123");
    }

    static CampaignPlanEntryFixture preview() {
        return new CampaignPlanEntryFixture("PREVIEW")
                .with("contact_list_id", "cl_9")
                .with("agent_count", "5");
    }

    static CampaignPlanEntryFixture progressive() {
        return new CampaignPlanEntryFixture("PROGRESSIVE");
    }

    /** Sets a cell; the column must be one the campaign plan knows. */
    CampaignPlanEntryFixture with(String column, @Nullable String value) {
        if (!CampaignPlanEntry.LAYOUT.columns().contains(column)) {
            throw new IllegalArgumentException("campaign plan has no column " + column);
        }
        cells.put(column, value);
        return this;
    }

    CampaignPlanEntryFixture without(String column) {
        return with(column, null);
    }

    CampaignPlanEntryFixture atLine(long line) {
        this.lineNumber = line;
        return this;
    }

    CampaignPlanEntry build() {
        return CampaignPlanEntry.fromCells(lineNumber, cells::get);
    }
}
