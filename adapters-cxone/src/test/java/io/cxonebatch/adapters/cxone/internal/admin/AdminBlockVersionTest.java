package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.cxone.internal.HttpWiring;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AdminBlockVersionTest {

    private final JsonMapper mapper = HttpWiring.jsonMapper();

    @Test
    void theSameBlockInAnotherFieldOrderHasTheSameVersionAndAChangedFieldAnother() {
        long version = BlockVersion.of(json("{\"maximumRatio\":2,\"loadFresh\":true,\"nested\":{\"b\":1,\"a\":\"x\"}}"));

        assertThat(BlockVersion.of(json("{\"nested\":{\"a\":\"x\",\"b\":1},\"loadFresh\":true,\"maximumRatio\":2}"))).isEqualTo(version);
        assertThat(BlockVersion.of(json("{\"maximumRatio\":3,\"loadFresh\":true,\"nested\":{\"b\":1,\"a\":\"x\"}}"))).isNotEqualTo(version);
        assertThat(version).isPositive();
    }

    @Test
    void onlyTheCreateAndTheAgentAddAndRemovalAreNotResentOnceCxoneMayHaveActed() {
        Set<AdminEndpoint> once = EnumSet.of(AdminEndpoint.CREATE_SKILLS, AdminEndpoint.ADD_SKILL_AGENTS, AdminEndpoint.REMOVE_SKILL_AGENTS);
        for (AdminEndpoint endpoint : AdminEndpoint.values()) {
            assertThat(endpoint.resendable()).as(endpoint.operation()).isEqualTo(!once.contains(endpoint));
        }
    }

    private JsonNode json(String text) {
        return mapper.readTree(text);
    }
}
