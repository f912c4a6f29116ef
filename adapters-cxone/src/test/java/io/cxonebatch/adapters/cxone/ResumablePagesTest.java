package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.cxone.ScriptedCxone.Recorded;
import io.cxonebatch.adapters.cxone.ScriptedCxone.Reply;
import io.cxonebatch.adapters.cxone.ScriptedCxone.Responder;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.ContactRecord;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.RemoteCampaign;
import io.cxonebatch.application.port.out.cxone.SuppressionRecord;
import io.cxonebatch.domain.campaign.CampaignId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A listing is read a page at a time, and a page's cursor is its {@code nextPageUri} exactly as CXone sent it: a
 * reader keeps it, and a restarted process, with a new adapter, reads on from that page. A cursor is checked before
 * anything is sent with the token.
 */
class ResumablePagesTest {

    private static final String CAMPAIGNS = "/api/v2/campaigns";
    private static final String CONTACTS = "/api/v2/outbound/contactlists/list_7/contacts";
    private static final String SUPPRESSIONS = "/api/v2/outbound/suppressions";

    private final ScriptedCxone fake = ScriptedCxone.start();

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private CxoneAdapter newAdapter() {
        return CxoneAdapter.create(TestSettings.forFake(fake).build(), new SimpleMeterRegistry());
    }

    @Test
    void aNewAdapterResumesTheCampaignListingFromTheCursorOfPageOne() {
        fake.stub("GET", CAMPAIGNS, byQuery(Map.of(
                "page=1&limit=1000", Reply.json(200, "{\"entities\":[{\"id\":\"c1\"},{\"id\":\"c2\"}],"
                        + "\"nextPageUri\":\"/api/v2/campaigns?page=2&limit=1000\"}"),
                "page=2&limit=1000", Reply.json(200, "{\"entities\":[{\"id\":\"c3\"}],\"nextPageUri\":null}"))));

        Page<RemoteCampaign> first = newAdapter().campaignPage(null);
        PageCursor kept = new PageCursor(first.next().value());
        Page<RemoteCampaign> second = newAdapter().campaignPage(kept);

        assertThat(ids(first.items())).containsExactly("c1", "c2");
        assertThat(first.next()).isEqualTo(new PageCursor("/api/v2/campaigns?page=2&limit=1000"));
        assertThat(ids(second.items())).containsExactly("c3");
        assertThat(second.next()).isNull();
        assertThat(fake.requests("GET", CAMPAIGNS)).extracting(Recorded::query)
                .containsExactly("page=1&limit=1000", "page=2&limit=1000");
        assertThat(fake.tokenRequests()).hasSize(2);
    }

    @Test
    void keepsAnAbsoluteNextPageUriAsTheCursorAndFollowsIt() {
        String absolute = fake.baseUrl() + CAMPAIGNS + "?page=2&limit=1000";
        fake.stub("GET", CAMPAIGNS, byQuery(Map.of(
                "page=1&limit=1000", Reply.json(200, "{\"entities\":[{\"id\":\"c1\"}],\"nextPageUri\":\"" + absolute + "\"}"),
                "page=2&limit=1000", Reply.json(200, "{\"entities\":[{\"id\":\"c2\"}]}"))));

        PageCursor cursor = newAdapter().campaignPage(null).next();

        assertThat(cursor).isEqualTo(new PageCursor(absolute));
        assertThat(ids(newAdapter().campaignPage(cursor).items())).containsExactly("c2");
    }

    @ParameterizedTest(name = "nextPageUri {0}")
    @ValueSource(strings = {",\"nextPageUri\":null", ",\"nextPageUri\":\"\"", ",\"nextPageUri\":\"  \"", ""})
    void aPageThatNamesNoNextPageIsTheLast(String nextPageUri) {
        fake.stub("GET", CAMPAIGNS, Reply.json(200, "{\"entities\":[{\"id\":\"c1\"}]" + nextPageUri + "}"));

        Page<RemoteCampaign> page = newAdapter().campaignPage(null);

        assertThat(page.next()).isNull();
        assertThat(page.isLast()).isTrue();
    }

    @Test
    void aListingThatNamesANewPageForeverIsFollowedNoFurtherThanTheMostPagesOfAWalk() {
        java.util.concurrent.atomic.AtomicInteger served = new java.util.concurrent.atomic.AtomicInteger();
        fake.stub("GET", CAMPAIGNS, request -> Reply.json(200, "{\"entities\":[{\"id\":\"c" + served.incrementAndGet()
                + "\"}],\"nextPageUri\":\"/api/v2/campaigns?page=" + (served.get() + 1) + "&limit=1000\"}"));
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).maxPagesPerWalk(5).build(), new SimpleMeterRegistry());

        assertThatThrownBy(() -> {
            PageCursor cursor = null;
            do {
                cursor = adapter.campaignPage(cursor).next();
            } while (cursor != null);
        }).isInstanceOfSatisfying(CxoneRejectedException.class, refused ->
                assertThat(refused.serverMessage()).contains("more than 5 pages", "cxone.max-pages-per-walk"));
        assertThat(fake.requests("GET", CAMPAIGNS)).hasSize(5);
        assertThat(ids(adapter.campaignPage(null).items())).as("a new walk starts afresh").hasSize(1);
    }

    @Test
    void refusesACursorOnAnotherHostWithoutSendingAnything() {
        CxoneAdapter adapter = newAdapter();

        assertThatThrownBy(() -> adapter.campaignPage(new PageCursor("https://elsewhere.example/api/v2/campaigns?page=2")))
                .isInstanceOfSatisfying(CxoneRejectedException.class, refused -> {
                    assertThat(refused.operation()).isEqualTo("GET /api/v2/campaigns");
                    assertThat(refused.serverMessage()).contains("points outside the base URL");
                });
        assertThatThrownBy(() -> adapter.suppressionPage(new PageCursor("http://127.0.0.1:1" + SUPPRESSIONS + "?page=2")))
                .isInstanceOf(CxoneRejectedException.class)
                .hasMessageContaining("points outside the base URL");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void refusesACursorThatIsNoUri() {
        assertThatThrownBy(() -> newAdapter().contactPage("list_7", new PageCursor(CONTACTS + "?page=2 and more")))
                .isInstanceOf(CxoneRejectedException.class)
                .hasMessageContaining("is not a URI");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void stopsWalkingTheCampaignListingWhenANextPageUriRepeats() {
        fake.stub("GET", CAMPAIGNS,
                Reply.json(200, "{\"entities\":[{\"id\":\"c1\"}],\"nextPageUri\":\"/api/v2/campaigns?page=2&limit=1000\"}"));

        assertThatThrownBy(() -> newAdapter().forEachCampaignPage(page -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a second time");
        assertThat(fake.requests("GET", CAMPAIGNS)).hasSize(2);
    }

    @Test
    void aNewAdapterResumesAContactListFromTheCursorOfPageOne() {
        fake.stub("GET", CONTACTS, byQuery(Map.of(
                "limit=250&page=1", Reply.json(200, "{\"entity\":[{\"id\":\"k1\",\"fields\":{\"region\":\"NA-EAST\"}}],"
                        + "\"nextPageUri\":\"" + CONTACTS + "?limit=250&page=2\"}"),
                "limit=250&page=2", Reply.json(200, "{\"entity\":[{\"id\":\"k2\"}],\"nextPageUri\":null}"))));

        Page<ContactRecord> first = newAdapter().contactPage("list_7", null);
        Page<ContactRecord> second = newAdapter().contactPage("list_7", first.next());

        assertThat(first.items()).containsExactly(new ContactRecord("k1", null, "NA-EAST"));
        assertThat(first.next()).isEqualTo(new PageCursor(CONTACTS + "?limit=250&page=2"));
        assertThat(second.items()).containsExactly(new ContactRecord("k2", null, null));
        assertThat(second.isLast()).isTrue();
        assertThat(fake.requests("GET", CONTACTS)).extracting(Recorded::query).containsExactly("limit=250&page=1", "limit=250&page=2");
    }

    @Test
    void aNewAdapterResumesTheSuppressionsFromTheCursorOfPageOne() {
        fake.stub("GET", SUPPRESSIONS, byQuery(Map.of(
                "limit=1000&page=1", Reply.json(200, "{\"entity\":[{\"id\":\"s1\",\"reason\":\"DNC\"}],"
                        + "\"nextPageUri\":\"api/v2/outbound/suppressions?limit=1000&page=2\"}"),
                "limit=1000&page=2", Reply.json(200, "{\"entity\":[{\"id\":\"s2\"}]}"))));

        Page<SuppressionRecord> first = newAdapter().suppressionPage(null);
        Page<SuppressionRecord> second = newAdapter().suppressionPage(first.next());

        assertThat(first.items()).containsExactly(new SuppressionRecord("s1", null, "DNC"));
        assertThat(second.items()).containsExactly(new SuppressionRecord("s2", null, null));
        assertThat(second.next()).isNull();
        assertThat(fake.requests("GET", SUPPRESSIONS)).extracting(Recorded::query)
                .containsExactly("limit=1000&page=1", "limit=1000&page=2");
    }

    /** Answers by the request's query, so that a page is the same whichever adapter asks and in which order. */
    private static Responder byQuery(Map<String, Reply> pages) {
        return request -> pages.getOrDefault(request.query(), Reply.json(404, "{\"message\":\"no page " + request.query() + "\"}"));
    }

    private static List<String> ids(List<RemoteCampaign> campaigns) {
        return campaigns.stream().map(RemoteCampaign::id).map(CampaignId::value).toList();
    }
}
