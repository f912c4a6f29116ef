package io.cxonebatch.application.suppression.service;

import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.port.out.suppression.MatchedContact;
import io.cxonebatch.application.port.out.suppression.SourceCount;
import io.cxonebatch.application.suppression.port.in.CheckContactListsUseCase.ListChecked;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a suppression-crossref run's report says: per list a file of the matched contacts (ids, sources, reasons;
 * never a number) and a file of the eligible contact ids, and a summary of the sources and the lists. Unparseable
 * contacts count as rejected and failed lists as failed, so a run that has either does not exit 0; nor does a run
 * that checked no list at all.
 */
public final class SuppressionReport {

    public static final List<String> MATCH_COLUMNS = List.of("contact_id", "sources", "reasons");
    public static final List<String> ELIGIBLE_COLUMNS = List.of("contact_id");

    private SuppressionReport() {
    }

    public static List<String> matchRecord(MatchedContact match) {
        return List.of(match.contactId(), String.join(";", match.sources()), String.join(";", match.reasons()));
    }

    /** A list id as it may appear in a file name. */
    public static String fileSafe(String listId) {
        return listId.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /**
     * @param failedLists the lists that could not be checked, with why
     * @param files every file written, in order
     */
    public static JobResult result(List<SourceCount> sources, List<ListChecked> lists, Map<String, String> failedLists,
            List<String> files) {
        List<String> summary = new ArrayList<>();
        for (SourceCount source : sources) {
            summary.add(String.format(Locale.ROOT, "source %s: %,d entries, %,d unparseable (never matched)", source.source(),
                    source.entries(), source.unparseable()));
        }
        long read = 0;
        long unparseable = 0;
        for (ListChecked list : lists) {
            read += list.contactsRead();
            unparseable += list.unparseable();
            summary.add(String.format(Locale.ROOT, "list %s: %,d contacts, %,d suppressed, %,d eligible, %,d unparseable (not eligible)",
                    list.listId(), list.contactsRead(), list.suppressed(), list.eligible(), list.unparseable()));
        }
        failedLists.forEach((listId, reason) -> summary.add("list " + listId + " FAILED: " + reason));
        // A run that checked nothing proves nothing: it must not pass for a clean one.
        boolean nothingChecked = lists.isEmpty() && failedLists.isEmpty();
        if (nothingChecked) {
            summary.add("no contact list was checked: name them with lists=ID;ID, or provision campaigns first");
        }
        files.forEach(file -> summary.add("Report:  " + file));
        return new JobResult(read, read - unparseable, 0, unparseable, failedLists.size() + (nothingChecked ? 1 : 0), summary, files);
    }
}
