package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.CampaignNameTakenException;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneOutcomeUnknownException;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.ListCampaignsPort;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a campaign as an outbound skill (cxone-admin-api.md §2.1, ADR 10). {@code POST /skills} answers no id and
 * takes no idempotency key, so the name is looked up first (taken: {@link CampaignNameTakenException}, the
 * provisioning job's adoption path), the skill is created, and its id is then found by name in the listing, which
 * shows a new skill only after a delay: the listing is read again with a growing pause until the skill shows or the
 * bound is spent. The window is checked before anything is sent, and written as the skill's schedule once its id is
 * known. Names compare ignoring case and surrounding blanks, as a tenant's skill names are unique that way.
 */
final class OutboundSkillCreation {

    private static final Logger log = LoggerFactory.getLogger(OutboundSkillCreation.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(4);

    private final AdminTransport transport;
    private final ListCampaignsPort listing;
    private final SkillParameters parameters;
    private final Duration listingBound;

    OutboundSkillCreation(AdminTransport transport, ListCampaignsPort listing, SkillParameters parameters, Duration listingBound) {
        this.transport = transport;
        this.listing = listing;
        this.parameters = parameters;
        this.listingBound = listingBound;
    }

    CxoneAnswer<CampaignId> create(NewCampaign campaign) {
        String operation = AdminEndpoint.CREATE_SKILLS.operation();
        Integer reportingCampaign = transport.reportingCampaignId();
        if (reportingCampaign == null) {
            throw new CxoneRejectedException(operation, 0, "no reporting campaign is configured (cxone.admin.reporting-campaign-id):"
                    + " CXone wants one for every new skill; nothing was sent", null);
        }
        WeeklySchedule.of(campaign.window(), transport.scheduleZone());
        String name = campaign.name().strip();
        if (listed(name).isPresent()) {
            throw new CampaignNameTakenException(operation, name, "an outbound skill of that name is listed", null);
        }
        CreateSkillsRequest request = new CreateSkillsRequest(List.of(CreateSkillsRequest.Item.outbound(name, reportingCampaign)));
        URI apiBase = transport.apiBase.get();
        AdminReply created = transport.executor.call(AdminEndpoint.CREATE_SKILLS,
                authorization -> transport.skills.create(apiBase, authorization, request));
        BatchResult.Item verdict = BatchResult.read(created.body(), "skillsResults", 1).items().get(0);
        switch (verdict.verdict()) {
            case FAILED -> throw new CxoneRejectedException(operation, created.status(),
                    verdict.error() == null ? "the skill was refused without a reason" : verdict.error(), null);
            case UNREPORTED -> throw new CxoneOutcomeUnknownException(operation, created.status(),
                    "the answer says nothing of the skill '" + name + "'; it may exist: look it up by name before creating it again", null);
            case SUCCEEDED -> { }
        }
        CampaignId id = awaitListed(name, operation, created.status());
        try {
            parameters.writeSchedule(id.value(), campaign.window());
        } catch (RuntimeException failure) {
            log.warn("CXone skill {} ('{}') was created, but its schedule was not written", id, name);
            throw failure;
        }
        return created.answer(id);
    }

    private CampaignId awaitListed(String name, String operation, int createdStatus) {
        long deadline = System.nanoTime() + listingBound.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            Optional<RemoteCampaign> found = listed(name);
            if (found.isPresent()) {
                return found.get().id();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new CxoneOutcomeUnknownException(operation, createdStatus, "CXone took the skill '" + name
                        + "' but did not list it within " + listingBound.toSeconds() + " s; it may exist: look it up by name"
                        + " before creating it again", null);
            }
            sleep(Math.min(pause.toNanos(), left), operation, name);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    private Optional<RemoteCampaign> listed(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return listing.findListedCampaign(skill -> skill.name().strip().toLowerCase(Locale.ROOT).equals(wanted));
    }

    private static void sleep(long nanos, String operation, String name) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CxoneOutcomeUnknownException(operation, 0, "interrupted while waiting for the skill '" + name
                    + "' to be listed; it may exist", interrupted);
        }
    }
}
