package io.cxonebatch.application.suppression.service;

import io.cxonebatch.application.kit.FakeAudit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.cxone.ContactRecord;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.ReadContactListPort;
import io.cxonebatch.application.port.out.suppression.StagedContact;
import io.cxonebatch.application.port.out.suppression.StagedSuppression;
import io.cxonebatch.application.suppression.port.in.CheckContactListsUseCase.ContactPage;
import io.cxonebatch.application.suppression.port.in.CheckContactListsUseCase.ListChecked;
import io.cxonebatch.application.suppression.port.in.CheckContactListsUseCase.Missing;
import io.cxonebatch.application.suppression.port.in.CheckContactListsUseCase.Staged;
import io.cxonebatch.domain.phone.PhoneNumberNormalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

class ContactListCheckTest {

    private final FakeSuppressionTables tables = new FakeSuppressionTables();
    private final FakeAudit audit = new FakeAudit();
    private ReadContactListPort cxone = (listId, cursor) -> Page.last(List.of());
    private List<String> known = List.of("list_b", "list_a");

    private ContactListCheck check() {
        return new ContactListCheck((listId, cursor) -> cxone.contactPage(listId, cursor), () -> known, tables, tables, audit,
                MutableClock.of(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC), new PhoneNumberNormalizer("US"));
    }

    @Test
    void theListsAskedForAreCheckedOnceEachElseEveryListTheRegistryKnows() {
        assertThat(check().listsToCheck(List.of(" list_x ", "list_y", "list_x", ""))).containsExactly("list_x", "list_y");
        assertThat(check().listsToCheck(List.of())).containsExactly("list_b", "list_a");
    }

    @Test
    void aPageIsNormalisedAndStagedAndAContactWithoutAParseableNumberIsKeptWithoutOne() {
        cxone = (listId, cursor) -> new Page<>(List.of(new ContactRecord("c-1", "(212) 736-0147", "NA-EAST"),
                new ContactRecord("c-2", "tbd", " NA-WEST ")), new PageCursor("p2"));

        ContactPage page = check().stageContactPage(3, "list_a", null);

        assertThat(page).isInstanceOfSatisfying(Staged.class, staged -> {
            assertThat(staged.page().next()).isEqualTo(new PageCursor("p2"));
            assertThat(staged.page().unparseable()).isEqualTo(1);
        });
        assertThat(tables.contacts).containsExactly(new StagedContact("list_a", "c-1", "+12127360147", "NA-EAST"),
                new StagedContact("list_a", "c-2", null, "NA-WEST"));
    }

    @Test
    void aListCxoneDoesNotHaveIsMissingAndAnyOtherRefusalStopsTheStep() {
        cxone = (listId, cursor) -> {
            throw new CxoneRejectedException("GET contacts", listId.equals("gone") ? 404 : 400, "no", null);
        };

        assertThat(check().stageContactPage(3, "gone", null)).isInstanceOfSatisfying(Missing.class,
                missing -> assertThat(missing.reason()).contains("gone").contains("404"));
        assertThatThrownBy(() -> check().stageContactPage(3, "bad", null)).isInstanceOf(CxoneRejectedException.class);
    }

    @Test
    void matchingAListAuditsItsTotalsWithoutANumber() {
        tables.stageContacts(3, List.of(new StagedContact("list_a", "c-1", "+12127360147", "NA-EAST"),
                new StagedContact("list_a", "c-2", "+12127360148", "NA-WEST"), new StagedContact("list_a", "c-3", null, "NA-EAST")));
        tables.stageSuppressions(3, List.of(new StagedSuppression("cxone", "sup_1", "+12127360147", "DNC_REQUEST")));

        ListChecked checked = check().matchList(3, 30, "list_a", "na-west");

        assertThat(checked).isEqualTo(new ListChecked("list_a", 3, 1, 1, 1));
        assertThat(audit.events).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(ContactListCheck.LIST_CHECKED);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(event.details().get("suppressed")).isEqualTo(1L);
            assertThat(event.details().get("region")).isEqualTo("na-west");
            assertThat(event.details().toString()).doesNotContain("736");
        });
    }

    @Test
    void aFailedListIsAuditedAsFailedWithWhy() {
        check().listFailed(3, 30, "gone", "CXone has no contact list gone (HTTP 404)");

        assertThat(audit.events).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(event.details().get("reason").toString()).contains("404");
        });
    }
}
