package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.application.port.out.cxone.CxoneCapabilitiesPort;
import io.cxonebatch.domain.campaign.CampaignLimits;
import io.cxonebatch.domain.campaign.CampaignPlanEntry;
import io.cxonebatch.domain.campaign.CampaignPlanValidator;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.schedule.DstPolicy;
import io.cxonebatch.domain.validation.CellParser;
import io.cxonebatch.domain.validation.Validated;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Turns plan cells into checked campaign specs. Staged rows keep their cells, not their specs, so every step
 * checks a row with the same rules the validation step used; a row that no longer passes (the engine limits
 * changed between a crash and its restart) is rejected rather than provisioned against the new limits.
 */
public final class PlanRows {

    private final Supplier<CampaignPlanValidator> validator;

    public PlanRows(CampaignPlanValidator validator) {
        this.validator = () -> validator;
    }

    private PlanRows(Supplier<CampaignPlanValidator> validator) {
        this.validator = validator;
    }

    /**
     * Rows checked against the limits and against the windows the tenant's CXone can hold as a schedule. The
     * capabilities are asked at the first check, not here, so that wiring the job needs no CXone settings.
     */
    public static PlanRows forTenant(CampaignLimits limits, DstPolicy dstPolicy, CxoneCapabilitiesPort capabilities) {
        AtomicReference<CampaignPlanValidator> made = new AtomicReference<>();
        return new PlanRows(() -> made.updateAndGet(
                present -> present != null ? present : new CampaignPlanValidator(limits, dstPolicy, capabilities.scheduleShape())));
    }

    public Validated<CampaignSpec> check(long line, Map<String, String> cells) {
        return validator.get().validate(entry(line, cells));
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
