package io.cxonebatch.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

    private final PathTemplate template = PathTemplate.of("/api/v2/campaigns/{id}/activate");

    @Test
    void matchesAPathAndDecodesItsVariables() {
        assertThat(template.match("/api/v2/campaigns/camp%20one/activate")).contains(Map.of("id", "camp one"));
        assertThat(template.match("/api/v2/campaigns/a+b/activate")).contains(Map.of("id", "a+b"));
    }

    @Test
    void refusesOtherLengthsOtherLiteralsAndEmptyVariables() {
        assertThat(template.match("/api/v2/campaigns/camp_1")).isEmpty();
        assertThat(template.match("/api/v2/campaigns/camp_1/activate/now")).isEmpty();
        assertThat(template.match("/api/v2/campaign/camp_1/activate")).isEmpty();
        assertThat(template.match("/api/v2/campaigns//activate")).isEmpty();
    }

    @Test
    void routerTellsAnUnknownPathFromAKnownPathWithAnotherMethod() {
        Endpoint ok = request -> ApiResponse.noContent();
        Router router = new Router(List.of(Route.of("GET", "/a/{id}", null, ok), Route.of("PUT", "/a/{id}", null, ok)));

        assertThat(router.resolve("GET", "/a/1")).isInstanceOf(Router.Resolution.Found.class);
        assertThat(router.resolve("DELETE", "/a/1")).isEqualTo(new Router.Resolution.WrongMethod("/a/{id}", "GET, PUT"));
        assertThat(router.resolve("GET", "/b/1")).isInstanceOf(Router.Resolution.NotFound.class);
    }
}
