package io.cxonebatch.application.suppression.service;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.suppression.ListTotals;
import io.cxonebatch.application.port.out.suppression.MatchedContact;
import io.cxonebatch.application.port.out.suppression.SourceCount;
import io.cxonebatch.application.port.out.suppression.StagedContact;
import io.cxonebatch.application.port.out.suppression.StagedSuppression;
import io.cxonebatch.application.port.out.suppression.SuppressionResultsPort;
import io.cxonebatch.application.port.out.suppression.SuppressionStagingPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The staging and result tables in memory, matching as the SQL does: on E.164, one match per contact. */
final class FakeSuppressionTables implements SuppressionStagingPort, SuppressionResultsPort {

    final List<StagedSuppression> suppressions = new ArrayList<>();
    final List<StagedContact> contacts = new ArrayList<>();
    final Map<String, ListTotals> results = new TreeMap<>();
    int stageCalls;

    @Override
    public void clearSource(long runId, String source) {
        suppressions.removeIf(s -> s.source().equals(source));
    }

    @Override
    public void clearList(long runId, String listId) {
        contacts.removeIf(c -> c.listId().equals(listId));
    }

    @Override
    public void clearRun(long runId) {
        suppressions.clear();
        contacts.clear();
    }

    @Override
    public void stageSuppressions(long runId, List<StagedSuppression> entries) {
        stageCalls++;
        suppressions.addAll(entries);
    }

    @Override
    public void stageContacts(long runId, List<StagedContact> staged) {
        stageCalls++;
        contacts.addAll(staged);
    }

    @Override
    public List<SourceCount> sourceCounts(long runId) {
        Map<String, long[]> counts = new TreeMap<>();
        suppressions.forEach(s -> {
            long[] c = counts.computeIfAbsent(s.source(), k -> new long[2]);
            c[0]++;
            c[1] += s.e164() == null ? 1 : 0;
        });
        List<SourceCount> result = new ArrayList<>();
        counts.forEach((source, c) -> result.add(new SourceCount(source, c[0], c[1])));
        return result;
    }

    @Override
    public ListTotals matchList(long runId, String listId, @Nullable String region) {
        List<MatchedContact> matched = matched(listId);
        long read = contacts.stream().filter(c -> c.listId().equals(listId)).map(StagedContact::contactId).distinct().count();
        long unparseable = unparseableIds(listId).size();
        ListTotals totals = new ListTotals(listId, read, unparseable, matched.size(), eligible(listId, region).size());
        results.put(listId, totals);
        return totals;
    }

    @Override
    public Page<MatchedContact> matches(long runId, String listId, @Nullable PageCursor after, int limit) {
        return Page.last(matched(listId));
    }

    @Override
    public Page<String> eligibleContactIds(long runId, String listId, @Nullable String region, @Nullable PageCursor after, int limit) {
        return Page.last(eligible(listId, region));
    }

    private List<MatchedContact> matched(String listId) {
        List<MatchedContact> matched = new ArrayList<>();
        for (StagedContact contact : contacts) {
            if (!contact.listId().equals(listId) || contact.e164() == null) {
                continue;
            }
            TreeSet<String> sources = new TreeSet<>();
            TreeSet<String> reasons = new TreeSet<>();
            suppressions.stream().filter(s -> contact.e164().equals(s.e164())).forEach(s -> {
                sources.add(s.source());
                if (s.reason() != null) {
                    reasons.add(s.reason());
                }
            });
            if (!sources.isEmpty() && matched.stream().noneMatch(m -> m.contactId().equals(contact.contactId()))) {
                matched.add(new MatchedContact(contact.contactId(), contact.e164(), List.copyOf(sources), List.copyOf(reasons)));
            }
        }
        return matched;
    }

    /** As the SQL: a contact served twice counts once, and one row without a number makes it unparseable. */
    private List<String> eligible(String listId, @Nullable String region) {
        List<String> suppressed = matched(listId).stream().map(MatchedContact::contactId).toList();
        List<String> unparseable = unparseableIds(listId);
        return contacts.stream().filter(c -> c.listId().equals(listId) && !unparseable.contains(c.contactId())
                        && !suppressed.contains(c.contactId()))
                .filter(c -> region == null || region.equalsIgnoreCase(c.region())).map(StagedContact::contactId).distinct().toList();
    }

    private List<String> unparseableIds(String listId) {
        return contacts.stream().filter(c -> c.listId().equals(listId) && c.e164() == null).map(StagedContact::contactId)
                .distinct().toList();
    }
}
