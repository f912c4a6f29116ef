package io.cxonebatch.application.provisioning.service;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.ActivateCampaignPort;
import io.cxonebatch.application.port.out.cxone.AttachDialerRulePort;
import io.cxonebatch.application.port.out.cxone.CampaignNameTakenException;
import io.cxonebatch.application.port.out.cxone.ConfigurePreviewPort;
import io.cxonebatch.application.port.out.cxone.CountActivePreviewCampaignsPort;
import io.cxonebatch.application.port.out.cxone.CreateCampaignPort;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneCallException;
import io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.LoadCampaignPort;
import io.cxonebatch.application.port.out.cxone.LoadOutboundSettingsPort;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.application.port.out.cxone.OutboundSettings;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.port.out.cxone.StaleVersionException;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.DialerRule;
import io.cxonebatch.domain.campaign.PreviewSettings;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An in-memory CXone tenant that counts every call and can be told to fail. As strict as the contract: only the
 * listing reports a campaign's dialer rule ({@code targetListId}); a read by id does not.
 */
final class FakeCxone implements CreateCampaignPort, ListCampaignsPort, LoadCampaignPort, AttachDialerRulePort,
        LoadOutboundSettingsPort, ConfigurePreviewPort, CountActivePreviewCampaignsPort, ActivateCampaignPort {

    final Map<CampaignId, RemoteCampaign> campaigns = new LinkedHashMap<>();
    final List<String> calls;
    final Map<String, CxoneCallException> failures = new HashMap<>();
    /** Failures for only the next calls of a kind, after which that call behaves again; see {@link #failNext}. */
    private final Map<String, Deque<CxoneCallException>> nextFailures = new HashMap<>();
    final Deque<CampaignStatus> statusesAfterActivation = new ArrayDeque<>();
    final List<NewCampaign> created = new ArrayList<>();
    final List<DialerRule> attachedRules = new ArrayList<>();
    final List<Long> configureVersions = new ArrayList<>();
    int staleAnswersLeft;
    int activePreviews;
    int activations;
    int listedPages;
    /** How many of the next rule POSTs attach the rule and then answer 500, as a server that saved it may. */
    int rulesAttachedThenUnanswered;
    private int nextId = 1;

    FakeCxone(List<String> calls) {
        this.calls = calls;
    }

    /** A campaign someone (or a run that crashed) already created. */
    RemoteCampaign existing(String name, CampaignType type, CampaignStatus status, String targetListId) {
        CampaignId id = CampaignId.of("camp-" + nextId++);
        RemoteCampaign campaign = new RemoteCampaign(id, name, type, status, null, null, targetListId, 1);
        campaigns.put(id, campaign);
        return campaign;
    }

    /** Like {@link #existing}, in DRAFT without a dialer rule, with the window and queue CXone holds for it. */
    RemoteCampaign existingScheduled(String name, CampaignType type, ScheduleWindow window, String queueId) {
        CampaignId id = CampaignId.of("camp-" + nextId++);
        RemoteCampaign campaign = new RemoteCampaign(id, name, type, CampaignStatus.DRAFT, window, queueId, null, 1);
        campaigns.put(id, campaign);
        return campaign;
    }

    /** Makes the next {@code times} calls of this kind throw, before they take any effect. */
    void failNext(String call, int times, CxoneCallException failure) {
        Deque<CxoneCallException> queued = nextFailures.computeIfAbsent(call, c -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queued.add(failure);
        }
    }

    int mutatingCalls() {
        return (int) calls.stream().filter(c -> c.equals("create") || c.equals("attach") || c.equals("configure")
                || c.equals("activate")).count();
    }

    private void enter(String call) {
        calls.add(call);
        Deque<CxoneCallException> queued = nextFailures.get(call);
        if (queued != null && !queued.isEmpty()) {
            throw queued.poll();
        }
        CxoneCallException failure = failures.get(call);
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public CxoneAnswer<CampaignId> createCampaign(NewCampaign campaign) {
        enter("create");
        if (campaigns.values().stream().anyMatch(c -> c.name().equals(campaign.name()))) {
            throw new CampaignNameTakenException("POST /api/v2/campaigns", campaign.name(), "name already in use", null);
        }
        created.add(campaign);
        CampaignId id = CampaignId.of("camp-" + nextId++);
        campaigns.put(id, new RemoteCampaign(id, campaign.name(), campaign.type(), CampaignStatus.DRAFT,
                campaign.window(), campaign.queueId(), null, 1));
        return new CxoneAnswer<>(id, 201);
    }

    /** Pages of two; a walk of the listing enters "list" once, on its first page. */
    @Override
    public Page<RemoteCampaign> campaignPage(@Nullable PageCursor cursor) {
        if (cursor == null) {
            enter("list");
        }
        listedPages++;
        List<RemoteCampaign> all = List.copyOf(campaigns.values());
        int from = cursor == null ? 0 : Integer.parseInt(cursor.value());
        int to = Math.min(from + 2, all.size());
        return new Page<>(all.subList(Math.min(from, to), to), to < all.size() ? new PageCursor(String.valueOf(to)) : null);
    }

    @Override
    public RemoteCampaign loadCampaign(CampaignId id) {
        enter("load");
        RemoteCampaign campaign = campaigns.get(id);
        if (campaign == null) {
            throw new CxoneRejectedException("GET /api/v2/campaigns/" + id, 404, "no such campaign", null);
        }
        if (campaign.status() == CampaignStatus.ACTIVATING && !statusesAfterActivation.isEmpty()) {
            campaign = withStatus(campaign, statusesAfterActivation.poll());
        }
        // GET by id promises status and version, not the dialer rule.
        return new RemoteCampaign(campaign.id(), campaign.name(), campaign.type(), campaign.status(), campaign.window(),
                campaign.queueId(), null, campaign.version());
    }

    @Override
    public CxoneAnswer<String> attachDialerRule(CampaignId campaignId, DialerRule rule) {
        enter("attach");
        RemoteCampaign c = campaigns.get(campaignId);
        attachedRules.add(rule);
        campaigns.put(campaignId, new RemoteCampaign(c.id(), c.name(), c.type(), c.status(), c.window(), c.queueId(),
                rule.targetListId(), c.version() + 1));
        if (rulesAttachedThenUnanswered > 0) {
            rulesAttachedThenUnanswered--;
            throw new CxoneOutcomeUnknownException("POST /api/v2/campaign-dialer-rules", 500, "internal server error", null);
        }
        return new CxoneAnswer<>("rule-" + attachedRules.size(), 201);
    }

    @Override
    public OutboundSettings loadOutboundSettings(CampaignId id) {
        enter("loadSettings");
        RemoteCampaign c = campaigns.get(id);
        return new OutboundSettings(id, c.name(), "draft", null, c.version());
    }

    @Override
    public CxoneAnswer<Long> configurePreview(CampaignId id, String name, PreviewSettings settings, long expectedVersion) {
        enter("configure");
        configureVersions.add(expectedVersion);
        RemoteCampaign c = campaigns.get(id);
        if (staleAnswersLeft > 0) {
            staleAnswersLeft--;
            // Someone else changed the campaign meanwhile.
            c = new RemoteCampaign(c.id(), c.name(), c.type(), c.status(), c.window(), c.queueId(), c.targetListId(), c.version() + 1);
            campaigns.put(id, c);
        }
        if (c.version() != expectedVersion) {
            throw new StaleVersionException("PUT /api/v2/outbound/campaigns/" + id, 412, "version " + expectedVersion + " is stale", null);
        }
        long version = c.version() + 1;
        campaigns.put(id, new RemoteCampaign(c.id(), c.name(), c.type(), c.status(), c.window(), c.queueId(), c.targetListId(), version));
        return new CxoneAnswer<>(version, 200);
    }

    @Override
    public int countActivePreviewCampaigns() {
        enter("countPreviews");
        return activePreviews;
    }

    @Override
    public CxoneAnswer<Void> activateCampaign(CampaignId id) {
        enter("activate");
        activations++;
        campaigns.put(id, withStatus(campaigns.get(id), CampaignStatus.ACTIVATING));
        return CxoneAnswer.of(202);
    }

    private RemoteCampaign withStatus(RemoteCampaign c, CampaignStatus status) {
        RemoteCampaign changed = new RemoteCampaign(c.id(), c.name(), c.type(), status, c.window(), c.queueId(), c.targetListId(), c.version());
        campaigns.put(c.id(), changed);
        return changed;
    }
}
