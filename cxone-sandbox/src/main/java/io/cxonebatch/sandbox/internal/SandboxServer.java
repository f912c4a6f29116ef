package io.cxonebatch.sandbox.internal;

import com.sun.net.httpserver.HttpServer;
import io.cxonebatch.sandbox.AdminInspection;
import io.cxonebatch.sandbox.FaultSettings;
import io.cxonebatch.sandbox.SandboxInspection;
import io.cxonebatch.sandbox.internal.admin.AdminApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** Wires state, endpoints and the JDK HTTP server of one running sandbox. */
public final class SandboxServer implements AutoCloseable {

    /** Worker threads: enough for a benchmark's concurrent clients, even with injected latency. */
    static final int THREADS = 32;

    static {
        // The JDK server otherwise leaves Nagle on: with the client's delayed ACK, ~40 ms per response.
        // ServerConfig reads this once, when the server implementation is first loaded.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final SandboxState state;
    private final TokenService tokens;
    private final FaultInjector injector;
    private final RequestCounters counters;
    private final MissingIfMatchCounter missingIfMatch;
    private final InspectionView inspection;
    private final OperatorActions operatorActions;
    private final AdminApi adminApi;
    private final @Nullable StateFile stateFile;

    private SandboxServer(SandboxConfig config, FaultSettings faults) {
        Clock clock = Clock.systemUTC();
        this.state = new SandboxState();
        this.injector = new FaultInjector(faults, config.seed(), clock);
        // Every token of the contract belongs to this client, so Admin calls counted under it share the tenant's budget.
        this.adminApi = new AdminApi(config.admin(), state, injector, clock, config.seed(), config.clientId());
        this.stateFile = config.stateFile() == null ? null : StateFile.open(config.stateFile(), state);
        this.tokens = new TokenService(config.tokenLifetime(), clock);
        this.counters = new RequestCounters();
        this.missingIfMatch = new MissingIfMatchCounter();
        PhoneBook phoneBook = new PhoneBook(config.seed(), config.contactLists(), config.suppressionCount(),
                config.suppressionMatchStride());
        this.inspection = new InspectionView(state, clock, counters, missingIfMatch, tokens, phoneBook);
        this.operatorActions = new OperatorActions(state);
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 256);
        } catch (IOException e) {
            if (stateFile != null) {
                stateFile.close();
            }
            throw new UncheckedIOException("sandbox cannot listen on 127.0.0.1:" + config.port(), e);
        }
        this.executor = executor();
        Router api = new Router(apiRoutes(config, faults, clock, phoneBook));
        Router admin = new Router(new AdminEndpoints(inspection, faults, operatorActions, this::expireAllTokens,
                this::reset).routes());
        server.createContext("/", new Dispatcher(api, admin, adminApi.dialect(), tokens, injector, counters, missingIfMatch,
                baseUrl().toString()));
        server.setExecutor(executor);
        server.start();
    }

    /** Loads the state file if any, binds 127.0.0.1 and starts serving. */
    public static SandboxServer start(SandboxConfig config, FaultSettings faults) {
        return new SandboxServer(config, faults);
    }

    private List<Route> apiRoutes(SandboxConfig config, FaultSettings faults, Clock clock, PhoneBook phoneBook) {
        CampaignEndpoints campaigns = new CampaignEndpoints(config, state, faults, clock);
        OutboundEndpoints outbound = new OutboundEndpoints(state,
                new OutboundSettingsValidator(config.engineLimits(), config.contactListsById().keySet()), faults, clock);
        ContactEndpoints contacts = new ContactEndpoints(phoneBook, config.contactListsById(), faults);
        TokenEndpoint token = new TokenEndpoint(config, tokens);
        List<Route> routes = new ArrayList<>();
        for (String path : List.of("/oauth/token", "/api/v2/oauth/token", "/oauth2/token")) {
            routes.add(Route.of("POST", path, null, token));
        }
        routes.add(Route.of("POST", "/api/v2/campaigns", Scopes.CAMPAIGNS_WRITE, campaigns::create));
        routes.add(Route.of("GET", "/api/v2/campaigns", Scopes.CAMPAIGN_READ, campaigns::list));
        routes.add(Route.of("GET", "/api/v2/campaigns/{id}", Scopes.CAMPAIGN_READ, campaigns::get));
        routes.add(Route.of("POST", "/api/v2/campaigns/{id}/activate", Scopes.CAMPAIGN_WRITE, campaigns::activate));
        routes.add(Route.of("POST", "/api/v2/campaign-dialer-rules", Scopes.CAMPAIGN_DIALER_RULES_WRITE,
                new DialerRuleEndpoint(state, config.contactListsById().keySet())));
        routes.add(Route.of("GET", "/api/v2/outbound/campaigns", Scopes.OUTBOUND_CAMPAIGNS_READ, outbound::list));
        routes.add(Route.of("GET", "/api/v2/outbound/campaigns/{id}", Scopes.OUTBOUND_CAMPAIGNS_READ, outbound::get));
        routes.add(Route.of("PUT", OutboundEndpoints.SETTINGS_TEMPLATE, Scopes.OUTBOUND_CAMPAIGNS_WRITE, outbound::put));
        routes.add(Route.of("PUT", "/api/v2/outbound/campaigns/{id}/agents", Scopes.OUTBOUND_CAMPAIGNS_WRITE,
                new AgentEndpoint(state, config::agentCapacity, clock)));
        routes.add(Route.of("GET", "/api/v2/outbound/contactlists/{listId}/contacts", Scopes.CONTACTLIST_READ, contacts::contacts));
        routes.add(Route.of("GET", "/api/v2/outbound/suppressions", Scopes.SUPPRESSIONS_READ, contacts::suppressions));
        routes.add(Route.of("POST", "/api/v2/webhooks", Scopes.WEBHOOK_WRITE, new WebhookEndpoint(state)));
        routes.add(Route.of("POST", "/api/v2/analytics/campaigns/details/query", Scopes.ANALYTICS_CAMPAIGN_READ,
                new AnalyticsEndpoint(state, new ActivityGenerator(config.seed()), clock)));
        return routes;
    }

    private static ThreadPoolExecutor executor() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "cxone-sandbox-http-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public FaultSettings faults() {
        return injector.settings();
    }

    public SandboxInspection inspection() {
        return inspection;
    }

    public AdminInspection adminInspection() {
        return adminApi.inspection();
    }

    /** The changes another operator of the tenant makes, shared with the admin API. */
    public OperatorActions operatorActions() {
        return operatorActions;
    }

    /** Revokes the tokens of both dialects. */
    public void expireAllTokens() {
        tokens.expireAll();
        adminApi.expireAllTokens();
    }

    /**
     * Forgets campaigns, rules, webhooks and assignments, and the Admin dialect's skills, call lists and DNC changes
     * (back to its seeds), and zeroes every counter and rate-limit window.
     */
    public void reset() {
        state.reset();
        adminApi.resetCounters();
        counters.reset();
        missingIfMatch.reset();
        tokens.resetCount();
        injector.resetRateLimits();
    }

    /** Stops serving, lets running exchanges finish briefly, then saves the state file if there is one. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stateFile != null) {
            stateFile.close();
        }
    }
}
