package io.cxonebatch.adapters.cxone.internal;

import static org.assertj.core.api.Assertions.assertThat;

import feign.RequestLine;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointTest {

    private static final List<Class<?>> API_CLIENTS = List.of(CampaignClient.class, DialerRuleClient.class,
            OutboundCampaignClient.class, ContactListClient.class, SuppressionClient.class, WebhookClient.class,
            AnalyticsClient.class);

    @Test
    void everyApiMethodNamesTheEndpointItCallsWithTheSameMethodAndPath() {
        for (Class<?> client : API_CLIENTS) {
            for (Method method : client.getDeclaredMethods()) {
                CxoneOperation operation = method.getAnnotation(CxoneOperation.class);
                assertThat(operation).as(method.toString()).isNotNull();
                String[] requestLine = method.getAnnotation(RequestLine.class).value().split(" ", 2);
                assertThat(requestLine[0]).as(method.toString()).isEqualTo(operation.value().method());
                if (requestLine.length == 2) {
                    assertThat(requestLine[1].split("\\?")[0]).as(method.toString()).isEqualTo(operation.value().template());
                } else {
                    assertThat(method.getParameterTypes()).as(method.toString()).contains(URI.class);
                }
            }
        }
    }

    @Test
    void everyEndpointIsCalledBySomeMethod() {
        List<Endpoint> called = API_CLIENTS.stream()
                .flatMap(client -> Arrays.stream(client.getDeclaredMethods()))
                .map(method -> method.getAnnotation(CxoneOperation.class).value())
                .distinct()
                .toList();

        assertThat(called).containsExactlyInAnyOrder(Endpoint.values());
    }

    @Test
    void onlyRuleAttachmentAndWebhookRegistrationCannotBeSentTwice() {
        assertThat(Arrays.stream(Endpoint.values()).filter(endpoint -> !endpoint.resendable()))
                .containsExactlyInAnyOrder(Endpoint.ATTACH_DIALER_RULE, Endpoint.REGISTER_WEBHOOK);
    }

    @Test
    void namesOperationsAsMethodAndTemplate() {
        assertThat(Endpoint.UPDATE_OUTBOUND_CAMPAIGN.operation()).isEqualTo("PUT /api/v2/outbound/campaigns/{id}");
        assertThat(Endpoint.CREATE_CAMPAIGN.requiredScope()).isEqualTo("campaigns:write");
    }
}
