package io.cxonebatch.application.kit;

import io.cxonebatch.domain.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the report of a job over an input file's rows says, in the job's words. The report file lists every row and
 * what became of it; the rejects file lists the rejected and failed rows with every reason, followed by the row's
 * own cells in the input's column order, so that the input columns of a corrected copy make a file to run again. The
 * summary shows the counts, the first few problems (and, in a dry run, the first few changes), and where the files
 * are. One per run; fed the rows in key order.
 */
public final class ItemReport {

    /** Rows of changes a dry run shows on screen; the report file has them all. */
    public static final int CHANGES_SHOWN = 20;
    /** Rejected or failed rows shown on screen; the rejects file has them all. */
    public static final int PROBLEMS_SHOWN = 10;

    /**
     * A job's words for its report.
     *
     * @param input what the file is called at the head of the summary ({@code Plan}, {@code Roster})
     * @param refColumn the report's column for an item's ref ({@code external_key}, {@code campaign})
     * @param resultColumn the report's column for what the item became in CXone ({@code campaign_id})
     * @param done what a real run did to a DONE row ({@code provisioned}); planned rows are "would change"
     * @param alreadyDone what an ALREADY_DONE row is ({@code already present})
     * @param statusWord what each status is called in the files
     * @param inputColumns the input file's columns, in order
     */
    public record Words(String input, String refColumn, String resultColumn, String done, String alreadyDone,
            Function<ItemStatus, String> statusWord, List<String> inputColumns) {

        public Words {
            inputColumns = List.copyOf(inputColumns);
        }
    }

    private final Words words;
    private final String inputFile;
    private final boolean dryRun;
    private final List<String> shownChanges = new ArrayList<>();
    private final List<String> shownProblems = new ArrayList<>();
    private long problems;

    public ItemReport(Words words, String inputFile, boolean dryRun) {
        this.words = words;
        this.inputFile = inputFile;
        this.dryRun = dryRun;
    }

    public static List<String> reportColumns(Words words) {
        return List.of("line", words.refColumn(), "status", "stage", words.resultColumn(), "changes", "reasons");
    }

    /** The rejects file's columns: what went wrong, then the input's own columns. */
    public static List<String> rejectsColumns(Words words) {
        List<String> header = new ArrayList<>(List.of("line", "status", "stage", "codes", "reasons"));
        header.addAll(words.inputColumns());
        return List.copyOf(header);
    }

    /** Hands the row's report record to {@code report}, and its rejects record to {@code rejects} when it has one. */
    public void add(StagedItem row, Consumer<List<String>> report, Consumer<List<String>> rejects) {
        String reasons = reasons(row.violations());
        String status = words.statusWord().apply(row.status());
        report.accept(List.of(String.valueOf(row.key()), text(row.ref()), status, text(row.stage()), text(row.resultRef()),
                String.join("; ", row.changes()), reasons));
        if (row.status().isProblem()) {
            problems++;
            List<String> record = new ArrayList<>(List.of(String.valueOf(row.key()), status, text(row.stage()),
                    row.violations().stream().map(Violation::code).collect(Collectors.joining(";")), reasons));
            words.inputColumns().forEach(column -> record.add(row.fields().getOrDefault(column, "")));
            rejects.accept(record);
            if (shownProblems.size() < PROBLEMS_SHOWN) {
                shownProblems.add("line " + row.key() + " (" + text(row.ref()) + ") " + status + ": " + reasons);
            }
        }
        if (dryRun && row.status() == ItemStatus.PLANNED && shownChanges.size() < CHANGES_SHOWN) {
            shownChanges.add("line " + row.key() + " (" + text(row.ref()) + "): " + String.join("; ", row.changes()));
        }
    }

    /**
     * The run's result once every row was added.
     *
     * @param moreLines what else the run has to say, after the counts (a webhook, notifications)
     * @param moreFailed work of the run outside its rows that needs someone to look, which keeps it from exiting 0
     */
    public JobResult result(ItemCounts counts, List<String> moreLines, long moreFailed, String reportFile, String rejectsFile) {
        List<String> summary = new ArrayList<>();
        summary.add(words.input() + " " + inputFile + ": " + counts.total() + " rows" + (dryRun ? " (dry run: nothing changed)" : ""));
        summary.add(String.format("%s %d, %s %d, rejected %d, failed %d", dryRun ? "would change" : words.done(),
                counts.of(dryRun ? ItemStatus.PLANNED : ItemStatus.DONE), words.alreadyDone(), counts.of(ItemStatus.ALREADY_DONE),
                counts.of(ItemStatus.REJECTED), counts.of(ItemStatus.FAILED)));
        if (dryRun) {
            summary.addAll(shownChanges);
            long more = counts.of(ItemStatus.PLANNED) - shownChanges.size();
            if (more > 0) {
                summary.add("… and " + more + " more rows of changes in the report");
            }
        }
        if (counts.of(ItemStatus.PENDING) > 0) {
            long pending = counts.of(ItemStatus.PENDING);
            summary.add(pending + (pending == 1 ? " row" : " rows") + " still pending");
        }
        summary.addAll(moreLines);
        if (problems > 0) {
            summary.addAll(shownProblems);
            if (problems > shownProblems.size()) {
                summary.add("… and " + (problems - shownProblems.size()) + " more rejected or failed rows");
            }
            summary.add("Rejects: " + rejectsFile + " (" + problems + " rows with their reasons)");
        }
        summary.add("Report:  " + reportFile);
        return JobResult.of(counts, summary, List.of(reportFile, rejectsFile)).withFailed(moreFailed);
    }

    private static String reasons(List<Violation> violations) {
        return violations.stream().map(Violation::message).collect(Collectors.joining(" | "));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
