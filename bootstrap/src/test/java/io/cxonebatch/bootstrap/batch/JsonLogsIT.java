package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.application.suppression.SuppressionJob;
import io.cxonebatch.sandbox.CxoneSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code cxone-batch.log-format=json} on a run in-process, with the client's DEBUG lines on: the log file is one JSON
 * object a line, the run's lines (on its own thread and on its item threads) name the job and the execution, an
 * item's lines name its campaign, and neither the client secret nor a phone number of the input is ever written.
 */
class JsonLogsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    @Test
    void aProvisioningRunLogsJsonLinesThatNameTheRunAndOnItsItemThreadsTheCampaign() throws Exception {
        Path plan = Files.writeString(dataDir.resolve("plan.csv"), """
                external_key,name,type,skills,timezone,start_local,end_local,abandon_threshold,predictive_rate,max_concurrent_calls,target_list_id,queue_id,activate
                LOG-EAST,Log East,PROGRESSIVE,OUTBOUND_SALES,America/Chicago,2027-01-04T09:00,2027-01-04T17:00,,,,,,false
                LOG-WEST,Log West,PROGRESSIVE,OUTBOUND_SALES,America/Chicago,2027-01-05T09:00,2027-01-05T17:00,,,,,,false
                LOG-SOUTH,Log South,PROGRESSIVE,OUTBOUND_SALES,America/Chicago,2027-01-06T09:00,2027-01-06T17:00,,,,,,false
                """);
        JobExecution execution;
        List<LogLine> lines;
        try (CxoneSandbox sandbox = JobHarness.sandbox().start(); JobHarness harness = jsonLogging(sandbox)) {
            execution = harness.run(ProvisioningJob.NAME, Map.of("plan", plan.toString()));
            lines = logLines();
        }

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<LogLine> run = linesOfTheRun(lines, "provision-");
        assertThat(run).allSatisfy(line -> assertThat(line.namesTheRun(ProvisioningJob.NAME, execution.getId())).as(line.text()).isTrue());
        List<LogLine> itemLines = run.stream().filter(line -> line.thread().startsWith("provision-")).toList();
        assertThat(itemLines).as("the client's DEBUG lines of each item's calls").isNotEmpty()
                .allSatisfy(line -> assertThat(line.field(RunLoggingContext.CAMPAIGN)).as(line.text()).isIn("LOG-EAST", "LOG-WEST", "LOG-SOUTH"));
        assertThat(itemLines).extracting(line -> line.field(RunLoggingContext.CAMPAIGN)).contains("LOG-EAST", "LOG-WEST", "LOG-SOUTH");
        assertThat(lines).noneMatch(line -> line.text().contains(JobHarness.CLIENT_SECRET));
    }

    @Test
    void aSuppressionRunWritesNeitherTheClientSecretNorAPhoneNumberOfItsDoNotCallFile() throws Exception {
        Path dnc = Files.writeString(dataDir.resolve("state-dnc.csv"), """
                phone_number,source,reason
                "(212) 555-0147",state-list,STATE_DNC
                +1 646 555 0199,state-list,STATE_DNC
                3125550123,state-list,STATE_DNC
                """);
        List<String> numbers = List.of("(212) 555-0147", "2125550147", "+12125550147", "+1 646 555 0199", "6465550199",
                "+16465550199", "3125550123", "+13125550123");
        JobExecution execution;
        List<LogLine> lines;
        try (CxoneSandbox sandbox = JobHarness.sandbox().contactList("list_logs", 300, "NA-EAST").suppressionCount(200).start();
                JobHarness harness = jsonLogging(sandbox).with("cxone.contact-page-size", 100)) {
            execution = harness.run(SuppressionJob.NAME, Map.of("lists", "list_logs", "dnc", dnc.toString(),
                    "dncAsOf", LocalDate.now().minusDays(1).toString()));
            lines = logLines();
        }

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(linesOfTheRun(lines)).isNotEmpty()
                .allSatisfy(line -> assertThat(line.namesTheRun(SuppressionJob.NAME, execution.getId())).as(line.text()).isTrue());
        assertThat(lines).noneMatch(line -> line.text().contains(JobHarness.CLIENT_SECRET));
        for (String number : numbers) {
            assertThat(lines).as(number).noneMatch(line -> line.text().contains(number));
        }
    }

    private JobHarness jsonLogging(CxoneSandbox sandbox) {
        return new JobHarness(sandbox, dataDir)
                .with("cxone-batch.log-format", "json")
                .with("logging.level.io.cxonebatch", "DEBUG");
    }

    /** Every line of the log file, each of which must be one JSON object. */
    private List<LogLine> logLines() throws IOException {
        List<String> texts = Files.readAllLines(dataDir.resolve("test.log"));
        assertThat(texts).isNotEmpty();
        return texts.stream().map(LogLine::parse).toList();
    }

    /**
     * The lines logged from the run's first step to its last, on the thread that runs it and on the item threads
     * (named {@code itemThreadPrefixes…}): not those of the database server, the sandbox or the application's start.
     */
    private static List<LogLine> linesOfTheRun(List<LogLine> lines, String... itemThreadPrefixes) {
        int first = indexOf(lines, "Executing step: [", false);
        int last = indexOf(lines, "] executed in ", true);
        assertThat(first).as("the run's first step").isNotNegative();
        assertThat(last).as("the run's last step").isGreaterThan(first);
        String runThread = lines.get(first).thread();
        return lines.subList(first, last + 1).stream()
                .filter(line -> line.thread().equals(runThread) || Arrays.stream(itemThreadPrefixes).anyMatch(line.thread()::startsWith))
                .toList();
    }

    private static int indexOf(List<LogLine> lines, String message, boolean lastOne) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).message().contains(message)) {
                if (!lastOne) {
                    return i;
                }
                found = i;
            }
        }
        return found;
    }

    /** One line of the log file, read as Spring Boot's ECS JSON. */
    private record LogLine(String text, JsonNode json) {

        static LogLine parse(String text) {
            JsonNode json = JSON.readTree(text);
            assertThat(json.isObject()).as(text).isTrue();
            return new LogLine(text, json);
        }

        String thread() {
            return json.at("/process/thread/name").asString("");
        }

        String message() {
            return json.path("message").asString("");
        }

        String field(String name) {
            return json.path(name).asString("");
        }

        boolean namesTheRun(String jobName, long executionId) {
            return field(RunLoggingContext.JOB_NAME).equals(jobName)
                    && field(RunLoggingContext.JOB_EXECUTION_ID).equals(Long.toString(executionId));
        }
    }
}
