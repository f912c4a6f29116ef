package io.cxonebatch.domain.assignment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentAssignmentTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void refusesAWindowThatDoesNotEndAfterItStarts() {
        assertThatThrownBy(() -> new AgentAssignment("agent-1", Set.of("sales"), LocalTime.of(17, 0), LocalTime.of(9, 0), NEW_YORK, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agent-1").hasMessageContaining("17:00");
    }

    @Test
    void refusesFewerThanOneConcurrentCall() {
        assertThatThrownBy(() -> new AgentAssignment("agent-1", Set.of("sales"), LocalTime.of(9, 0), LocalTime.of(17, 0), NEW_YORK, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max concurrent calls 0");
    }
}
