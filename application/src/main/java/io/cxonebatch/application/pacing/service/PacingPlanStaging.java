package io.cxonebatch.application.pacing.service;

import io.cxonebatch.application.kit.InputLine;
import io.cxonebatch.application.kit.NewItem;
import io.cxonebatch.application.kit.StepTally;
import io.cxonebatch.application.kit.campaigns.CampaignReference;
import io.cxonebatch.application.kit.staging.InputStaging;
import io.cxonebatch.application.pacing.PacingJob;
import io.cxonebatch.application.pacing.PacingStage;
import io.cxonebatch.application.pacing.port.in.StagePacingPlanUseCase;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.staging.StageItemsPort;
import io.cxonebatch.domain.pacing.PacingPlanEntry;
import io.cxonebatch.domain.validation.CellParser;
import io.cxonebatch.domain.validation.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a pacing plan's lines as they stream by and stages them a thousand at a time, auditing every rejection.
 * A row must name a campaign the registry knows and CXone has an id for, and each campaign may be changed by one row
 * only: two rows for one campaign would race each other's update. Rows are staged under the campaign's external key,
 * however they named it.
 */
public final class PacingPlanStaging implements StagePacingPlanUseCase {

    static final String DUPLICATE_CAMPAIGN = "DUPLICATE_CAMPAIGN";

    private final PacingRows rows;
    private final LoadKnownCampaignPort registry;
    private final StageItemsPort staging;
    private final AppendAuditEventsPort audit;
    private final Clock clock;

    public PacingPlanStaging(PacingRows rows, LoadKnownCampaignPort registry, StageItemsPort staging,
            AppendAuditEventsPort audit, Clock clock) {
        this.rows = rows;
        this.registry = registry;
        this.staging = staging;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public StepTally stage(long runId, long jobExecutionId, Iterator<InputLine> lines) {
        Map<String, Long> firstLineOfCampaign = new HashMap<>();
        return new InputStaging(staging, audit, clock, PacingJob.NAME, PacingStage.VALIDATION)
                .stage(runId, jobExecutionId, lines, line -> check(line, firstLineOfCampaign));
    }

    private NewItem check(InputLine line, Map<String, Long> firstLineOfCampaign) {
        List<Violation> violations = new ArrayList<>();
        Map<String, String> cells = line.storableCells(violations);
        violations.addAll(rows.check(line.line(), cells).violations());
        String written = CellParser.optional(cells.get(PacingPlanEntry.CAMPAIGN));
        String ref = written;
        if (written != null) {
            CampaignReference campaign = CampaignReference.lookUp(registry, written);
            ref = campaign.ref();
            Optional<Violation> problem = campaign.problem(PacingPlanEntry.CAMPAIGN);
            problem.ifPresent(violations::add);
            Long first = problem.isPresent() ? null : firstLineOfCampaign.putIfAbsent(ref, line.line());
            if (first != null) {
                violations.add(Violation.of(DUPLICATE_CAMPAIGN, PacingPlanEntry.CAMPAIGN, "campaign " + written
                        + " is already changed by line " + first + " of this plan; one row per campaign"));
            }
        }
        return new NewItem(line.line(), ref, cells, violations.isEmpty() ? null : PacingStage.VALIDATION.name(), violations);
    }
}
