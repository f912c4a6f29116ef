package io.cxonebatch.adapters.cxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.cxone.ScriptedCxone.Recorded;
import io.cxonebatch.adapters.cxone.ScriptedCxone.Reply;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.Pager;
import io.cxonebatch.application.port.out.cxone.ContactRecord;
import io.cxonebatch.application.port.out.cxone.MissingScopeException;
import io.cxonebatch.application.port.out.cxone.SuppressionRecord;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ListCallsTest {

    private static final String CONTACTS = "/api/v2/outbound/contactlists/list_7/contacts";
    private static final String SUPPRESSIONS = "/api/v2/outbound/suppressions";

    private final ScriptedCxone fake = ScriptedCxone.start();

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void readsEveryContactPageAsked250AtATimeByDefault() {
        fake.stub("GET", CONTACTS,
                Reply.json(200, "{\"entity\":[{\"id\":\"k1\",\"fields\":{\"phoneNumber\":\"+1 (555) 010-0001\",\"region\":\"NA-EAST\"}},"
                        + "{\"id\":\"k2\",\"fields\":{\"phoneNumber\":15550100002}}],"
                        + "\"nextPageUri\":\"" + fake.baseUrl() + CONTACTS + "?limit=250&page=2\"}"),
                Reply.json(200, "{\"entity\":[{\"id\":\"k3\",\"fields\":{}},{\"fields\":{\"phoneNumber\":\"+15550100004\"}},{\"id\":\"k5\"}],"
                        + "\"nextPageUri\":null}"));
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).build(), new SimpleMeterRegistry());
        List<List<ContactRecord>> pages = new ArrayList<>();

        contactsOf(adapter, "list_7").forEachPage(pages::add);

        assertThat(pages).containsExactly(
                List.of(new ContactRecord("k1", "+1 (555) 010-0001", "NA-EAST"), new ContactRecord("k2", "15550100002", null)),
                List.of(new ContactRecord("k3", null, null), new ContactRecord("k5", null, null)));
        assertThat(fake.requests("GET", CONTACTS)).extracting(Recorded::query).containsExactly("limit=250&page=1", "limit=250&page=2");
    }

    @Test
    void asksForAsManyContactsPerPageAsConfigured() {
        fake.stub("GET", CONTACTS, Reply.json(200, "{\"entity\":[]}"));
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).contactPageSize(1000).build(), new SimpleMeterRegistry());
        Page<ContactRecord> page = adapter.contactPage("list_7", null);

        assertThat(page.items()).isEmpty();
        assertThat(page.isLast()).isTrue();
        assertThat(fake.requests("GET", CONTACTS).get(0).query()).isEqualTo("limit=1000&page=1");
    }

    @Test
    void findsThatAContactListExistsFromOneContactOfItsFirstPage() {
        fake.stub("GET", CONTACTS, Reply.json(200, "{\"entity\":[{\"id\":\"k1\"}],\"nextPageUri\":\"" + CONTACTS + "?limit=1&page=2\"}"));
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).build(), new SimpleMeterRegistry());

        assertThat(adapter.contactListExists("list_7")).isTrue();
        assertThat(fake.requests("GET", CONTACTS)).extracting(Recorded::query).containsExactly("limit=1&page=1");
    }

    @Test
    void findsThatAContactListCxoneAnswers404ForDoesNotExist() {
        fake.stub("GET", CONTACTS, Reply.json(404, "{\"message\":\"contact list list_7 not found\"}"));
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).build(), new SimpleMeterRegistry());

        assertThat(adapter.contactListExists("list_7")).isFalse();
        assertThat(fake.requests("GET", CONTACTS)).hasSize(1);
    }

    @Test
    void checksAContactListAgainAfterAServerErrorAndReportsAnyOtherRefusal() {
        fake.stub("GET", CONTACTS, Reply.status(503), Reply.json(200, "{\"entity\":[]}"));
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).build(), new SimpleMeterRegistry());

        assertThat(adapter.contactListExists("list_7")).isTrue();
        assertThat(fake.requests("GET", CONTACTS)).hasSize(2);

        fake.stub("GET", CONTACTS, Reply.json(403, "{\"message\":\"insufficient scope\"}"));
        assertThatThrownBy(() -> adapter.contactListExists("list_7"))
                .isInstanceOfSatisfying(MissingScopeException.class,
                        missing -> assertThat(missing.requiredScope()).isEqualTo("contactlist:read"));
    }

    @Test
    void readsEverySuppressionPageAThousandAtATimeUntilTheNextPageUriIsEmpty() {
        fake.stub("GET", SUPPRESSIONS,
                Reply.json(200, "{\"entity\":[{\"id\":\"s1\",\"phoneNumber\":\"+15550100001\",\"reason\":\"DNC\"}],"
                        + "\"nextPageUri\":\"/api/v2/outbound/suppressions?limit=1000&page=2\"}"),
                Reply.json(200, "{\"entity\":[{\"id\":\"s2\",\"phoneNumber\":\"+15550100002\"}],\"nextPageUri\":\"\"}"));
        CxoneAdapter adapter = CxoneAdapter.create(TestSettings.forFake(fake).build(), new SimpleMeterRegistry());
        List<List<SuppressionRecord>> pages = new ArrayList<>();

        ((Pager<SuppressionRecord>) adapter::suppressionPage).forEachPage(pages::add);

        assertThat(pages).containsExactly(
                List.of(new SuppressionRecord("s1", "+15550100001", "DNC")),
                List.of(new SuppressionRecord("s2", "+15550100002", null)));
        assertThat(fake.requests("GET", SUPPRESSIONS)).extracting(Recorded::query)
                .containsExactly("limit=1000&page=1", "limit=1000&page=2");
        assertThat(fake.requests("GET", SUPPRESSIONS)).allSatisfy(request ->
                assertThat(request.header("Authorization")).isEqualTo("Bearer " + ScriptedCxone.token(1)));
    }

    /** The list's pages as a reader walks them: from the first, each page's cursor in turn. */
    private static Pager<ContactRecord> contactsOf(CxoneAdapter adapter, String contactListId) {
        return cursor -> adapter.contactPage(contactListId, cursor);
    }
}
