package io.cxonebatch.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.bootstrap.batch.JobResults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

class ReportFilesTest {

    @TempDir
    Path dataDir;

    private JobExecution executionThatWrote(Path... files) {
        JobExecution execution = new JobExecution(7, new JobInstance(3, "some-job"), new JobParameters());
        JobResults.record(execution, new JobResult(1, 1, 0, 0, 0, List.of(),
                java.util.Arrays.stream(files).map(Path::toString).toList()));
        return execution;
    }

    @Test
    void listsAndFindsTheFilesTheExecutionRecordedInTheReportsDirectory() throws Exception {
        Path reports = Files.createDirectories(dataDir.resolve("reports"));
        Path csv = Files.writeString(reports.resolve("some-job-3-report.csv"), "a,b\n");
        Path html = Files.writeString(reports.resolve("some-job-3.html"), "<html></html>");
        ReportFiles files = new ReportFiles(reports);
        JobExecution execution = executionThatWrote(csv, html);

        assertThat(files.of(execution)).extracting(file -> file.getFileName().toString())
                .containsExactly("some-job-3-report.csv", "some-job-3.html");
        assertThat(files.named(execution, "some-job-3.html")).contains(html.toRealPath());
        assertThat(ReportFiles.mediaType(csv).toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(ReportFiles.mediaType(html).toString()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void aNameIsLookedUpAmongTheExecutionsFilesNeverResolvedAgainstTheDirectory() throws Exception {
        Path reports = Files.createDirectories(dataDir.resolve("reports"));
        Path csv = Files.writeString(reports.resolve("mine.csv"), "a\n");
        Files.writeString(reports.resolve("another-runs.csv"), "b\n");
        Files.writeString(dataDir.resolve("secret.txt"), "secret");
        ReportFiles files = new ReportFiles(reports);
        JobExecution execution = executionThatWrote(csv);

        assertThat(files.named(execution, "another-runs.csv")).isEmpty();
        assertThat(files.named(execution, "../secret.txt")).isEmpty();
        assertThat(files.named(execution, "mine.csv/../../secret.txt")).isEmpty();
        assertThat(files.named(execution, reports.resolve("mine.csv").toString())).as("a whole path").isEmpty();
        assertThat(files.named(execution, "")).isEmpty();
    }

    @Test
    void aRecordedFileOutsideTheReportsDirectoryOrLinkingOutOfItIsNeitherListedNorServed() throws Exception {
        Path reports = Files.createDirectories(dataDir.resolve("reports"));
        Path outside = Files.writeString(dataDir.resolve("secret.csv"), "secret");
        Path sneaky = reports.resolve("..").resolve("secret.csv");
        Path link = Files.createSymbolicLink(reports.resolve("link.csv"), outside);
        ReportFiles files = new ReportFiles(reports);
        JobExecution execution = executionThatWrote(outside, sneaky, link, reports.resolve("gone.csv"));

        assertThat(files.of(execution)).isEmpty();
        assertThat(files.named(execution, "link.csv")).isEmpty();
        assertThat(files.named(execution, "secret.csv")).isEmpty();
    }

    @Test
    void anExecutionWithoutAResultOrWithoutAReportsDirectoryHasNoFiles() {
        JobExecution running = new JobExecution(8, new JobInstance(4, "some-job"), new JobParameters());

        assertThat(new ReportFiles(dataDir.resolve("reports")).of(running)).isEmpty();
        assertThat(new ReportFiles(dataDir.resolve("not-there")).of(executionThatWrote(dataDir.resolve("x.csv")))).isEmpty();
    }
}
