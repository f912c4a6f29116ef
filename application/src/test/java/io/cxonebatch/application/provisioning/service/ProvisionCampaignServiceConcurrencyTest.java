package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.FakeRegistry;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.application.port.out.campaigns.LoadKnownCampaignPort;
import io.cxonebatch.application.port.out.campaigns.SaveKnownCampaignPort;
import io.cxonebatch.application.port.out.cxone.ActivateCampaignPort;
import io.cxonebatch.application.port.out.cxone.AttachDialerRulePort;
import io.cxonebatch.application.port.out.cxone.ConfigurePreviewPort;
import io.cxonebatch.application.port.out.cxone.CountActivePreviewCampaignsPort;
import io.cxonebatch.application.port.out.cxone.CreateCampaignPort;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.LoadCampaignPort;
import io.cxonebatch.application.port.out.cxone.LoadOutboundSettingsPort;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.application.port.out.cxone.OutboundSettings;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.provisioning.port.in.ActivationOutcome;
import io.cxonebatch.application.provisioning.port.in.ProvisionCampaignCommand;
import io.cxonebatch.application.provisioning.port.in.ProvisioningResult;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignSpec;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.DialerRule;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.campaign.PreviewSettings;
import io.cxonebatch.domain.pacing.EngineLimits;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The provisioning job calls the service from several threads at once, one plan row each. */
class ProvisionCampaignServiceConcurrencyTest {

    private static final int ROWS = 8;
    private static final Instant NOW = Instant.parse("2026-09-15T12:00:00Z");
    private static final ScheduleWindow WINDOW = ScheduleWindow.of(ZoneId.of("America/New_York"),
            Instant.parse("2026-09-16T12:00:00Z"), Instant.parse("2026-09-16T21:00:00Z"));

    private final SharedTenant cxone = new SharedTenant(ROWS);
    private final FakeRegistry registry = new FakeRegistry();
    private final Queue<AuditEvent> audit = new ConcurrentLinkedQueue<>();
    private final ProvisionCampaignService service = new ProvisionCampaignService(CxoneCampaignPorts.of(cxone),
            KnownCampaignPorts.of(registry), audit::addAll, EngineLimits.defaults(),
            new ActivationPolicy(Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(5), duration -> {
                throw new AssertionError("the first poll after activation already answers ACTIVE");
            }),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static CampaignSpec row(int n) {
        return new CampaignSpec(ExternalKey.of("K-" + n), "Outreach K-" + n, CampaignType.PREDICTIVE, null, List.of("SALES"),
                List.of("SALE"), 1000, WINDOW, "queue-1", new DialerRule(0.03, 1.25, 50, "list-" + n), null, true, List.of());
    }

    @Test
    void rowsProvisionedAtTheSameTimeEachKeepTheirOwnCampaignChangesAndAudit() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(ROWS);
        List<Future<ProvisioningResult>> futures = new ArrayList<>();
        try {
            for (int n = 0; n < ROWS; n++) {
                ProvisionCampaignCommand command = new ProvisionCampaignCommand(row(n), (long) n, false);
                futures.add(threads.submit(() -> service.provision(command)));
            }
            for (int n = 0; n < ROWS; n++) {
                ProvisioningResult result = futures.get(n).get(10, TimeUnit.SECONDS);
                String key = "K-" + n;
                String list = "list-" + n;

                assertThat(result.status()).isEqualTo(ItemStatus.DONE);
                assertThat(result.activation()).isEqualTo(ActivationOutcome.ACTIVE);
                assertThat(result.externalKey()).isEqualTo(ExternalKey.of(key));
                CampaignId id = result.campaignId();
                assertThat(cxone.campaigns.get(id).name()).isEqualTo("Outreach " + key);
                assertThat(cxone.campaigns.get(id).targetListId()).isEqualTo(list);
                assertThat(result.changes()).hasSize(4).anySatisfy(c -> assertThat(c).contains("'Outreach " + key + "'"))
                        .anySatisfy(c -> assertThat(c).contains(list)).contains("campaign is ACTIVE");
                KnownCampaign known = registry.byKey.get(ExternalKey.of(key));
                assertThat(known.campaignId()).isEqualTo(id);
                assertThat(known.targetListId()).isEqualTo(list);
                assertThat(known.status()).isEqualTo(CampaignStatus.ACTIVE);
                long execution = n;
                assertThat(audit).filteredOn(e -> e.jobExecutionId() == execution && e.outcome() != AuditOutcome.INTENDED).hasSize(4)
                        .allSatisfy(e -> assertThat(e.campaignRef()).isEqualTo(key + "/" + id));
                assertThat(audit).filteredOn(e -> e.jobExecutionId() == execution && e.outcome() == AuditOutcome.INTENDED).hasSize(3);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(cxone.campaigns).hasSize(ROWS);
        assertThat(cxone.listed).hasValue(0);
    }

    @Test
    void previewActivationsOfConcurrentRowsNeverTogetherPassTheLicensedLimit() throws Exception {
        SharedTenant tenant = new SharedTenant(2);
        ProvisionCampaignService licensedForOne = new ProvisionCampaignService(CxoneCampaignPorts.of(tenant),
                KnownCampaignPorts.of(new FakeRegistry()), audit::addAll, EngineLimits.defaults().withMaxConcurrentPreviews(1),
                new ActivationPolicy(Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(5), duration -> {
                    throw new AssertionError("the first poll after activation already answers ACTIVE");
                }),
                Clock.fixed(NOW, ZoneOffset.UTC));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<ProvisioningResult>> results = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                CampaignSpec preview = new CampaignSpec(ExternalKey.of("P-" + n), "Preview P-" + n, CampaignType.PREVIEW, null,
                        List.of("SALES"), List.of(), null, WINDOW, "queue-" + n, null, new PreviewSettings("list-" + n, null, 3),
                        true, List.of());
                results.add(threads.submit(() -> licensedForOne.provision(new ProvisionCampaignCommand(preview, 1L, false))));
            }
            List<ActivationOutcome> activations = new ArrayList<>();
            for (Future<ProvisioningResult> result : results) {
                activations.add(result.get(10, TimeUnit.SECONDS).activation());
            }

            assertThat(activations).containsExactlyInAnyOrder(ActivationOutcome.ACTIVE, ActivationOutcome.REFUSED);
            assertThat(tenant.campaigns.values()).filteredOn(c -> c.status() == CampaignStatus.ACTIVE).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * A tenant safe for several threads. Every create waits until all rows are creating, so the calls surely
     * overlap; a service that let one call's state leak into another would mix the rows up.
     */
    private static final class SharedTenant implements CreateCampaignPort, ListCampaignsPort, LoadCampaignPort,
            AttachDialerRulePort, LoadOutboundSettingsPort, ConfigurePreviewPort, CountActivePreviewCampaignsPort,
            ActivateCampaignPort {

        final Map<CampaignId, RemoteCampaign> campaigns = new ConcurrentHashMap<>();
        private final CyclicBarrier allCreating;
        private final CyclicBarrier allCounting;
        final AtomicInteger listed = new AtomicInteger();

        SharedTenant(int rows) {
            this.allCreating = new CyclicBarrier(rows);
            this.allCounting = new CyclicBarrier(rows);
        }

        @Override
        public CxoneAnswer<CampaignId> createCampaign(NewCampaign campaign) {
            try {
                allCreating.await(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the rows did not all reach the create call together", e);
            }
            CampaignId id = CampaignId.of("camp-" + campaign.name().substring(campaign.name().indexOf(' ') + 1));
            campaigns.put(id, new RemoteCampaign(id, campaign.name(), campaign.type(), CampaignStatus.DRAFT, campaign.window(),
                    campaign.queueId(), null, 1));
            return new CxoneAnswer<>(id, 201);
        }

        /** One page holds the whole tenant. */
        @Override
        public Page<RemoteCampaign> campaignPage(@Nullable PageCursor cursor) {
            listed.incrementAndGet();
            return Page.last(List.copyOf(campaigns.values()));
        }

        @Override
        public RemoteCampaign loadCampaign(CampaignId id) {
            // Activation completes by the first poll.
            return campaigns.computeIfPresent(id, (k, c) -> c.status() != CampaignStatus.ACTIVATING ? c
                    : new RemoteCampaign(c.id(), c.name(), c.type(), CampaignStatus.ACTIVE, c.window(), c.queueId(), c.targetListId(), c.version()));
        }

        @Override
        public CxoneAnswer<String> attachDialerRule(CampaignId campaignId, DialerRule rule) {
            campaigns.computeIfPresent(campaignId, (k, c) -> new RemoteCampaign(c.id(), c.name(), c.type(), c.status(), c.window(),
                    c.queueId(), rule.targetListId(), c.version() + 1));
            return new CxoneAnswer<>("rule-" + campaignId.value(), 201);
        }

        @Override
        public OutboundSettings loadOutboundSettings(CampaignId id) {
            return new OutboundSettings(id, campaigns.get(id).name(), null, null, 1);
        }

        @Override
        public CxoneAnswer<Long> configurePreview(CampaignId id, String name, PreviewSettings settings, long expectedVersion) {
            return new CxoneAnswer<>(expectedVersion + 1, 200);
        }

        /** Counts ACTIVE preview campaigns, as CXone does, after waiting (briefly) for every row to be counting. */
        @Override
        public int countActivePreviewCampaigns() {
            try {
                allCounting.await(300, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // Alone at the count: the other row is kept out, which is what serialised activations look like.
            }
            return (int) campaigns.values().stream()
                    .filter(c -> c.type() == CampaignType.PREVIEW && c.status() == CampaignStatus.ACTIVE).count();
        }

        @Override
        public CxoneAnswer<Void> activateCampaign(CampaignId id) {
            campaigns.computeIfPresent(id, (k, c) -> new RemoteCampaign(c.id(), c.name(), c.type(), CampaignStatus.ACTIVATING,
                    c.window(), c.queueId(), c.targetListId(), c.version()));
            return CxoneAnswer.of(202);
        }
    }
}
