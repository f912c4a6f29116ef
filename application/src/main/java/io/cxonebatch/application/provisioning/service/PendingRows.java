package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.staging.StageItemsPort;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.validation.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Walks a run's PENDING rows in line order, a thousand at a time, each with its checked spec and what the registry
 * knows of its key (one registry query per batch, not per row). Shared by the steps before provisioning.
 */
final class PendingRows {

    static final int BATCH = 1_000;

    /** One pending row, checked, with the registry's entry for its key when there is one. */
    record PendingRow(StagedItem row, Validated<CampaignSpec> spec, @Nullable KnownCampaign known) {

        /** The registry knows a CXone campaign for the row's key: it was created (or adopted) already. */
        boolean inCxoneAlready() {
            return known != null && known.campaignId() != null;
        }

        @Nullable CampaignSpec validSpec() {
            return spec instanceof Validated.Valid<CampaignSpec> valid ? valid.value() : null;
        }
    }

    private final PlanRows rows;
    private final StageItemsPort staging;
    private final LoadKnownCampaignPort registry;

    PendingRows(PlanRows rows, StageItemsPort staging, LoadKnownCampaignPort registry) {
        this.rows = rows;
        this.staging = staging;
        this.registry = registry;
    }

    void forEachBatch(long runId, Consumer<List<PendingRow>> consumer) {
        staging.forEach(runId, Set.of(ItemStatus.PENDING), BATCH, batch -> consumer.accept(resolve(batch)));
    }

    private List<PendingRow> resolve(List<StagedItem> batch) {
        List<ExternalKey> keys = new ArrayList<>();
        List<Validated<CampaignSpec>> checked = new ArrayList<>(batch.size());
        for (StagedItem row : batch) {
            Validated<CampaignSpec> spec = rows.check(row);
            checked.add(spec);
            if (spec instanceof Validated.Valid<CampaignSpec> valid) {
                keys.add(valid.value().externalKey());
            }
        }
        Map<ExternalKey, KnownCampaign> known = registry.findByExternalKeys(keys);
        List<PendingRow> resolved = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Validated<CampaignSpec> spec = checked.get(i);
            KnownCampaign entry = spec instanceof Validated.Valid<CampaignSpec> valid ? known.get(valid.value().externalKey()) : null;
            resolved.add(new PendingRow(batch.get(i), spec, entry));
        }
        return resolved;
    }
}
