package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.application.port.out.cxone.AgentsAssigned;
import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.domain.assignment.AgentAssignment;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.sandbox.AdminInspection;
import io.cxonebatch.sandbox.AdminSkillAgent;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Skill agents of the Admin dialect against a real {@link CxoneSandbox}, whose agents are 1001 to 1020. */
class AdminAgentAssignmentIT {

    private static final String AGENTS = AdminOperator.SERVICES + "/skills/{skillId}/agents";

    private static CxoneSandbox sandbox;
    private static AdminOperator operator;

    @BeforeAll
    static void startSandbox() {
        sandbox = CxoneSandbox.builder().port(0).start();
        sandbox.faults().rateLimitPerMinute(100);
        operator = new AdminOperator(sandbox.baseUrl());
        operator.createOutboundSkills(List.of("Diff", "Unknown agent"));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void addsTheMissingAgentRemovesTheUnwantedOneActivatesTheInactiveOneAndThenSendsNothingButTheRead() {
        int skillId = skillId("Diff");
        operator.addSkillAgents(skillId, "{\"agentId\":\"1001\",\"proficiency\":3,\"isActive\":true},"
                + "{\"agentId\":\"1002\",\"proficiency\":5,\"isActive\":false}");
        AdminInspection admin = sandbox.adminInspect();
        long[] before = counts(admin);
        AdminAgentAdapter agents = connect();

        CxoneAnswer<AgentsAssigned> answer = agents.assignAgents(CampaignId.of(Integer.toString(skillId)), List.of(agent("1002"), agent("1003")));

        assertThat(answer).as("read, diffed, then written: unguarded")
                .isEqualTo(CxoneAnswer.unguarded(new AgentsAssigned("skill-" + skillId + "-agents", 3), 200));
        assertThat(admin.skill("Diff").orElseThrow().agents()).containsExactlyInAnyOrder(
                new AdminSkillAgent(1002, 5, true), new AdminSkillAgent(1003, SkillAgentDiff.DEFAULT_PROFICIENCY, true));
        assertThat(delta(before, counts(admin))).containsExactly(1L, 1L, 1L, 1L);

        long[] again = counts(admin);
        CxoneAnswer<AgentsAssigned> unchanged = agents.assignAgents(CampaignId.of(Integer.toString(skillId)),
                List.of(agent("1002"), agent("1003")));

        assertThat(unchanged.value().agentsUpdated()).isZero();
        assertThat(delta(again, counts(admin))).containsExactly(1L, 0L, 0L, 0L);
    }

    @Test
    void anAgentCxoneRefusesFailsNamingItsIdAndAnIdThatIsNoNumberIsRefusedUnsent() {
        int skillId = skillId("Unknown agent");
        AdminAgentAdapter agents = connect();
        CampaignId skill = CampaignId.of(Integer.toString(skillId));

        Throwable refused = catchThrowable(() -> agents.assignAgents(skill, List.of(agent("1004"), agent("9999"))));

        assertThat(refused).isInstanceOfSatisfying(CxoneRejectedException.class, failure -> assertThat(failure.httpStatus()).isEqualTo(200))
                .hasMessageContaining("[9999]").hasMessageNotContaining("1004");
        long[] before = counts(sandbox.adminInspect());
        assertThat(catchThrowable(() -> agents.assignAgents(skill, List.of(agent("a-1004")))))
                .isInstanceOfSatisfying(CxoneRejectedException.class, failure -> assertThat(failure.httpStatus()).isZero());
        assertThat(delta(before, counts(sandbox.adminInspect()))).containsExactly(0L, 0L, 0L, 0L);
    }

    private static long[] counts(AdminInspection admin) {
        return new long[] {admin.requestCount("GET", AGENTS), admin.requestCount("POST", AGENTS), admin.requestCount("PUT", AGENTS),
                admin.requestCount("DELETE", AGENTS)};
    }

    private static List<Long> delta(long[] before, long[] after) {
        return List.of(after[0] - before[0], after[1] - before[1], after[2] - before[2], after[3] - before[3]);
    }

    private static AgentAssignment agent(String agentId) {
        return new AgentAssignment(agentId, Set.of("preview"), LocalTime.of(9, 0), LocalTime.of(17, 0), ZoneId.of("America/New_York"), 1);
    }

    private static int skillId(String name) {
        return sandbox.adminInspect().skill(name).orElseThrow().skillId();
    }

    private static AdminAgentAdapter connect() {
        CxoneClientSettings settings = CxoneClientSettings.adminBuilder(sandbox.baseUrl(), AdminOperator.ACCESS_KEY_ID,
                AdminOperator.ACCESS_KEY_SECRET).tenant("admin-agents-it").build();
        return AdminAdapters.connect(settings, new SimpleMeterRegistry(), Clock.systemUTC(), null).agents();
    }
}
