package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.port.out.assignment.AgentDispatch;
import io.cxonebatch.domain.campaign.CampaignId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps an {@code agent_dispatch} row, selected with {@link #COLUMNS}, to an agent dispatch, and writes the JSON arrays
 * of user ids its agent columns hold.
 */
final class AgentDispatchRowMapper implements RowMapper<AgentDispatch> {

    static final String COLUMNS = """
            campaign_id, external_key, roster_fingerprint, requested_agents::text AS requested_agents,
            sent_agents::text AS sent_agents, accepted_agents, assignment_id, rebalances, run_id, job_execution_id, dispatched_at""";

    private static final TypeReference<List<String>> AGENTS = new TypeReference<>() {
    };

    private final JsonMapper jsonMapper;

    AgentDispatchRowMapper(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    String writeAgents(List<String> agents) {
        return jsonMapper.writeValueAsString(agents);
    }

    @Override
    public AgentDispatch mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new AgentDispatch(
                CampaignId.of(rs.getString("campaign_id")),
                rs.getString("external_key"),
                rs.getString("roster_fingerprint"),
                jsonMapper.readValue(rs.getString("requested_agents"), AGENTS),
                jsonMapper.readValue(rs.getString("sent_agents"), AGENTS),
                rs.getObject("accepted_agents", Integer.class),
                rs.getString("assignment_id"),
                rs.getInt("rebalances"),
                rs.getLong("run_id"),
                rs.getLong("job_execution_id"),
                Timestamps.instant(rs, "dispatched_at"));
    }
}
