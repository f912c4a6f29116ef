package io.cxonebatch.sandbox.internal.admin;

import io.cxonebatch.sandbox.AdminInspection;
import io.cxonebatch.sandbox.internal.Dialect;
import io.cxonebatch.sandbox.internal.FaultInjector;
import io.cxonebatch.sandbox.internal.RequestCounters;
import io.cxonebatch.sandbox.internal.Route;
import io.cxonebatch.sandbox.internal.Router;
import io.cxonebatch.sandbox.internal.SandboxState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Wires the Admin dialect of one sandbox: its state (a section of the sandbox's state, so one state file keeps
 * both), tokens, routes and inspection. Every ACD route is pinned to {@code v30.0}, the version [MCP] runs live;
 * the campaign list is also served on {@code v33.0}, with that version's field names. Other versions are 404.
 */
public final class AdminApi {

    static final String V30 = AdminDialect.SERVICES + "v30.0";
    static final String V33 = AdminDialect.SERVICES + "v33.0";

    private final AdminState state;
    private final AccessTokens tokens;
    private final RequestCounters counters = new RequestCounters();
    private final AdminDialect dialect;
    private final AdminInspectionView inspection;

    /** @param budgetKey the rate-limit key the contract's calls count under, so both dialects share one budget */
    public AdminApi(AdminConfig config, SandboxState sandboxState, FaultInjector faults, Clock clock, long seed, String budgetKey) {
        this.state = new AdminState(config, sandboxState::touch);
        sandboxState.addSection("admin", state);
        this.tokens = new AccessTokens(config, clock);
        this.dialect = new AdminDialect(new Router(routes(config, clock, seed)), tokens, faults, counters, budgetKey);
        this.inspection = new AdminInspectionView(state, counters, tokens, clock);
    }

    public Dialect dialect() {
        return dialect;
    }

    public AdminInspection inspection() {
        return inspection;
    }

    public void expireAllTokens() {
        tokens.expireAll();
    }

    public void resetCounters() {
        counters.reset();
    }

    private List<Route> routes(AdminConfig config, Clock clock, long seed) {
        SkillEndpoints skills = new SkillEndpoints(state, config, clock);
        SkillParameterEndpoints parameters = new SkillParameterEndpoints(state, clock);
        SkillAgentEndpoints agents = new SkillAgentEndpoints(state, config, clock);
        ReportingCampaignEndpoints campaigns = new ReportingCampaignEndpoints(config);
        CallListEndpoints lists = new CallListEndpoints(state, clock, seed);
        DncEndpoints dnc = new DncEndpoints(state);
        String bearer = AdminDialect.BEARER;
        List<Route> routes = new ArrayList<>();
        routes.add(Route.of("POST", AdminDialect.TOKEN_PATH, null, new AccessKeyEndpoint(config, tokens)));
        routes.add(Route.of("GET", AdminDialect.DISCOVERY_PATH, null, new DiscoveryEndpoint(config)));
        routes.add(Route.of("POST", V30 + "/skills", bearer, skills::create));
        routes.add(Route.of("GET", V30 + "/skills", bearer, skills::list));
        routes.add(Route.of("GET", V30 + "/skills/{skillId}", bearer, skills::get));
        routes.add(Route.of("PUT", V30 + "/skills/{skillId}", bearer, skills::update));
        routes.add(Route.of("POST", V30 + "/skills/{skillId}/start", bearer, skills::start));
        routes.add(Route.of("POST", V30 + "/skills/{skillId}/stop", bearer, skills::stop));
        routes.add(Route.of("GET", V30 + "/skills/{skillId}/parameters", bearer, parameters::composite));
        routes.add(Route.of("GET", V30 + "/skills/{skillId}/parameters/general-settings", bearer, parameters::getGeneral));
        routes.add(Route.of("PUT", V30 + "/skills/{skillId}/parameters/general-settings", bearer, parameters::putGeneral));
        routes.add(Route.of("GET", V30 + "/skills/{skillId}/parameters/schedule-settings", bearer, parameters::getSchedule));
        routes.add(Route.of("PUT", V30 + "/skills/{skillId}/parameters/schedule-settings", bearer, parameters::putSchedule));
        routes.add(Route.of("GET", V30 + "/skills/{skillId}/parameters/delivery-preferences", bearer, parameters::getDelivery));
        routes.add(Route.of("PUT", V30 + "/skills/{skillId}/parameters/delivery-preferences", bearer, parameters::putDelivery));
        routes.add(Route.of("GET", V30 + "/skills/{skillId}/agents", bearer, agents::list));
        routes.add(Route.of("POST", V30 + "/skills/{skillId}/agents", bearer, agents::add));
        routes.add(Route.of("PUT", V30 + "/skills/{skillId}/agents", bearer, agents::update));
        routes.add(Route.of("DELETE", V30 + "/skills/{skillId}/agents", bearer, agents::remove));
        routes.add(Route.of("DELETE", V30 + "/skills/{skillId}/agents/{agentId}", bearer, agents::removeOne));
        routes.add(Route.of("GET", V30 + "/campaigns", bearer, campaigns::listV30));
        routes.add(Route.of("GET", V33 + "/campaigns", bearer, campaigns::listV33));
        routes.add(Route.of("GET", V30 + "/campaigns/{campaignId}", bearer, campaigns::get));
        routes.add(Route.of("GET", V33 + "/campaigns/{campaignId}", bearer, campaigns::get));
        routes.add(Route.of("GET", V30 + "/lists/call-lists/jobs", bearer, lists::jobs));
        routes.add(Route.of("GET", V30 + "/lists/call-lists/jobs/{jobId}", bearer, lists::job));
        routes.add(Route.of("POST", V30 + "/lists/call-lists", bearer, lists::create));
        routes.add(Route.of("GET", V30 + "/lists/call-lists", bearer, lists::list));
        routes.add(Route.of("GET", V30 + "/lists/call-lists/{listId}", bearer, lists::download));
        routes.add(Route.of("POST", V30 + "/lists/call-lists/{listId}/upload", bearer, new CallListUpload(state, config, clock)));
        routes.add(Route.of("GET", V30 + "/dnc-groups", bearer, dnc::groups));
        routes.add(Route.of("POST", V30 + "/dnc-groups/search", bearer, dnc::search));
        routes.add(Route.of("GET", V30 + "/dnc-groups/{groupId}", bearer, dnc::group));
        routes.add(Route.of("GET", V30 + "/dnc-groups/{groupId}/records", bearer, dnc::records));
        routes.add(Route.of("POST", V30 + "/dnc-groups/{groupId}/records", bearer, dnc::add));
        routes.add(Route.of("DELETE", V30 + "/dnc-groups/{groupId}/records", bearer, dnc::expire));
        routes.add(Route.of("GET", V30 + "/wfm-data/skills/dialer-contacts", bearer, new DialerContactsEndpoint(state, config, seed)));
        return routes;
    }
}
