package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.SuppressionRecord;
import io.cxonebatch.sandbox.AdminInspection;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DNC records of the Admin dialect against a real {@link CxoneSandbox}, whose two seeded groups of 1,000 records list
 * whole, ignoring {@code skip}/{@code top}.
 */
class AdminSuppressionIT {

    private static final String RECORDS = AdminOperator.SERVICES + "/dnc-groups/{groupId}/records";

    private static CxoneSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = CxoneSandbox.builder().port(0).start();
        sandbox.faults().rateLimitPerMinute(100);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void readsBothGroupsWholeOnceItSeesThatTheyIgnorePagingAndEveryRecordOnce() {
        AdminInspection admin = sandbox.adminInspect();
        long requests = admin.requestCount("GET", RECORDS);
        AdminSuppressionAdapter suppressions = connect(settings().dncGroupIds(List.of(1, 2)));
        List<SuppressionRecord> read = new ArrayList<>();
        List<PageCursor> cursors = new ArrayList<>();
        Page<SuppressionRecord> page = suppressions.suppressionPage(null);
        read.addAll(page.items());
        while (!page.isLast()) {
            cursors.add(page.next());
            page = suppressions.suppressionPage(page.next());
            read.addAll(page.items());
        }

        Map<String, Long> perGroup = new HashMap<>();
        read.forEach(record -> perGroup.merge(record.reason(), 1L, Long::sum));
        assertThat(perGroup).containsExactlyInAnyOrderEntriesOf(Map.of("DNC group 1", admin.dncRecordCount(1),
                "DNC group 2", admin.dncRecordCount(2)));
        assertThat(read).hasSize(2_000).allSatisfy(record -> {
            assertThat(record.rawPhoneNumber()).isNotBlank();
            assertThat(record.entryId()).isNull();
        });
        assertThat(new HashSet<>(read)).hasSize(2_000);
        // One request a group: each answered more rows than top, so neither was paged further.
        assertThat(admin.requestCount("GET", RECORDS) - requests).isEqualTo(2);
        assertThat(cursors).extracting(PageCursor::value).containsExactly("group=2&skip=0&page=2");
    }

    @Test
    void withoutConfiguredGroupsOrWithACursorOfAnotherGroupNothingIsSent() {
        long requests = sandbox.adminInspect().requestCount("GET", RECORDS);

        assertThat(catchThrowable(() -> connect(settings()).suppressionPage(null)))
                .isInstanceOfSatisfying(CxoneRejectedException.class, refused -> assertThat(refused.httpStatus()).isZero())
                .hasMessageContaining("no DNC group is configured");
        assertThat(catchThrowable(() -> connect(settings().dncGroupIds(List.of(1))).suppressionPage(new PageCursor("group=2&skip=0&page=2"))))
                .isInstanceOf(CxoneRejectedException.class).hasMessageContaining("names no page");
        assertThat(sandbox.adminInspect().requestCount("GET", RECORDS)).isEqualTo(requests);
    }

    private static CxoneClientSettings.Builder settings() {
        return CxoneClientSettings.adminBuilder(sandbox.baseUrl(), AdminOperator.ACCESS_KEY_ID, AdminOperator.ACCESS_KEY_SECRET)
                .tenant("admin-dnc-it");
    }

    private static AdminSuppressionAdapter connect(CxoneClientSettings.Builder settings) {
        return AdminAdapters.connect(settings.build(), new SimpleMeterRegistry(), Clock.systemUTC(), null).suppressions();
    }
}
