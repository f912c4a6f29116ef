package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.InputLine;
import io.cxonebatch.application.kit.NewItem;
import io.cxonebatch.application.provisioning.ProvisioningStage;
import io.cxonebatch.domain.campaign.CampaignPlanEntry;
import io.cxonebatch.domain.validation.CellParser;
import io.cxonebatch.domain.validation.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of one plan's lines as they are read, in file order: the domain's rules for each row, and what only the
 * whole plan shows (a key or a name used twice, a row of the wrong shape, a NUL character). Holds only the keys and
 * names seen so far, so a plan of any length streams through it. One per run; not thread-safe.
 */
final class PlanLineCheck {

    static final String DUPLICATE_EXTERNAL_KEY = "DUPLICATE_EXTERNAL_KEY";
    static final String DUPLICATE_NAME = "DUPLICATE_NAME";

    private final PlanRows rows;
    private final Map<String, Long> firstLineOfKey = new HashMap<>();
    private final Map<String, Long> firstLineOfName = new HashMap<>();

    PlanLineCheck(PlanRows rows) {
        this.rows = rows;
    }

    /** The line as it is to be staged: PENDING when it breaks no rule, else REJECTED with every reason. */
    NewItem check(InputLine line) {
        List<Violation> violations = new ArrayList<>();
        Map<String, String> cells = line.storableCells(violations);
        violations.addAll(rows.check(line.line(), cells).violations());
        String key = CellParser.optional(cells.get(CampaignPlanEntry.EXTERNAL_KEY));
        if (key != null) {
            Long first = firstLineOfKey.putIfAbsent(key, line.line());
            if (first != null) {
                violations.add(Violation.of(DUPLICATE_EXTERNAL_KEY, CampaignPlanEntry.EXTERNAL_KEY,
                        "external_key " + key + " is already used on line " + first + " of this plan"));
            }
        }
        String name = CellParser.optional(cells.get(CampaignPlanEntry.NAME));
        if (name != null) {
            // Names are unique in the tenant: a second row of the same name would adopt the first row's campaign.
            Long first = firstLineOfName.putIfAbsent(name, line.line());
            if (first != null) {
                violations.add(Violation.of(DUPLICATE_NAME, CampaignPlanEntry.NAME,
                        "name '" + name + "' is already used on line " + first + " of this plan"));
            }
        }
        return new NewItem(line.line(), key, cells, violations.isEmpty() ? null : ProvisioningStage.VALIDATION.name(), violations);
    }
}
