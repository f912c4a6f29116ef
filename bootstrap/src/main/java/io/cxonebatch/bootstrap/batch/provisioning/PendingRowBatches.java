package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.plan.PlanRow;
import io.cxonebatch.application.port.out.plan.PlanRowStatus;
import io.cxonebatch.application.port.out.plan.StagePlanRowsPort;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.validation.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Walks a run's PENDING rows in line order, a thousand at a time, each with its checked spec and what the registry
 * knows of its key (one registry query per batch, not per row). Shared by the steps before provisioning.
 */
final class PendingRowBatches {

    private static final int BATCH = 1_000;

    /** One pending row, checked, with the registry's entry for its key when there is one. */
    record PendingRow(PlanRow row, Validated<CampaignSpec> spec, @Nullable KnownCampaign known) {

        /** The registry knows a CXone campaign for the row's key: it was created (or adopted) already. */
        boolean inCxoneAlready() {
            return known != null && known.campaignId() != null;
        }
    }

    private final PlanRowSpecs specs;
    private final StagePlanRowsPort rows;
    private final LoadKnownCampaignPort registry;

    PendingRowBatches(PlanRowSpecs specs, StagePlanRowsPort rows, LoadKnownCampaignPort registry) {
        this.specs = specs;
        this.rows = rows;
        this.registry = registry;
    }

    void forEachBatch(long runId, Consumer<List<PendingRow>> consumer) {
        List<PlanRow> batch = new ArrayList<>(BATCH);
        rows.forEachRow(runId, List.of(PlanRowStatus.PENDING), row -> {
            batch.add(row);
            if (batch.size() == BATCH) {
                consumer.accept(resolve(batch));
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            consumer.accept(resolve(batch));
        }
    }

    private List<PendingRow> resolve(List<PlanRow> batch) {
        List<ExternalKey> keys = new ArrayList<>();
        List<Validated<CampaignSpec>> checked = new ArrayList<>(batch.size());
        for (PlanRow row : batch) {
            Validated<CampaignSpec> spec = specs.check(row);
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
