package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.kit.Pager;
import io.cxonebatch.application.port.out.cxone.ActivityInterval;
import io.cxonebatch.application.port.out.cxone.AgentsAssigned;
import io.cxonebatch.application.port.out.cxone.CampaignNameTakenException;
import io.cxonebatch.application.port.out.cxone.ContactRecord;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.cxonebatch.application.port.out.cxone.MissingScopeException;
import io.cxonebatch.application.port.out.cxone.NewCampaign;
import io.cxonebatch.application.port.out.cxone.OutboundSettings;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.port.out.cxone.StaleVersionException;
import io.cxonebatch.application.port.out.cxone.SuppressionRecord;
import io.cxonebatch.domain.assignment.AgentAssignment;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.DialerRule;
import io.cxonebatch.domain.campaign.PreviewSettings;
import io.cxonebatch.domain.pacing.PacingSettings;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.cxonebatch.sandbox.RetryAfterStyle;
import io.cxonebatch.sandbox.SandboxCampaign;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The adapter against a real {@link CxoneSandbox} over HTTP on 127.0.0.1: every port call with the status the
 * sandbox answers it with, listings resumed from a kept cursor, and the error mapping.
 */
class SandboxRoundTripIT {

    private static final String CLIENT_ID = "batch-it";
    /** Needs form-encoding before HTTP Basic (RFC 6749 §2.3.1), so a wrong encoding fails every call here. */
    private static final String CLIENT_SECRET = "s3cr3t!:50%";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String LIST_ID = "list_it";
    private static final long LIST_SIZE = 1_234;
    private static final long SUPPRESSIONS = 2_345;
    private static final Set<String> SCOPES_BUT_CAMPAIGNS_WRITE = Set.of("campaign-dialer-rules:write", "campaign:read",
            "campaign:write", "analytics:campaign:read", "contactlist:read", "suppressions:read", "webhook:write",
            "outbound:read", "outbound:campaigns:read", "outbound:campaigns:write", "users:read");

    private static CxoneSandbox sandbox;
    private static final AtomicInteger NAMES = new AtomicInteger();

    @BeforeAll
    static void startSandbox() {
        sandbox = CxoneSandbox.builder()
                .port(0)
                .clientId(CLIENT_ID)
                .clientSecret(CLIENT_SECRET)
                .activationDelay(Duration.ofMillis(150))
                .contactList(LIST_ID, LIST_SIZE, "NA-EAST")
                .suppressionCount(SUPPRESSIONS)
                .start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
    }

    @Test
    void createsListsLoadsAndActivatesCampaignsUntilActive() throws InterruptedException {
        CxoneAdapter adapter = adapter(settings());

        CxoneAnswer<CampaignId> predictiveAnswer = adapter.createCampaign(newCampaign(CampaignType.PREDICTIVE));
        CampaignId predictive = predictiveAnswer.require();
        CampaignId preview = create(adapter, CampaignType.PREVIEW);

        SandboxCampaign created = sandbox.inspect().campaign(preview.value()).orElseThrow();
        assertThat(created.type()).isEqualTo("PREVIEW");
        assertThat(created.status()).isEqualTo("DRAFT");
        assertThat(created.createdWith()).containsEntry("status", "DRAFT").doesNotContainKey("dialerSettings");
        assertThat(predictiveAnswer.httpStatus()).isEqualTo(201);
        RemoteCampaign loaded = adapter.loadCampaign(predictive);
        assertThat(loaded.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(loaded.type()).isEqualTo(CampaignType.PREDICTIVE);
        assertThat(loaded.queueId()).isEqualTo("queue_it");
        assertThat(loaded.window()).isEqualTo(window());
        assertThat(loaded.version()).isEqualTo(1);

        Set<CampaignId> listed = new HashSet<>();
        List<Integer> pageSizes = new ArrayList<>();
        adapter.forEachCampaignPage(page -> {
            pageSizes.add(page.size());
            page.forEach(campaign -> listed.add(campaign.id()));
        });
        assertThat(listed).contains(predictive, preview).hasSize(sandbox.inspect().campaigns().size());
        assertThat(pageSizes).isNotEmpty();

        assertThat(adapter.activateCampaign(predictive)).isEqualTo(CxoneAnswer.of(202));
        // Already activating: the sandbox answers 200 and changes nothing.
        assertThat(adapter.activateCampaign(predictive)).isEqualTo(CxoneAnswer.of(200));
        CampaignStatus status = adapter.loadCampaign(predictive).status();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (long wait = 20; status != CampaignStatus.ACTIVE && System.nanoTime() < deadline; wait = Math.min(wait * 2, 400)) {
            Thread.sleep(wait);
            status = adapter.loadCampaign(predictive).status();
        }
        assertThat(status).isEqualTo(CampaignStatus.ACTIVE);
    }

    @Test
    void attachesADialerRuleThatTheListingThenReports() {
        CxoneAdapter adapter = adapter(settings());
        CampaignId id = create(adapter, CampaignType.PREDICTIVE);
        assertThat(adapter.findListedCampaign(campaign -> campaign.id().equals(id)))
                .hasValueSatisfying(listed -> assertThat(listed.hasDialerRule()).isFalse());

        CxoneAnswer<String> attached = adapter.attachDialerRule(id, new DialerRule(0.03, 1.25, 50, LIST_ID));

        assertThat(attached.httpStatus()).isEqualTo(201);
        String ruleId = attached.require();
        assertThat(ruleId).isNotBlank();
        assertThat(adapter.findListedCampaign(campaign -> campaign.id().equals(id)))
                .hasValueSatisfying(listed -> assertThat(listed.targetListId()).isEqualTo(LIST_ID));
        // Only the listing reports the target list.
        assertThat(adapter.loadCampaign(id).targetListId()).isNull();
        assertThat(sandbox.inspect().dialerRules(id.value())).singleElement()
                .satisfies(rule -> assertThat(rule.id()).isEqualTo(ruleId));
    }

    @Test
    void updatesPacingWithTheCurrentVersionAndRefusesAStaleOne() {
        CxoneAdapter adapter = adapter(settings());
        CampaignId id = create(adapter, CampaignType.PREDICTIVE);
        OutboundSettings before = adapter.loadOutboundSettings(id);
        PacingSettings pacing = new PacingSettings(CampaignType.PREDICTIVE, 150, "fixed", 60, 25, 0.85, NEW_YORK, true, 1);

        CxoneAnswer<Long> updated = adapter.updatePacing(id, before.name(), pacing, before.version());

        assertThat(updated).isEqualTo(new CxoneAnswer<>(before.version() + 1, 200));
        long newVersion = updated.require();
        OutboundSettings after = adapter.loadOutboundSettings(id);
        assertThat(after.version()).isEqualTo(newVersion);
        assertThat(after.pacing()).isNotNull();
        assertThat(after.pacing().maxConcurrentCalls()).isEqualTo(150);
        assertThat(after.pacing().maxCallsPerInterval()).isEqualTo(25);
        assertThatThrownBy(() -> adapter.updatePacing(id, before.name(), pacing, before.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(sandbox.inspect().campaign(id.value()).orElseThrow().version()).isEqualTo(newVersion);
    }

    @Test
    void configuresPreviewCountsActivePreviewsAndAssignsAgents() throws InterruptedException {
        CxoneAdapter adapter = adapter(settings());
        int activeBefore = adapter.countActivePreviewCampaigns();
        CampaignId id = create(adapter, CampaignType.PREVIEW);
        long version = adapter.loadOutboundSettings(id).version();

        CxoneAnswer<Long> configured = adapter.configurePreview(id, "Preview IT", new PreviewSettings(LIST_ID, "queue_it", 2), version);
        adapter.activateCampaign(id);

        assertThat(configured).isEqualTo(new CxoneAnswer<>(version + 1, 200));
        assertThat(adapter.countActivePreviewCampaigns()).isEqualTo(activeBefore + 1);
        CxoneAnswer<AgentsAssigned> assigned = adapter.assignAgents(id, List.of(
                new AgentAssignment("agent-1", Set.of("sales"), LocalTime.of(9, 0), LocalTime.of(17, 0), NEW_YORK, 1),
                new AgentAssignment("agent-2", Set.of("sales", "preview-qualified"), LocalTime.of(8, 30), LocalTime.of(12, 0),
                        ZoneId.of("Europe/Paris"), 2)));
        assertThat(assigned.httpStatus()).isEqualTo(200);
        assertThat(assigned.require().assignmentId()).isNotBlank();
        assertThat(assigned.require().agentsUpdated()).isEqualTo(2);
        assertThat(sandbox.inspect().agentAssignment(id.value()).orElseThrow().agents()).hasSize(2);
    }

    @Test
    void registersAWebhookAndQueriesActivity() {
        CxoneAdapter adapter = adapter(settings());
        CampaignId id = create(adapter, CampaignType.PREDICTIVE);
        String name = "Preview QA Sync " + NAMES.incrementAndGet();

        CxoneAnswer<Void> registered = adapter.registerWebhook(name, "campaign.preview.activated", "https://wfm.example/hooks/preview");
        List<ActivityInterval> intervals = adapter.queryCampaignActivity(id, window().start(), window().end());

        assertThat(registered).isEqualTo(CxoneAnswer.of(201));
        assertThat(sandbox.inspect().webhooks()).anySatisfy(webhook -> {
            assertThat(webhook.name()).isEqualTo(name);
            assertThat(webhook.eventFilter()).isEqualTo("campaign.preview.activated");
        });
        assertThat(intervals).isNotEmpty().allSatisfy(interval -> {
            assertThat(interval.start()).isBetween(window().start().minus(Duration.ofHours(2)), window().end());
            assertThat(interval.callsConnected()).isLessThanOrEqualTo(interval.callsAttempted());
        });
    }

    @Test
    void readsEveryContactAndEverySuppressionPageByPage() {
        CxoneAdapter adapter = adapter(settings());
        List<Integer> contactPages = new ArrayList<>();
        Set<String> contactIds = new HashSet<>();
        long[] suppressions = {0};

        ((Pager<ContactRecord>) cursor -> adapter.contactPage(LIST_ID, cursor)).forEachPage(page -> {
            contactPages.add(page.size());
            page.forEach(contact -> contactIds.add(contact.contactId()));
        });
        ((Pager<SuppressionRecord>) adapter::suppressionPage).forEachPage(page -> suppressions[0] += page.size());

        assertThat(contactIds).hasSize((int) LIST_SIZE).contains(LIST_ID + "-1", LIST_ID + "-" + LIST_SIZE);
        assertThat(contactPages).hasSize(5).startsWith(250, 250, 250, 250);
        assertThat(suppressions[0]).isEqualTo(SUPPRESSIONS);
        assertThat(sandbox.inspect().requestCount("GET", "/api/v2/outbound/suppressions", 200)).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "absolute nextPageUri: {0}")
    @ValueSource(booleans = {false, true})
    void resumesAContactListAndTheSuppressionsInANewAdapterFromTheCursorOfPageOne(boolean absolute) {
        sandbox.faults().absoluteNextPageUris(absolute);

        Page<ContactRecord> firstContacts = adapter(settings()).contactPage(LIST_ID, null);
        Page<SuppressionRecord> firstSuppressions = adapter(settings()).suppressionPage(null);
        PageCursor contactsKept = new PageCursor(firstContacts.next().value());
        PageCursor suppressionsKept = new PageCursor(firstSuppressions.next().value());
        CxoneAdapter restarted = adapter(settings());
        Page<ContactRecord> secondContacts = restarted.contactPage(LIST_ID, contactsKept);
        Page<SuppressionRecord> secondSuppressions = restarted.suppressionPage(suppressionsKept);

        assertThat(contactsKept.value().startsWith("http")).isEqualTo(absolute);
        assertThat(firstContacts.items()).hasSize(250).first().extracting(ContactRecord::contactId).isEqualTo(LIST_ID + "-1");
        assertThat(secondContacts.items()).hasSize(250).first().extracting(ContactRecord::contactId).isEqualTo(LIST_ID + "-251");
        assertThat(secondContacts.next()).isNotNull().isNotEqualTo(contactsKept);
        assertThat(firstSuppressions.items()).hasSize(1_000);
        assertThat(secondSuppressions.items()).hasSize(1_000).doesNotContainAnyElementsOf(firstSuppressions.items());
    }

    @Test
    void endsTheListingsWithAPageThatNamesNoNextOne() {
        CxoneAdapter adapter = adapter(settings());
        create(adapter, CampaignType.PREDICTIVE);

        Page<ContactRecord> last = adapter.contactPage(LIST_ID, new PageCursor("/api/v2/outbound/contactlists/" + LIST_ID
                + "/contacts?page=5&limit=250"));
        Page<RemoteCampaign> campaigns = adapter.campaignPage(null);

        assertThat(last.items()).hasSize((int) (LIST_SIZE - 4 * 250));
        assertThat(last.next()).isNull();
        // Fewer campaigns than a page of 1,000 holds.
        assertThat(campaigns.items()).hasSize(sandbox.inspect().campaigns().size());
        assertThat(campaigns.next()).isNull();
    }

    @Test
    void tellsAKnownContactListFromAnUnknownOne() {
        CxoneAdapter adapter = adapter(settings());

        assertThat(adapter.contactListExists(LIST_ID)).isTrue();
        assertThat(adapter.contactListExists("list_nobody_made")).isFalse();
    }

    @Test
    void reportsASecondCampaignWithTheSameNameAsTheNameBeingTaken() {
        CxoneAdapter adapter = adapter(settings());
        NewCampaign campaign = newCampaign(CampaignType.PROGRESSIVE);
        adapter.createCampaign(campaign).require();

        assertThatThrownBy(() -> adapter.createCampaign(campaign))
                .isInstanceOfSatisfying(CampaignNameTakenException.class,
                        taken -> assertThat(taken.campaignName()).isEqualTo(campaign.name()));
    }

    @Test
    void namesTheScopeTheTokenLacks() {
        try (CxoneSandbox narrow = CxoneSandbox.builder().port(0).clientId(CLIENT_ID).clientSecret(CLIENT_SECRET)
                .grantedScopes(SCOPES_BUT_CAMPAIGNS_WRITE).start()) {
            CxoneAdapter adapter = adapter(settings(narrow));

            assertThatThrownBy(() -> adapter.createCampaign(newCampaign(CampaignType.PREDICTIVE)))
                    .isInstanceOfSatisfying(MissingScopeException.class,
                            missing -> assertThat(missing.requiredScope()).isEqualTo("campaigns:write"))
                    .hasMessageContaining("campaigns:write");
            assertThat(narrow.inspect().campaigns()).isEmpty();
        }
    }

    @Test
    void fetchesANewTokenWhenTheOldOneIsRevokedBetweenCalls() {
        CxoneAdapter adapter = adapter(settings());
        long tokensBefore = sandbox.inspect().tokenRequests();
        CampaignId id = create(adapter, CampaignType.PREDICTIVE);

        sandbox.expireAllTokens();
        RemoteCampaign loaded = adapter.loadCampaign(id);

        assertThat(loaded.id()).isEqualTo(id);
        assertThat(sandbox.inspect().tokenRequests() - tokensBefore).isEqualTo(2);
        assertThat(sandbox.inspect().requestCount("GET", "/api/v2/campaigns/{id}", 401)).isGreaterThanOrEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(RetryAfterStyle.class)
    void waitsOutRateLimitAnswersInEitherRetryAfterFormAndSucceeds(RetryAfterStyle style) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        // The wait asked for is within the client's ceiling, so it is waited out in full.
        CxoneAdapter adapter = CxoneAdapter.create(settings().retryMaxAttempts(12).maxRetryAfter(Duration.ofSeconds(2)).build(), meters);
        CampaignId id = create(adapter, CampaignType.PREDICTIVE);
        long limitedBefore = sandbox.inspect().requestCount("GET", "/api/v2/campaigns/{id}", 429);
        sandbox.faults().retryAfterStyle(style).retryAfterSeconds(1).probability429(0.4);

        for (int i = 0; i < 5; i++) {
            assertThat(adapter.loadCampaign(id).id()).isEqualTo(id);
        }

        long limited = sandbox.inspect().requestCount("GET", "/api/v2/campaigns/{id}", 429) - limitedBefore;
        assertThat(limited).isPositive();
        Counter retries = meters.find("cxone.client.retries").tag("reason", "rate_limited").counter();
        assertThat(retries).isNotNull();
        assertThat((long) retries.count()).isEqualTo(limited);
    }

    @Test
    void opensTheBreakerDuringAnOutageFailsFastAndHalfOpensOnceItEnds() throws InterruptedException {
        Duration openWait = Duration.ofMillis(400);
        CxoneAdapter adapter = adapter(settings()
                .retryMaxAttempts(2)
                .circuitBreakerSlidingWindowSize(4)
                .circuitBreakerMinimumCalls(4)
                .circuitBreakerFailureRateThreshold(50f)
                .circuitBreakerWaitInOpenState(openWait)
                .circuitBreakerPermittedCallsInHalfOpen(1));
        CampaignId id = create(adapter, CampaignType.PREDICTIVE);
        sandbox.faults().outage(true);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> adapter.loadCampaign(id)).isInstanceOf(CxoneUnavailableException.class);
        }
        long requestsWhileOpen = sandbox.inspect().totalRequests();
        assertThatThrownBy(() -> adapter.loadCampaign(id))
                .isInstanceOf(CxoneUnavailableException.class)
                .hasMessageContaining("OPEN");
        assertThat(sandbox.inspect().totalRequests()).isEqualTo(requestsWhileOpen);

        sandbox.faults().outage(false);
        Thread.sleep(openWait.toMillis() + 100);
        assertThat(adapter.loadCampaign(id).id()).isEqualTo(id);
        assertThat(sandbox.inspect().totalRequests()).isGreaterThan(requestsWhileOpen);
    }

    @Test
    void spreadsABurstOverTheConfiguredRate() throws Exception {
        int calls = 20;
        CxoneAdapter adapter = adapter(settings().rateLimitPerMinute(600).maxWaitForPermit(Duration.ofSeconds(10)));
        CampaignId id = create(adapter, CampaignType.PREDICTIVE);
        long before = sandbox.inspect().requestCount("GET", "/api/v2/campaigns/{id}", 200);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // the create above took this cycle's permit, so the burst starts on a fresh cycle boundary at the latest
            long start = System.nanoTime();
            List<Future<RemoteCampaign>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(pool.submit(() -> adapter.loadCampaign(id)));
            }
            for (Future<RemoteCampaign> future : futures) {
                assertThat(future.get().id()).isEqualTo(id);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(sandbox.inspect().requestCount("GET", "/api/v2/campaigns/{id}", 200) - before).isEqualTo(calls);
            assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis((calls - 1) * 100L - 100));
        } finally {
            pool.shutdownNow();
        }
    }

    private static CxoneAdapter adapter(CxoneClientSettings.Builder settings) {
        return CxoneAdapter.create(settings.build(), new SimpleMeterRegistry());
    }

    private static CxoneClientSettings.Builder settings() {
        return settings(sandbox);
    }

    private static CxoneClientSettings.Builder settings(CxoneSandbox target) {
        return CxoneClientSettings.builder(target.baseUrl(), CLIENT_ID, CLIENT_SECRET)
                .tenant("it-" + NAMES.incrementAndGet())
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(5))
                .rateLimitPerMinute(600_000)
                .maxWaitForPermit(Duration.ofSeconds(5))
                .retryMaxAttempts(3)
                .retryInitialBackoff(Duration.ofMillis(5))
                .retryMultiplier(2.0)
                .retryMaxBackoff(Duration.ofMillis(50))
                .retryJitter(0.0)
                .maxRetryAfter(Duration.ofMillis(50));
    }

    private static CampaignId create(CxoneAdapter adapter, CampaignType type) {
        return adapter.createCampaign(newCampaign(type)).require();
    }

    private static NewCampaign newCampaign(CampaignType type) {
        return new NewCampaign("Round trip " + type + " " + NAMES.incrementAndGet(), type, "round trip", List.of("OUTBOUND_SALES"),
                List.of("SALE", "NO_INTEREST"), 500, window(), "queue_it");
    }

    private static ScheduleWindow window() {
        return new ScheduleWindow(NEW_YORK, ZonedDateTime.of(2025, 3, 3, 8, 0, 0, 0, NEW_YORK).toInstant(),
                ZonedDateTime.of(2025, 3, 3, 17, 0, 0, 0, NEW_YORK).toInstant());
    }
}
