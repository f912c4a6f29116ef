package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.application.port.out.outbox.Notification;
import io.cxonebatch.application.port.out.outbox.NotificationCounts;
import io.cxonebatch.application.port.out.outbox.NotificationStatus;
import io.cxonebatch.application.port.out.outbox.OutboxPort;
import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.bootstrap.batch.JobRunner;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/** Prints job executions for people. */
final class ExecutionPrinter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ExecutionPrinter() {
    }

    /** The outbox's notifications of one execution: counts, and each DEAD one with its reason. */
    static void notifications(PrintWriter out, OutboxPort outbox, long executionId) {
        NotificationCounts counts = outbox.counts(executionId);
        if (counts.total() == 0) {
            return;
        }
        out.printf("  notifications: delivered %d, pending %d, dead %d%n", counts.delivered(), counts.pending(), counts.dead());
        for (Notification notification : outbox.ofExecution(executionId, 1_000)) {
            if (notification.status() == NotificationStatus.DEAD) {
                out.printf("    DEAD #%d %s (%s) after %d attempts: %s%n", notification.id(), notification.topic(),
                        notification.ref(), notification.attempts(), notification.lastError());
            }
        }
    }

    static void details(PrintWriter out, JobExecution execution) {
        out.printf("Execution %d of %s: %s (exit %s)%n", execution.getId(), execution.getJobInstance().getJobName(),
                execution.getStatus(), execution.getExitStatus().getExitCode());
        out.printf("  parameters: %s%n", parameters(execution.getJobParameters()));
        String launchedBy = execution.getJobParameters().getString(JobRunner.LAUNCHED_BY);
        if (launchedBy != null) {
            out.printf("  launched by: %s%n", launchedBy);
        }
        out.printf("  started:    %s%n", time(execution.getStartTime()));
        out.printf("  ended:      %s%s%n", time(execution.getEndTime()), took(execution.getStartTime(), execution.getEndTime()));
        for (StepExecution step : execution.getStepExecutions()) {
            out.printf("  step %-28s %-9s read %d, written %d, filtered %d, skipped %d, commits %d%n", step.getStepName(),
                    step.getStatus(), step.getReadCount(), step.getWriteCount(), step.getFilterCount(),
                    step.getSkipCount(), step.getCommitCount());
        }
        // The job's own account of its items (rejected, failed, where its report and rejects are), once it recorded one.
        JobOutcome.of(execution).summaryLines().forEach(line -> out.println("  " + line));
        String description = execution.getExitStatus().getExitDescription();
        if (!description.isBlank()) {
            out.printf("  exit description: %s%n", firstLines(description, 6));
        }
    }

    static void summary(PrintWriter out, JobOutcome outcome) {
        out.println();
        out.printf("%s execution %d: %s%n", outcome.jobName(), outcome.executionId(), outcome.status());
        outcome.summaryLines().forEach(line -> out.println("  " + line));
        if (!outcome.completed() && !outcome.failure().isBlank()) {
            out.println("  why: " + outcome.failure());
            out.println("  Fix the cause, then: cxone-batch restart " + outcome.executionId());
        }
    }

    /**
     * The parameters as given to {@code run}, e.g. {@code dryRun=true, plan=examples/campaign-plan.csv}: name=value
     * pairs sorted by name, without {@value JobRunner#RUN_ID} and {@value JobRunner#LAUNCHED_BY}, which every start adds; {@code -} when there are none.
     */
    static String parameters(JobParameters parameters) {
        String shown = parameters.parameters().stream()
                .filter(parameter -> !JobRunner.RUN_ID.equals(parameter.name()) && !JobRunner.LAUNCHED_BY.equals(parameter.name()))
                .sorted(Comparator.comparing(JobParameter::name))
                .map(parameter -> parameter.name() + "=" + parameter.value())
                .collect(Collectors.joining(", "));
        return shown.isEmpty() ? "-" : shown;
    }

    static String time(@Nullable LocalDateTime time) {
        return time == null ? "-" : TIME.format(time);
    }

    private static String took(@Nullable LocalDateTime start, @Nullable LocalDateTime end) {
        if (start == null || end == null) {
            return "";
        }
        Duration took = Duration.between(start, end);
        return String.format(" (%d.%03d s)", took.toSeconds(), took.toMillisPart());
    }

    private static String firstLines(String text, int lines) {
        String[] all = text.split("\n");
        if (all.length <= lines) {
            return text.strip();
        }
        return String.join("\n", java.util.Arrays.copyOf(all, lines)).strip() + "\n  …";
    }
}
