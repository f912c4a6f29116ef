package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.ItemResult;
import io.cxonebatch.application.kit.RowRejection;
import io.cxonebatch.application.kit.StepTally;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.port.out.staging.StageItemsPort;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.application.provisioning.ProvisioningStage;
import io.cxonebatch.application.provisioning.port.in.CheckConflictsUseCase;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignScheduleChecker;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.schedule.ConflictScope;
import io.cxonebatch.domain.validation.Validated;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Books the windows of CXone's ACTIVE and SCHEDULED campaigns (every page), then claims each PENDING row's window in
 * line order; a row whose window clashes, on the same queue or list (or anywhere, with {@link ConflictScope#ANY}),
 * is rejected naming what it clashes with. A campaign this project created for a row's key never clashes with that
 * row, so a re-run does not reject its own campaigns. Rows whose campaign the registry already knows are past this
 * check (their campaign exists) and are never rejected, though their windows still count against the rows after
 * them; CXone is read only once a row new to it comes up, so a re-run of known rows does not read it at all.
 */
public final class ConflictCheckService implements CheckConflictsUseCase {

    private final PendingRows pending;
    private final StageItemsPort staging;
    private final ListCampaignsPort campaigns;
    private final LoadKnownCampaignPort known;
    private final AppendAuditEventsPort audit;
    private final Clock clock;

    public ConflictCheckService(PlanRows rows, StageItemsPort staging, ListCampaignsPort campaigns, LoadKnownCampaignPort known,
            AppendAuditEventsPort audit, Clock clock) {
        this.pending = new PendingRows(rows, staging, known);
        this.staging = staging;
        this.campaigns = campaigns;
        this.known = known;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ConflictCheck check(long runId, long jobExecutionId, ConflictScope scope) {
        CampaignScheduleChecker checker = new CampaignScheduleChecker(scope);
        boolean[] booked = {false};
        long[] counts = {0, 0, 0}; // read, rejected, pending previews
        pending.forEachBatch(runId, batch -> {
            List<ItemResult> rejected = new ArrayList<>();
            List<AuditEvent> events = new ArrayList<>();
            for (PendingRows.PendingRow row : batch) {
                counts[0]++;
                String label = PlanRows.label(row.row());
                if (row.inCxoneAlready()) {
                    // Its campaign exists, so the row is past this check, but its window still holds against later rows.
                    row.spec().flatMap(spec -> checker.claim(spec, label));
                    counts[2] += isPreview(row.spec()) ? 1 : 0;
                    continue;
                }
                if (!booked[0]) {
                    // Only a row new to CXone needs CXone's windows; a plan of known rows never reads them.
                    bookExistingCampaigns(checker);
                    booked[0] = true;
                }
                Validated<CampaignSpec> claimed = row.spec().flatMap(spec -> checker.claim(spec, label));
                if (claimed instanceof Validated.Valid<CampaignSpec>) {
                    counts[2] += isPreview(claimed) ? 1 : 0;
                    continue;
                }
                rejected.add(ItemResult.rejected(row.row().key(), ProvisioningStage.CONFLICTS.name(), claimed.violations()));
                events.add(RowRejection.event(ProvisioningJob.NAME, clock.instant(), jobExecutionId, row.row().key(), row.row().ref(),
                        ProvisioningStage.CONFLICTS, claimed.violations()));
            }
            if (!rejected.isEmpty()) {
                staging.settle(runId, rejected);
                audit.append(events);
                counts[1] += rejected.size();
            }
        });
        return new ConflictCheck(new StepTally(counts[0], counts[1]), counts[2]);
    }

    private static boolean isPreview(Validated<CampaignSpec> spec) {
        return spec instanceof Validated.Valid<CampaignSpec> valid && valid.value().type() == CampaignType.PREVIEW;
    }

    /**
     * Books every scheduled campaign CXone lists, each attributed to the key this project created it for (when it
     * did), so that a row never clashes with its own campaign.
     */
    private void bookExistingCampaigns(CampaignScheduleChecker checker) {
        campaigns.forEachCampaignPage(page -> {
            List<RemoteCampaign> scheduled = page.stream()
                    .filter(campaign -> campaign.window() != null && campaign.status().holdsSchedule())
                    .toList();
            // One registry query per page of up to 1,000 campaigns, not one per campaign.
            Map<CampaignId, KnownCampaign> createdHere = known.findByCampaignIds(scheduled.stream().map(RemoteCampaign::id).toList());
            for (RemoteCampaign campaign : scheduled) {
                KnownCampaign entry = createdHere.get(campaign.id());
                checker.addExisting(campaign.id(), campaign.name(), campaign.status(), campaign.window(),
                        campaign.queueId(), campaign.targetListId(), entry == null ? null : entry.externalKey());
            }
        });
    }
}
