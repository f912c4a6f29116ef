package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.port.out.plan.PlanRow;
import io.cxonebatch.domain.campaign.CampaignPlanEntry;
import io.cxonebatch.domain.campaign.CampaignPlanValidator;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.validation.Validated;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns plan cells into checked campaign specs. Staged rows keep their cells, not their specs, so every step
 * checks a row with the same rules the validation step used; a row that no longer passes (the engine limits
 * changed between a crash and its restart) is rejected rather than provisioned against the new limits.
 */
final class PlanRowSpecs {

    private final CampaignPlanValidator validator;

    PlanRowSpecs(CampaignPlanValidator validator) {
        this.validator = validator;
    }

    Validated<CampaignSpec> check(long line, Map<String, String> cells) {
        return validator.validate(entry(line, cells));
    }

    Validated<CampaignSpec> check(PlanRow row) {
        return check(row.line(), row.cells());
    }

    static CampaignPlanEntry entry(long line, Map<String, String> cells) {
        return CampaignPlanEntry.fromCells(line, column -> blankToNull(cells.get(column)));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
