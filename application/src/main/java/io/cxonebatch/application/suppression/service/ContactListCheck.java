package io.cxonebatch.application.suppression.service;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.campaigns.ListKnownContactListsPort;
import io.cxonebatch.application.port.out.cxone.ContactRecord;
import io.cxonebatch.application.port.out.cxone.CxoneRejectedException;
import io.cxonebatch.application.port.out.cxone.ReadContactListPort;
import io.cxonebatch.application.port.out.suppression.ListTotals;
import io.cxonebatch.application.port.out.suppression.StagedContact;
import io.cxonebatch.application.port.out.suppression.SuppressionResultsPort;
import io.cxonebatch.application.port.out.suppression.SuppressionStagingPort;
import io.cxonebatch.application.suppression.SuppressionJob;
import io.cxonebatch.application.suppression.port.in.CheckContactListsUseCase;
import io.cxonebatch.application.suppression.port.in.PageStaged;
import io.cxonebatch.domain.phone.PhoneNumberNormalizer;
import io.cxonebatch.domain.validation.CellParser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads each contact list into the run's staging, each number normalised, and matches it in the database. A list
 * CXone does not have fails alone; the others are checked. A contact whose number cannot be parsed is staged
 * without one: it is counted, and it is never eligible, since nobody can prove it is not suppressed.
 */
public final class ContactListCheck implements CheckContactListsUseCase {

    static final String LIST_CHECKED = "SUPPRESSION_LIST_CHECKED";
    private static final int NOT_FOUND = 404;

    private final ReadContactListPort cxone;
    private final ListKnownContactListsPort registry;
    private final SuppressionStagingPort staging;
    private final SuppressionResultsPort results;
    private final AppendAuditEventsPort audit;
    private final Clock clock;
    private final PhoneNumberNormalizer normalizer;

    public ContactListCheck(ReadContactListPort cxone, ListKnownContactListsPort registry, SuppressionStagingPort staging,
            SuppressionResultsPort results, AppendAuditEventsPort audit, Clock clock, PhoneNumberNormalizer normalizer) {
        this.cxone = cxone;
        this.registry = registry;
        this.staging = staging;
        this.results = results;
        this.audit = audit;
        this.clock = clock;
        this.normalizer = normalizer;
    }

    @Override
    public List<String> listsToCheck(List<String> requested) {
        LinkedHashSet<String> lists = new LinkedHashSet<>();
        requested.stream().map(CellParser::optional).filter(id -> id != null).forEach(lists::add);
        return lists.isEmpty() ? registry.knownContactListIds() : List.copyOf(lists);
    }

    @Override
    public ContactPage stageContactPage(long runId, String listId, @Nullable PageCursor cursor) {
        Page<ContactRecord> page;
        try {
            page = cxone.contactPage(listId, cursor);
        } catch (CxoneRejectedException e) {
            if (e.httpStatus() == NOT_FOUND) {
                return new Missing("CXone has no contact list " + listId + " (HTTP 404)");
            }
            throw e;
        }
        List<StagedContact> contacts = new ArrayList<>(page.items().size());
        long unparseable = 0;
        for (ContactRecord record : page.items()) {
            String e164 = normalizer.toE164OrNull(record.rawPhoneNumber());
            unparseable += e164 == null ? 1 : 0;
            contacts.add(new StagedContact(listId, record.contactId(), e164, CellParser.optional(record.region())));
        }
        if (!contacts.isEmpty()) {
            staging.stageContacts(runId, contacts);
        }
        return new Staged(new PageStaged(page.next(), contacts.size(), unparseable));
    }

    @Override
    public ListChecked matchList(long runId, long jobExecutionId, String listId, @Nullable String region) {
        ListTotals totals = results.matchList(runId, listId, CellParser.optional(region));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("listId", listId);
        if (region != null) {
            details.put("region", region);
        }
        details.put("contactsRead", totals.contactsRead());
        details.put("unparseable", totals.unparseable());
        details.put("suppressed", totals.suppressed());
        details.put("eligible", totals.eligible());
        append(jobExecutionId, AuditOutcome.SUCCESS, details);
        return new ListChecked(listId, totals.contactsRead(), totals.unparseable(), totals.suppressed(), totals.eligible());
    }

    @Override
    public void listFailed(long runId, long jobExecutionId, String listId, String reason) {
        append(jobExecutionId, AuditOutcome.FAILED, Map.of("listId", listId, "reason", reason));
    }

    private void append(long jobExecutionId, AuditOutcome outcome, Map<String, ?> details) {
        audit.append(new AuditEvent(clock.instant(), jobExecutionId, SuppressionJob.NAME, LIST_CHECKED, null, outcome, null, null,
                details));
    }
}
