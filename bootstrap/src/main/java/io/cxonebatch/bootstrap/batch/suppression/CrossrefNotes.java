package io.cxonebatch.bootstrap.batch.suppression;

import io.cxonebatch.application.suppression.port.in.CheckContactListsUseCase.ListChecked;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What the steps of a suppression-crossref run learn of its lists, typed: the lists to check, those that failed and
 * why, and each checked list's totals. A step keeps them in its own execution context while it runs (committed with
 * each page, so a restart still has them) and hands them to the job's context when it finishes.
 */
final class CrossrefNotes {

    private static final String LISTS = "suppression.lists";
    private static final String FAILED = "suppression.failedLists";
    private static final String CHECKED = "suppression.checkedLists";

    private final ExecutionContext context;

    private CrossrefNotes(ExecutionContext context) {
        this.context = context;
    }

    static CrossrefNotes of(JobExecution execution) {
        return new CrossrefNotes(execution.getExecutionContext());
    }

    static CrossrefNotes of(ExecutionContext context) {
        return new CrossrefNotes(context);
    }

    /** Hands what this step learnt to a later one. */
    void copyTo(CrossrefNotes other) {
        for (String key : List.of(LISTS, FAILED, CHECKED)) {
            if (context.containsKey(key)) {
                other.context.putString(key, context.getString(key));
            }
        }
    }

    boolean listsKnown() {
        return context.containsKey(LISTS);
    }

    void lists(List<String> lists) {
        context.putString(LISTS, String.join("\n", lists));
    }

    List<String> lists() {
        return lines(LISTS);
    }

    void failed(String listId, String reason) {
        Map<String, String> failed = failedLists();
        failed.put(listId, reason.replace('\n', ' ').replace('\t', ' '));
        List<String> lines = new ArrayList<>();
        failed.forEach((id, why) -> lines.add(id + "\t" + why));
        context.putString(FAILED, String.join("\n", lines));
    }

    Map<String, String> failedLists() {
        Map<String, String> failed = new LinkedHashMap<>();
        for (String line : lines(FAILED)) {
            String[] parts = line.split("\t", 2);
            failed.put(parts[0], parts[1]);
        }
        return failed;
    }

    void checked(ListChecked list) {
        List<String> lines = new ArrayList<>(lines(CHECKED));
        lines.add(String.join("\t", list.listId(), String.valueOf(list.contactsRead()), String.valueOf(list.unparseable()),
                String.valueOf(list.suppressed()), String.valueOf(list.eligible())));
        context.putString(CHECKED, String.join("\n", lines));
    }

    List<ListChecked> checkedLists() {
        return lines(CHECKED).stream().map(line -> line.split("\t")).map(p -> new ListChecked(p[0], Long.parseLong(p[1]),
                Long.parseLong(p[2]), Long.parseLong(p[3]), Long.parseLong(p[4]))).toList();
    }

    private List<String> lines(String key) {
        return context.getString(key, "").lines().filter(line -> !line.isBlank()).toList();
    }
}
