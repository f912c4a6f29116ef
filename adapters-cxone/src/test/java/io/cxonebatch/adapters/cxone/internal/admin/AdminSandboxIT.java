package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.CxoneAuthenticationException;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.sandbox.AdminInspection;
import io.cxonebatch.sandbox.AdminSkill;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The Admin transport and its skill reads against a real {@link CxoneSandbox} over HTTP on 127.0.0.1, with the
 * sandbox's rate limit and the client's at the product's default of 100 requests a minute.
 */
class AdminSandboxIT {

    private static final String SKILL = AdminOperator.SERVICES + "/skills/{skillId}";
    private static final String SKILLS = AdminOperator.SERVICES + "/skills";
    private static final String DISCOVERY = "/.well-known/cxone-configuration";
    private static final int OUTBOUND = 230;
    private static final int INBOUND = 15;

    private static CxoneSandbox sandbox;
    private static AdminOperator operator;

    @BeforeAll
    static void startSandbox() {
        sandbox = CxoneSandbox.builder().port(0).skillListingDelay(Duration.ZERO).start();
        sandbox.faults().rateLimitPerMinute(100);
        operator = new AdminOperator(sandbox.baseUrl());
        operator.createOutboundSkills(IntStream.range(0, OUTBOUND).mapToObj(i -> "IT outbound " + i).toList());
        operator.createInboundEmailSkills(IntStream.range(0, INBOUND).mapToObj(i -> "IT inbound " + i).toList());
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void logsInWithTheAccessKeyThenDiscoversTheApiHostOnceForEveryCall() {
        AdminInspection admin = sandbox.adminInspect();
        long tokens = admin.tokenRequests();
        long discoveries = admin.requestCount("GET", DISCOVERY, 200);
        long reads = admin.requestCount("GET", SKILL, 200);
        AdminCampaignAdapter adapter = connect(settings());

        adapter.loadCampaign(skillId("IT outbound 1"));
        adapter.loadCampaign(skillId("IT outbound 2"));
        adapter.campaignPage(null);

        assertThat(admin.tokenRequests() - tokens).isEqualTo(1);
        assertThat(admin.requestCount("GET", DISCOVERY, 200) - discoveries).isEqualTo(1);
        assertThat(admin.requestCount("GET", SKILL, 200) - reads).isEqualTo(2);
    }

    @Test
    void aConfiguredApiHostIsCalledWithoutDiscovery() {
        AdminInspection admin = sandbox.adminInspect();
        long discoveries = admin.requestCount("GET", DISCOVERY);
        AdminCampaignAdapter adapter = connect(settings().apiBaseUrl(URI.create(sandbox.baseUrl() + "/")));

        assertThat(adapter.loadCampaign(skillId("IT outbound 3")).name()).isEqualTo("IT outbound 3");
        assertThat(admin.requestCount("GET", DISCOVERY)).isEqualTo(discoveries);
    }

    @Test
    void aTokenTheSandboxNoLongerTakesIsReplacedOnceAndTheCallSucceeds() {
        AdminInspection admin = sandbox.adminInspect();
        AdminCampaignAdapter adapter = connect(settings());
        adapter.loadCampaign(skillId("IT outbound 4"));
        long tokens = admin.tokenRequests();
        long refused = admin.requestCount("GET", SKILL, 401);

        sandbox.expireAllTokens();
        RemoteCampaign loaded = adapter.loadCampaign(skillId("IT outbound 4"));

        assertThat(loaded.name()).isEqualTo("IT outbound 4");
        assertThat(admin.requestCount("GET", SKILL, 401) - refused).isEqualTo(1);
        assertThat(admin.tokenRequests() - tokens).isEqualTo(1);
    }

    @Test
    void aShortLivedTokenIsReplacedBeforeItExpiresAsItsExpiresInSays() throws InterruptedException {
        try (CxoneSandbox shortLived = CxoneSandbox.builder().port(0).accessKeyTokenLifetime(Duration.ofSeconds(2)).start()) {
            new AdminOperator(shortLived.baseUrl()).createOutboundSkills(List.of("short-lived"));
            CampaignId id = CampaignId.of(Integer.toString(shortLived.adminInspect().skill("short-lived").orElseThrow().skillId()));
            AdminCampaignAdapter adapter = connect(CxoneClientSettings.adminBuilder(shortLived.baseUrl(),
                    AdminOperator.ACCESS_KEY_ID, AdminOperator.ACCESS_KEY_SECRET).tenant("short-lived"));
            adapter.loadCampaign(id);
            long tokens = shortLived.adminInspect().tokenRequests();

            Thread.sleep(2_300);
            adapter.loadCampaign(id);

            // Had the client taken the token for an hour's, the sandbox would have refused it once.
            assertThat(shortLived.adminInspect().requestCount("GET", SKILL, 401)).isZero();
            assertThat(shortLived.adminInspect().tokenRequests() - tokens).isEqualTo(1);
        }
    }

    @Test
    void aWrongAccessKeyFailsAuthenticationAndNoSecretOrTokenIsEverWrittenOrReported() {
        String wrongSecret = "wr0ng-Secret-\"x/9";
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        root.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
        Throwable refused;
        Throwable loadRefused;
        try {
            connect(settings()).loadCampaign(skillId("IT outbound 5"));
            AdminCampaignAdapter wrong = connect(CxoneClientSettings.adminBuilder(sandbox.baseUrl(), AdminOperator.ACCESS_KEY_ID,
                    wrongSecret).tenant("wrong-key"));
            refused = catchThrowable(wrong::checkTokenEndpoint);
            loadRefused = catchThrowable(() -> wrong.loadCampaign(skillId("IT outbound 5")));
        } finally {
            root.detachAppender(captured);
            root.setLevel(level);
        }

        assertThat(refused).isInstanceOf(CxoneAuthenticationException.class)
                .hasMessageContaining("POST /authentication/v1/token/access-key failed (HTTP 401)")
                .hasMessageContaining("access key authentication failed");
        assertThat(loadRefused).isInstanceOf(CxoneAuthenticationException.class);
        List<String> written = captured.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.toList());
        written.add(refused.toString());
        written.add(loadRefused.toString());
        written.add(settings().build().toString());
        // A JWT's header is base64 of '{"', so every token the sandbox issues starts with eyJ.
        assertThat(written).isNotEmpty().noneSatisfy(text -> assertThat(text)
                .containsAnyOf(wrongSecret, "wr0ng-Secret", AdminOperator.ACCESS_KEY_SECRET, "eyJ"));
        assertThat(written).anySatisfy(line -> assertThat(line).startsWith("CXone access token obtained"));
    }

    @Test
    void everyCallAcceptsJsonSoTheSandboxNeverAnswersNotAcceptable() {
        AdminCampaignAdapter adapter = connect(settings());
        int id = Integer.parseInt(skillId("IT outbound 6").value());

        adapter.loadCampaign(CampaignId.of(Integer.toString(id)));
        adapter.campaignPage(null);
        catchThrowable(() -> adapter.loadCampaign(CampaignId.of("987654")));

        assertThat(sandbox.adminInspect().requestCounts().keySet())
                .anySatisfy(key -> assertThat(key.status()).isEqualTo(200))
                .anySatisfy(key -> assertThat(key.status()).isEqualTo(404))
                .noneSatisfy(key -> assertThat(key.status()).isEqualTo(406));
        // The sandbox does refuse a request without it, so the check above can fail.
        assertThat(operator.statusOfSkillReadWithoutAccept(id)).isEqualTo(406);
    }

    @Test
    void loadsACreatedSkillAsADraftCampaignAndAsActiveOnceItRuns() {
        operator.createOutboundSkills(List.of("IT loaded"));
        CampaignId id = skillId("IT loaded");
        AdminCampaignAdapter adapter = connect(settings());

        RemoteCampaign draft = adapter.loadCampaign(id);
        operator.start(Integer.parseInt(id.value()));
        RemoteCampaign running = adapter.loadCampaign(id);

        assertThat(draft).isEqualTo(new RemoteCampaign(id, "IT loaded", null, CampaignStatus.DRAFT, null, null, null, 0));
        assertThat(running.status()).isEqualTo(CampaignStatus.ACTIVE);
        assertThat(catchThrowable(() -> adapter.loadCampaign(CampaignId.of("987654"))))
                .isInstanceOfSatisfying(CxoneRejectedException.class, failure -> assertThat(failure.httpStatus()).isEqualTo(404));
        assertThat(catchThrowable(() -> adapter.loadCampaign(CampaignId.of("camp_1"))))
                .isInstanceOfSatisfying(CxoneRejectedException.class, failure -> assertThat(failure.httpStatus()).isZero());
    }

    @Test
    void listsOnlyOutboundSkillsAcrossPagesAndStopsWhenTotalRecordsIsReachedWhateverItsForm() {
        AdminInspection admin = sandbox.adminInspect();
        List<AdminSkill> skills = admin.skills();
        Set<CampaignId> outbound = skills.stream().filter(AdminSkill::outbound)
                .map(skill -> CampaignId.of(Integer.toString(skill.skillId()))).collect(Collectors.toSet());
        int pages = (skills.size() + SkipTopPages.TOP - 1) / SkipTopPages.TOP;
        long listings = admin.requestCount("GET", SKILLS);
        AdminCampaignAdapter adapter = connect(settings());

        Set<CampaignId> listed = new HashSet<>();
        adapter.forEachCampaignPage(page -> page.forEach(campaign -> assertThat(listed.add(campaign.id())).isTrue()));

        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(listed).isEqualTo(outbound);
        // Three calls in a row: the sandbox sends totalRecords as a number, a string, and a string in resultSet.
        assertThat(admin.requestCount("GET", SKILLS) - listings).isEqualTo(pages);
    }

    @Test
    void aKeptCursorIsReadOnByANewClientAndAWalkStopsAtItsMostPages() {
        Set<CampaignId> outbound = sandbox.adminInspect().skills().stream().filter(AdminSkill::outbound)
                .map(skill -> CampaignId.of(Integer.toString(skill.skillId()))).collect(Collectors.toSet());
        Page<RemoteCampaign> first = connect(settings()).campaignPage(null);
        assertThat(first.next()).isNotNull();
        AdminCampaignAdapter restarted = connect(settings());

        Set<CampaignId> listed = first.items().stream().map(RemoteCampaign::id).collect(Collectors.toCollection(HashSet::new));
        Page<RemoteCampaign> page = first;
        while (page.next() != null) {
            page = restarted.campaignPage(page.next());
            page.items().forEach(campaign -> listed.add(campaign.id()));
        }

        assertThat(listed).isEqualTo(outbound);
        AdminCampaignAdapter bounded = connect(settings().maxPagesPerWalk(2));
        Throwable stopped = catchThrowable(() -> bounded.forEachCampaignPage(campaigns -> { }));
        assertThat(stopped).isInstanceOfSatisfying(CxoneRejectedException.class, failure -> {
            assertThat(failure.httpStatus()).isZero();
            assertThat(failure).hasMessageContaining("more than 2 pages");
        });
        assertThat(catchThrowable(() -> restarted.campaignPage(new PageCursor("page=2"))))
                .isInstanceOf(CxoneRejectedException.class).hasMessageContaining("names no page of this listing");
    }

    private static CampaignId skillId(String name) {
        return CampaignId.of(Integer.toString(sandbox.adminInspect().skill(name).orElseThrow().skillId()));
    }

    private static CxoneClientSettings.Builder settings() {
        return CxoneClientSettings.adminBuilder(sandbox.baseUrl(), AdminOperator.ACCESS_KEY_ID, AdminOperator.ACCESS_KEY_SECRET)
                .tenant("admin-it")
                .retryMaxAttempts(3)
                .retryInitialBackoff(Duration.ofMillis(50))
                .retryMaxBackoff(Duration.ofMillis(200));
    }

    private static AdminCampaignAdapter connect(CxoneClientSettings.Builder settings) {
        return AdminAdapters.connect(settings.build(), new SimpleMeterRegistry(), Clock.systemUTC(), null).campaigns();
    }
}
