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
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Call lists of the Admin dialect against a real {@link CxoneSandbox}: 1 "Seeded prospects" of 5,000 records and 2
 * "Large" of 200,000, each downloaded whole, as the sandbox has no paging.
 */
class AdminContactListIT {

    private static final String LIST = AdminOperator.SERVICES + "/lists/call-lists/{listId}";
    private static final int SEEDED = 5_000;
    private static final int LARGE = 200_000;

    private static CxoneSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = CxoneSandbox.builder().port(0).adminCallList("Seeded prospects", SEEDED).adminCallList("Large", LARGE).start();
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
    void aCursorOfAnotherListingOrAnIdThatIsNoNumberIsRefusedUnsent() {
        AdminContactListAdapter lists = connect(settings());
        long requests = sandbox.adminInspect().requestCount("GET", LIST);

        assertThat(catchThrowable(() -> lists.contactPage("1", new PageCursor("skip=100&page=2"))))
                .isInstanceOfSatisfying(CxoneRejectedException.class, refused -> assertThat(refused.httpStatus()).isZero());
        assertThat(catchThrowable(() -> lists.contactListExists("list-1")))
                .isInstanceOfSatisfying(CxoneRejectedException.class, refused -> assertThat(refused.httpStatus()).isZero());
        assertThat(sandbox.adminInspect().requestCount("GET", LIST)).isEqualTo(requests);
    }

    private static CxoneClientSettings.Builder settings() {
        return CxoneClientSettings.adminBuilder(sandbox.baseUrl(), AdminOperator.ACCESS_KEY_ID, AdminOperator.ACCESS_KEY_SECRET)
                .tenant("admin-lists-it");
    }

    private static AdminContactListAdapter connect(CxoneClientSettings.Builder settings) {
        return AdminAdapters.connect(settings.build(), new SimpleMeterRegistry(), Clock.systemUTC(), null).contactLists();
    }
}
