package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import io.cxonebatch.adapters.cxone.ScriptedCxone.Reply;
import io.cxonebatch.application.port.out.cxone.CxoneAuthenticationException;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.DialerRule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SecretsNotRevealedTest {

    private static final String PHONE = "+15550100077";

    private final ScriptedCxone fake = ScriptedCxone.start();
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;

    @BeforeEach
    void captureEveryLogLine() {
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void restoreLogging() {
        root.detachAppender(captured);
        root.setLevel(rootLevel);
        fake.close();
    }

    @Test
    void neitherLogsNorReportsTheSecretATokenOrAPhoneNumber() {
        fake.stub("GET", "/api/v2/campaigns/camp_1",
                Reply.json(401, "{\"message\":\"token " + ScriptedCxone.token(1) + " expired\"}"),
                Reply.json(503, "{\"message\":\"busy\"}"),
                Reply.json(200, "{\"id\":\"camp_1\",\"status\":\"ACTIVE\"}"));
        fake.stub("POST", "/api/v2/campaign-dialer-rules", Reply.json(400, "{\"message\":\"bad rule for token " + ScriptedCxone.token(2) + "\"}"));
        fake.stub("GET", "/api/v2/outbound/campaigns/camp_1", Reply.status(403));
        fake.stub("GET", "/api/v2/outbound/suppressions",
                Reply.json(200, "{\"entity\":[{\"id\":\"s1\",\"phoneNumber\":\"" + PHONE + "\",\"reason\":\"DNC\"}]}"));
        fake.stub("GET", "/api/v2/outbound/contactlists/list_1/contacts",
                Reply.json(422, "{\"message\":\"contact " + PHONE + " breaks the DNC window\"}"));
        CxoneClientSettings settings = TestSettings.forFake(fake).build();
        CxoneAdapter adapter = CxoneAdapter.create(settings, new SimpleMeterRegistry());
        List<Throwable> failures = new ArrayList<>();

        adapter.loadCampaign(CampaignId.of("camp_1"));
        failures.add(catchThrowable(() -> adapter.attachDialerRule(CampaignId.of("camp_1"), new DialerRule(0.03, 1.2, 10, "list_1"))));
        failures.add(catchThrowable(() -> adapter.loadOutboundSettings(CampaignId.of("camp_1"))));
        adapter.suppressionPage(null);
        failures.add(catchThrowable(() -> adapter.contactPage("list_1", null)));

        fake.stub("POST", "/api/v2/oauth/token",
                Reply.json(401, "{\"error_description\":\"secret " + TestSettings.CLIENT_SECRET + " is not valid\"}"));
        CxoneAdapter refused = CxoneAdapter.create(TestSettings.forFake(fake).authStyle(AuthStyle.JSON)
                .tokenPath("/api/v2/oauth/token").build(), new SimpleMeterRegistry());
        Throwable authentication = catchThrowable(() -> refused.loadCampaign(CampaignId.of("camp_1")));
        failures.add(authentication);

        assertThat(authentication).isInstanceOf(CxoneAuthenticationException.class).hasMessageContaining("secret **** is not valid");
        assertThat(failures).doesNotContainNull();
        List<String> written = new ArrayList<>();
        captured.list.forEach(event -> written.addAll(texts(event)));
        failures.forEach(failure -> written.addAll(texts(failure)));
        written.add(settings.toString());
        written.add(adapter.toString());

        assertThat(written).noneSatisfy(text -> assertThat(text).containsAnyOf(forbidden()));
        assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).matches("CXone GET /api/v2/campaigns/\\{id} -> 401 in \\d+ ms"))
                .anySatisfy(line -> assertThat(line).matches("CXone POST /oauth/token -> 200 in \\d+ ms"))
                .anySatisfy(line -> assertThat(line).startsWith("CXone access token obtained"));
    }

    @Test
    void anEchoedClientSecretIsRedactedInEveryFormItCanComeBackInAndBeforeTheBodyIsCutShort() {
        String basic = Base64.getEncoder().encodeToString((TestSettings.CLIENT_ID + ":" + TestSettings.CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        String formEncoded = java.net.URLEncoder.encode(TestSettings.CLIENT_SECRET, StandardCharsets.UTF_8);
        // Plain text, so the raw body is the message and is cut at 200 characters: the secret straddles the cut.
        String straddling = "x".repeat(190) + TestSettings.CLIENT_SECRET + " rest of the body";
        for (String body : List.of("grant_type=client_credentials&client_secret=" + formEncoded + " refused",
                "Authorization: Basic " + basic + " refused", straddling)) {
            fake.stub("POST", "/oauth/token", Reply.json(401, body));
            CxoneAdapter refused = CxoneAdapter.create(TestSettings.forFake(fake).build(), new SimpleMeterRegistry());
            Throwable failure = catchThrowable(() -> refused.loadCampaign(CampaignId.of("camp_1")));

            assertThat(failure).isInstanceOf(CxoneAuthenticationException.class);
            assertThat(texts(failure)).noneSatisfy(text -> assertThat(text).containsAnyOf(forbidden())
                    .doesNotContain(TestSettings.CLIENT_SECRET.substring(0, 8)));
        }
    }

    private static String[] forbidden() {
        String basic = Base64.getEncoder().encodeToString(
                (TestSettings.CLIENT_ID + ":s3cr3t-Zq8%21pW").getBytes(StandardCharsets.UTF_8));
        return new String[] {TestSettings.CLIENT_SECRET, "s3cr3t-Zq8%21pW", basic, "access-token-", PHONE, PHONE.substring(1)};
    }

    private static List<String> texts(ILoggingEvent event) {
        List<String> texts = new ArrayList<>();
        texts.add(event.getFormattedMessage());
        if (event.getArgumentArray() != null) {
            Arrays.stream(event.getArgumentArray()).forEach(argument -> texts.add(String.valueOf(argument)));
        }
        texts.add(String.valueOf(event.getMDCPropertyMap()));
        for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
            texts.add(proxy.getClassName() + ": " + proxy.getMessage());
            for (StackTraceElementProxy frame : proxy.getStackTraceElementProxyArray()) {
                texts.add(frame.getSTEAsString());
            }
        }
        return texts;
    }

    private static List<String> texts(Throwable failure) {
        List<String> texts = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            texts.add(t.toString());
            Arrays.stream(t.getSuppressed()).forEach(suppressed -> texts.add(suppressed.toString()));
        }
        return texts;
    }
}
