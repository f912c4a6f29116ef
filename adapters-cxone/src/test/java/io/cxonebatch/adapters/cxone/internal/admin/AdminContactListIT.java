package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.ContactRecord;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.sandbox.AdminInspection;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Call lists of the Admin dialect against a real {@link CxoneSandbox}, at the product's default rate limit: 1 "Seeded
 * prospects" of 5,000 records, 2 "Large" of 200,000 and 3 "list_preview" of 250, each downloaded whole, as the sandbox
 * has no paging, and named by id or by name.
 */
class AdminContactListIT {

    private static final String LIST = AdminOperator.SERVICES + "/lists/call-lists/{listId}";
    private static final String INDEX = AdminOperator.SERVICES + "/lists/call-lists";
    private static final int PREVIEW = 250;
    private static final int SEEDED = 5_000;
    private static final int LARGE = 200_000;

    private static CxoneSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = CxoneSandbox.builder().port(0).adminCallList("Seeded prospects", SEEDED).adminCallList("Large", LARGE)
                .adminCallList("list_preview", PREVIEW).start();
        sandbox.faults().rateLimitPerMinute(100);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void aListExistsAndAnUnknownOneDoesNot() {
        AdminContactListAdapter lists = connect(settings());

        assertThat(lists.contactListExists("1")).isTrue();
        assertThat(lists.contactListExists("999")).isFalse();
        assertThat(sandbox.adminInspect().requestCount("GET", LIST, 404)).isEqualTo(1);
    }

    @Test
    void walksTheListInPagesFromOneDownloadAndAResumedWalkReadsEveryRecordOnce() {
        AdminInspection admin = sandbox.adminInspect();
        long downloads = admin.requestCount("GET", LIST);
        AdminContactListAdapter lists = connect(settings().contactPageSize(400));
        Set<String> ids = new HashSet<>();
        int pages = 0;
        Page<ContactRecord> page = null;
        do {
            page = lists.contactPage("1", page == null ? null : page.next());
            pages++;
            page.items().forEach(contact -> assertThat(ids.add(contact.contactId())).as(contact.contactId()).isTrue());
        } while (!page.isLast() && pages < 5);
        PageCursor kept = page.next();
        assertThat(admin.requestCount("GET", LIST) - downloads).isEqualTo(1);

        AdminContactListAdapter restarted = connect(settings().contactPageSize(400));
        page = restarted.contactPage("1", kept);
        pages++;
        page.items().forEach(contact -> assertThat(ids.add(contact.contactId())).as(contact.contactId()).isTrue());
        while (!page.isLast()) {
            page = restarted.contactPage("1", page.next());
            pages++;
            page.items().forEach(contact -> assertThat(ids.add(contact.contactId())).as(contact.contactId()).isTrue());
        }

        assertThat(ids).hasSize(SEEDED);
        assertThat(pages).isEqualTo(SEEDED / 400 + 1);
        // One download for the first walk and one for the resumed one, which skipped what had been handed out.
        assertThat(admin.requestCount("GET", LIST) - downloads).isEqualTo(2);
        assertThat(page.items()).allSatisfy(contact -> assertThat(contact.rawPhoneNumber()).isNotBlank());
    }

    @Test
    void aListOfTwoHundredThousandRecordsStreamsThroughOneDownloadInBoundedPages() {
        AdminInspection admin = sandbox.adminInspect();
        long downloads = admin.requestCount("GET", LIST);
        AdminContactListAdapter lists = connect(settings().contactPageSize(CxoneClientSettings.MAX_PAGE_SIZE));
        long records = 0;
        int pages = 0;
        int largest = 0;
        Page<ContactRecord> page = null;
        do {
            page = lists.contactPage("2", page == null ? null : page.next());
            pages++;
            records += page.items().size();
            largest = Math.max(largest, page.items().size());
        } while (!page.isLast());

        assertThat(records).isEqualTo(LARGE);
        assertThat(pages).isEqualTo(LARGE / CxoneClientSettings.MAX_PAGE_SIZE);
        assertThat(largest).isEqualTo(CxoneClientSettings.MAX_PAGE_SIZE);
        assertThat(admin.requestCount("GET", LIST) - downloads).isEqualTo(1);
    }

    @Test
    void aCursorOfAnotherListingIsRefusedUnsentWhetherTheListIsNamedByIdOrByName() {
        AdminContactListAdapter lists = connect(settings());
        AdminInspection admin = sandbox.adminInspect();
        long requests = admin.requestCount("GET", LIST);
        long lookups = admin.requestCount("GET", INDEX);

        for (String list : new String[] {"1", "list_preview"}) {
            assertThat(catchThrowable(() -> lists.contactPage(list, new PageCursor("skip=100&page=2"))))
                    .isInstanceOfSatisfying(CxoneRejectedException.class, refused -> assertThat(refused.httpStatus()).isZero());
        }
        assertThat(admin.requestCount("GET", LIST)).isEqualTo(requests);
        assertThat(admin.requestCount("GET", INDEX)).isEqualTo(lookups);
    }

    @Test
    void aListNamedByNameExistsAndItsIdIsLookedUpOnceForTheAdaptersLife() {
        AdminContactListAdapter lists = connect(settings());
        AdminInspection admin = sandbox.adminInspect();
        long lookups = admin.requestCount("GET", INDEX);

        assertThat(lists.contactListExists("list_preview")).isTrue();
        assertThat(lists.contactListExists(" list_preview ")).isTrue();
        assertThat(lists.contactListExists("Seeded prospects")).isTrue();
        assertThat(lists.contactListExists("LIST_PREVIEW")).as("names are matched exactly").isFalse();
        assertThat(lists.contactListExists("list_nowhere")).isFalse();

        assertThat(admin.requestCount("GET", INDEX) - lookups).as("once for each name found, and each time for a name not found")
                .isEqualTo(4);
    }

    @Test
    void theRecordsOfAListNamedByNameAreThoseOfItsIdAndAResumedWalkByNameReadsOn() {
        List<String> byId = walk(connect(settings().contactPageSize(100)), "3", null);
        AdminContactListAdapter lists = connect(settings().contactPageSize(100));

        Page<ContactRecord> first = lists.contactPage("list_preview", null);
        List<String> resumed = walk(connect(settings().contactPageSize(100)), "list_preview", first.next());

        assertThat(byId).hasSize(PREVIEW).doesNotHaveDuplicates();
        List<String> byName = new ArrayList<>(first.items().stream().map(ContactRecord::contactId).toList());
        byName.addAll(resumed);
        assertThat(byName).isEqualTo(byId);
    }

    @Test
    void aNameNoListBearsIsA404ThatNamesTheListWithItsPhoneNumbersMasked() {
        AdminContactListAdapter lists = connect(settings());

        Throwable missing = catchThrowable(() -> lists.contactPage("list_nowhere", null));
        Throwable masked = catchThrowable(() -> lists.contactPage("call back 212-555-0147", null));

        assertThat(missing).isInstanceOfSatisfying(CxoneRejectedException.class, refused -> assertThat(refused.httpStatus()).isEqualTo(404))
                .hasMessageContaining("list_nowhere");
        assertThat(masked).isInstanceOfSatisfying(CxoneRejectedException.class, refused -> assertThat(refused.httpStatus()).isEqualTo(404))
                .hasMessageContaining("call back").hasMessageNotContaining("212-555-0147").hasMessageNotContaining("5550147");
    }

    private static List<String> walk(AdminContactListAdapter lists, String list, PageCursor from) {
        List<String> ids = new ArrayList<>();
        PageCursor cursor = from;
        Page<ContactRecord> page;
        do {
            page = lists.contactPage(list, cursor);
            page.items().forEach(contact -> ids.add(contact.contactId()));
            cursor = page.next();
        } while (!page.isLast());
        return ids;
    }

    private static CxoneClientSettings.Builder settings() {
        return CxoneClientSettings.adminBuilder(sandbox.baseUrl(), AdminOperator.ACCESS_KEY_ID, AdminOperator.ACCESS_KEY_SECRET)
                .tenant("admin-lists-it");
    }

    private static AdminContactListAdapter connect(CxoneClientSettings.Builder settings) {
        return AdminAdapters.connect(settings.build(), new SimpleMeterRegistry(), Clock.systemUTC(), null).contactLists();
    }
}
