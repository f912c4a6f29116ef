package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/**
 * Call lists named by name, against a scripted HTTP server on 127.0.0.1 whose index of call lists pages, ignores
 * paging, or changes: the shapes the document leaves open and the sandbox does not show.
 */
class AdminCallListNamesTest {

    private static final String INDEX = "/inContactAPI/services/v30.0/lists/call-lists";
    private static final String TOKEN = base64url("{\"alg\":\"none\"}") + "." + base64url("{\"tenantId\":\"tenant-7\"}") + ".sig";

    private HttpServer server;
    /** The index's answer to each query ({@code skip=0&top=100}). */
    private volatile Function<String, String> index = query -> "{\"totalRecords\":0,\"callingLists\":[]}";
    private final Set<String> knownLists = ConcurrentHashMap.newKeySet();
    private final List<String> indexQueries = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void anIndexThatPagesIsReadPageByPageUntilItsTotal() {
        index = query -> query.startsWith("skip=0&")
                ? "{\"totalRecords\":\"150\",\"callingLists\":[" + rows(1, 100) + "]}"
                : "{\"totalRecords\":\"150\",\"callingLists\":[" + rows(101, 150) + "]}";
        knownLists.add("142");

        assertThat(adapter().contactListExists("list 142")).isTrue();
        assertThat(indexQueries).containsExactly("skip=0&top=100", "skip=100&top=100");
    }

    @Test
    void anIndexThatIgnoresPagingWithoutATotalIsReadOnceAndNoFurther() {
        index = query -> "{\"resultSet\":{\"callingLists\":[" + rows(1, 3) + "]}}";
        knownLists.add("2");

        AdminContactListAdapter lists = adapter();

        assertThat(lists.contactListExists("list 2")).isTrue();
        assertThat(lists.contactListExists("list 9")).isFalse();
        assertThat(indexQueries).containsExactly("skip=0&top=100", "skip=3&top=100", "skip=0&top=100", "skip=3&top=100");
    }

    @Test
    void anIndexThatIgnoresPagingShortOfItsTotalFailsRatherThanCallANameMissing() {
        index = query -> "{\"totalRecords\":500,\"callingLists\":[" + rows(1, 100) + "]}";

        Throwable failure = catchThrowable(() -> adapter().contactListExists("list 400"));

        assertThat(failure).isInstanceOf(CxoneUnavailableException.class).hasMessageContaining("ignored skip/top")
                .hasMessageContaining("100 of its 500");
    }

    @Test
    void aNameThatSeveralListsBearIsRefused() {
        index = query -> "{\"totalRecords\":2,\"callingLists\":[{\"listId\":4,\"listName\":\"twice\"},"
                + "{\"listId\":5,\"listName\":\"twice\"}]}";

        Throwable failure = catchThrowable(() -> adapter().contactPage("twice", null));

        assertThat(failure).isInstanceOf(CxoneRejectedException.class).hasMessageContaining("2 call lists are named 'twice'");
    }

    @Test
    void anIdKeptForANameThatCxoneNoLongerKnowsIsForgottenAndTheNameLookedUpAgain() {
        index = query -> "{\"totalRecords\":1,\"callingLists\":[{\"listId\":7,\"listName\":\"daily\"}]}";
        knownLists.add("7");
        AdminContactListAdapter lists = adapter();
        assertThat(lists.contactListExists("daily")).isTrue();
        assertThat(lists.contactListExists("daily")).isTrue();
        assertThat(indexQueries).hasSize(1);

        // The list is removed and uploaded again under the same name, with a new id.
        knownLists.remove("7");
        knownLists.add("8");
        index = query -> "{\"totalRecords\":1,\"callingLists\":[{\"listId\":8,\"listName\":\"daily\"}]}";

        assertThat(lists.contactListExists("daily")).isTrue();
        assertThat(indexQueries).hasSize(2);
    }

    private static String base64url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String rows(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "{\"listId\":" + i + ",\"listName\":\"list " + i + "\"}")
                .collect(Collectors.joining(","));
    }

    @Test
    void anIdKeptForANameIsTrustedForTenMinutesThenTheIndexIsReadAgain() {
        index = query -> "{\"totalRecords\":1,\"callingLists\":[{\"listId\":7,\"listName\":\"daily\"}]}";
        knownLists.add("7");
        MutableClock clock = MutableClock.of(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
        AdminContactListAdapter lists = adapter(clock);
        assertThat(lists.contactListExists("daily")).isTrue();
        clock.add(CallListNames.KEPT_FOR);
        assertThat(lists.contactListExists("daily")).isTrue();
        assertThat(indexQueries).hasSize(1);

        // Renamed in CXone, and another list given its name.
        knownLists.add("9");
        index = query -> "{\"totalRecords\":2,\"callingLists\":[{\"listId\":7,\"listName\":\"daily old\"},"
                + "{\"listId\":9,\"listName\":\"daily\"}]}";
        clock.add(Duration.ofSeconds(1));

        assertThat(lists.contactListExists("daily")).isTrue();
        assertThat(indexQueries).as("looked up again once the id is older than ten minutes").hasSize(2);
    }

    private AdminContactListAdapter adapter() {
        return adapter(Clock.systemUTC());
    }

    private AdminContactListAdapter adapter(Clock clock) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        CxoneClientSettings settings = CxoneClientSettings.adminBuilder(base, "key-id", "key-secret")
                .tenant("scripted-lists")
                .rateLimitPerMinute(60_000)
                .retryMaxAttempts(1)
                .retryInitialBackoff(Duration.ofMillis(1))
                .retryMaxBackoff(Duration.ofMillis(5))
                .build();
        return AdminAdapters.connect(settings, new SimpleMeterRegistry(), clock, null).contactLists();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        exchange.getRequestBody().readAllBytes();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String[] reply;
        if (path.equals(AccessKeyClient.TOKEN_PATH)) {
            reply = new String[] {"200", "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3600}"};
        } else if (path.equals("/.well-known/cxone-configuration")) {
            reply = new String[] {"200", "{\"api_endpoint\":\"" + base + "\"}"};
        } else if (path.equals(INDEX)) {
            indexQueries.add(query);
            reply = new String[] {"200", index.apply(query)};
        } else if (path.startsWith(INDEX + "/") && knownLists.contains(path.substring(INDEX.length() + 1))) {
            reply = new String[] {"200", "{\"resultSet\":{\"listName\":\"known\",\"contactRecords\":[]}}"};
        } else {
            reply = new String[] {"404", "{\"error\":\"NotFound\",\"errorDescription\":\"not found\"}"};
        }
        byte[] body = reply[1].getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().putAll(Map.of("Content-Type", List.of("application/json")));
        exchange.sendResponseHeaders(Integer.parseInt(reply[0]), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
