package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.domain.campaign.CampaignPlanEntry;
import io.cxonebatch.domain.campaign.CampaignPlanValidator;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.validation.CellParser;
import io.cxonebatch.domain.validation.Validated;
import java.util.Map;

/**
 * Turns plan cells into checked campaign specs. Staged rows keep their cells, not their specs, so every step
 * checks a row with the same rules the validation step used; a row that no longer passes (the engine limits
 * changed between a crash and its restart) is rejected rather than provisioned against the new limits.
 */
public final class PlanRows {

    private final CampaignPlanValidator validator;

    public PlanRows(CampaignPlanValidator validator) {
        this.validator = validator;
    }

    public Validated<CampaignSpec> check(long line, Map<String, String> cells) {
        return validator.validate(entry(line, cells));
    }

    Validated<CampaignSpec> check(StagedItem row) {
        return check(row.key(), row.fields());
    }

    static CampaignPlanEntry entry(long line, Map<String, String> cells) {
        return CampaignPlanEntry.fromCells(line, column -> CellParser.optional(cells.get(column)));
    }

    /** How a row is named in messages: its key and line, as the domain's entry words it. */
    static String label(StagedItem row) {
        return entry(row.key(), row.fields()).label();
    }
}
