package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.ItemResult;
import io.cxonebatch.application.kit.RowRejection;
import io.cxonebatch.application.kit.StepTally;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.cxone.CheckContactListPort;
import io.cxonebatch.application.port.out.staging.StageItemsPort;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.application.provisioning.ProvisioningStage;
import io.cxonebatch.application.provisioning.port.in.PreflightContactListsUseCase;
import io.cxonebatch.domain.campaign.CampaignPlanEntry;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.validation.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks, before the first change in CXone, that the contact lists a plan's rows name exist, asking CXone once
 * per distinct list. Without it a row naming a missing list would create its campaign and then fail on the dialer
 * rule, leaving a half-made campaign in the tenant.
 */
public final class ContactListPreflight implements PreflightContactListsUseCase {

    public static final String LIST_NOT_FOUND = "CONTACT_LIST_NOT_FOUND";

    private final CheckContactListPort lists;
    private final PendingRows pending;
    private final StageItemsPort staging;
    private final AppendAuditEventsPort audit;
    private final Clock clock;

    public ContactListPreflight(CheckContactListPort lists, PlanRows rows, StageItemsPort staging, LoadKnownCampaignPort known,
            AppendAuditEventsPort audit, Clock clock) {
        this.lists = Objects.requireNonNull(lists, "lists");
        this.pending = new PendingRows(rows, staging, known);
        this.staging = staging;
        this.audit = audit;
        this.clock = clock;
    }

    /** Rows whose campaign the registry already shows wired to its list need no check. */
    @Override
    public StepTally check(long runId, long jobExecutionId) {
        Set<String> toCheck = new LinkedHashSet<>();
        long[] read = {0};
        pending.forEachBatch(runId, batch -> batch.forEach(row -> {
            read[0]++;
            CampaignSpec spec = row.validSpec();
            if (spec != null) {
                listToCheck(spec, row.known()).ifPresent(toCheck::add);
            }
        }));
        Set<String> missing = missing(toCheck);
        return new StepTally(read[0], missing.isEmpty() ? 0 : reject(runId, jobExecutionId, missing));
    }

    private long reject(long runId, long jobExecutionId, Set<String> missing) {
        long[] rejectedCount = {0};
        pending.forEachBatch(runId, batch -> {
            List<ItemResult> rejected = new ArrayList<>();
            List<AuditEvent> events = new ArrayList<>();
            for (PendingRows.PendingRow row : batch) {
                CampaignSpec spec = row.validSpec();
                if (spec != null && listToCheck(spec, row.known()).filter(missing::contains).isPresent()) {
                    List<Violation> violations = List.of(missingList(spec));
                    rejected.add(ItemResult.rejected(row.row().key(), ProvisioningStage.PREFLIGHT.name(), violations));
                    events.add(RowRejection.event(ProvisioningJob.NAME, clock.instant(), jobExecutionId, row.row().key(), row.row().ref(),
                            ProvisioningStage.PREFLIGHT, violations));
                }
            }
            if (!rejected.isEmpty()) {
                staging.settle(runId, rejected);
                audit.append(events);
                rejectedCount[0] += rejected.size();
            }
        });
        return rejectedCount[0];
    }

    /**
     * The list a row needs checked: the one it dials, unless the registry records its campaign as already wired to
     * that list (the list existed then, and nothing will be sent for it).
     */
    static Optional<String> listToCheck(CampaignSpec spec, @Nullable KnownCampaign known) {
        String listId = spec.dialledListId();
        if (listId == null) {
            return Optional.empty();
        }
        boolean wired = known != null && known.campaignId() != null && listId.equals(known.targetListId());
        return wired ? Optional.empty() : Optional.of(listId);
    }

    /** The lists among these that CXone answers it does not have; each is asked once. */
    Set<String> missing(Collection<String> listIds) {
        Set<String> missing = new LinkedHashSet<>();
        for (String listId : new LinkedHashSet<>(listIds)) {
            if (!lists.contactListExists(listId)) {
                missing.add(listId);
            }
        }
        return missing;
    }

    /** Why a row naming a list CXone does not have is rejected, on the column that named it. */
    static Violation missingList(CampaignSpec spec) {
        String column = spec.type() == CampaignType.PREVIEW ? CampaignPlanEntry.CONTACT_LIST_ID : CampaignPlanEntry.TARGET_LIST_ID;
        return Violation.of(LIST_NOT_FOUND, column, column + " '" + spec.dialledListId()
                + "' does not exist in CXone (checked before any change was made)");
    }
}
