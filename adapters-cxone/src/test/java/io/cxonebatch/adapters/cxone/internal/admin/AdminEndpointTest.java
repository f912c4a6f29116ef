package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import feign.RequestLine;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminEndpointTest {

    private static final List<Class<?>> CLIENTS = List.of(DiscoveryClient.class, SkillClient.class, SkillAgentClient.class,
            CallListClient.class, DncClient.class, ReportingClient.class);

    @Test
    void everyAdminMethodNamesTheEndpointItCallsWithTheSameMethodAndPath() {
        for (Class<?> client : CLIENTS) {
            for (Method method : client.getDeclaredMethods()) {
                AdminOperation operation = method.getAnnotation(AdminOperation.class);
                assertThat(operation).as(method.toString()).isNotNull();
                String[] requestLine = method.getAnnotation(RequestLine.class).value().split(" ", 2);
                assertThat(requestLine[0]).as(method.toString()).isEqualTo(operation.value().method());
                assertThat(requestLine[1].split("\\?")[0]).as(method.toString()).isEqualTo(operation.value().template());
            }
        }
    }

    @Test
    void everyEndpointIsCalledAndEveryApiPathPinsItsVersion() {
        assertThat(CLIENTS.stream().flatMap(client -> Arrays.stream(client.getDeclaredMethods()))
                .map(method -> method.getAnnotation(AdminOperation.class).value()).distinct())
                .containsExactlyInAnyOrder(AdminEndpoint.values());
        assertThat(AdminEndpoint.LOAD_SKILL.operation()).isEqualTo("GET /inContactAPI/services/v30.0/skills/{skillId}");
        assertThat(AdminEndpoint.LIST_SKILLS.template()).startsWith("/inContactAPI/services/v30.0/");
    }
}
