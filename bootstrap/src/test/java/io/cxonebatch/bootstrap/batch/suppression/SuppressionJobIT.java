package io.cxonebatch.bootstrap.batch.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.application.port.out.cxone.ContactRecord;
import io.cxonebatch.application.suppression.SuppressionJob;
import io.cxonebatch.bootstrap.batch.JobHarness;
import io.cxonebatch.bootstrap.batch.JobOutcome;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.cxonebatch.sandbox.SandboxInspection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The suppression cross-reference against a sandbox that knows the answer: seven US formats and UK numbers, one
 * number suppressed twice in two formats, suppression ids that equal other contacts' ids, unparseable numbers on
 * both sides. The job's matches must be the sandbox's exactly.
 */
class SuppressionJobIT {

    private static final String CONTACTS_ROUTE = "/api/v2/outbound/contactlists/{listId}/contacts";
    /** Ten digits or more, whatever separates them: a phone number in any format (dates and counts have fewer). */
    private static final Pattern A_PHONE_NUMBER = Pattern.compile("(?<!\\d)(?:\\+?\\d[ ().-]*){10,15}(?!\\d)");

    @TempDir
    Path dataDir;

    private CxoneSandbox sandbox;
    private SandboxInspection truth;
    private JobHarness harness;

    @BeforeEach
    void start() {
        sandbox = JobHarness.sandbox()
                .contactList("list_east", 3_000, "NA-EAST")
                .contactList("list_mixed", 2_000, "NA-EAST", "NA-WEST", "NA-CENTRAL")
                .suppressionCount(4_000)
                .start();
        truth = sandbox.inspect();
        harness = new JobHarness(sandbox, dataDir).with("cxone.contact-page-size", 100);
    }

    @AfterEach
    void stop() {
        harness.close();
        sandbox.close();
    }

    private JobExecution run(Map<String, String> parameters) throws Exception {
        return harness.run(SuppressionJob.NAME, parameters);
    }

    private List<String> matchedIds(String listId) {
        return harness.jdbc().sql("SELECT contact_id FROM suppression_match WHERE list_id = ?")
                .param(listId).query(String.class).list().stream().sorted().toList();
    }

    private List<String> fileColumn(JobExecution execution, String listId, String kind) throws Exception {
        Path file = ReportTasklet.reportFile(dataDir.resolve("reports"), execution.getJobInstance().getInstanceId(), listId, kind);
        return Files.readAllLines(file).stream().skip(1).map(line -> line.split(",", 2)[0]).sorted().toList();
    }

    @Test
    void matchesExactlyTheContactsTheSandboxKnowsAreSuppressedAndNotThoseWhoseIdMerelyEqualsASuppressionId() throws Exception {
        JobExecution execution = run(Map.of("lists", "list_east;list_mixed"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        for (String list : List.of("list_east", "list_mixed")) {
            List<String> expected = truth.expectedSuppressedContactIds(list);
            assertThat(expected).isNotEmpty();
            assertThat(matchedIds(list)).as("matches of " + list).isEqualTo(expected);
            assertThat(fileColumn(execution, list, "matches")).isEqualTo(expected.stream().sorted().toList());
            assertThat(fileColumn(execution, list, "eligible")).isEqualTo(truth.expectedEligibleContactIds(list, null).stream().sorted().toList());
            assertThat(truth.contactIdsEqualToSuppressionIds(list)).as("matching by id would find these instead")
                    .isNotEmpty().doesNotContainAnyElementsOf(expected);
        }
        String contact = truth.expectedSuppressedContactIds("list_east").get(0);
        String reasons = harness.jdbc().sql("SELECT array_to_string(reasons, ';') FROM suppression_match WHERE list_id = ? AND contact_id = ?")
                .param("list_east").param(contact).query(String.class).single();
        assertThat(reasons).isEqualTo(String.join(";", truth.expectedReasons("list_east", contact)));

        JobOutcome outcome = JobOutcome.of(execution);
        long unparseable = truth.expectedUnparseableContactIds("list_east").size() + truth.expectedUnparseableContactIds("list_mixed").size();
        assertThat(outcome.rejected()).as("unparseable contacts are counted, not dropped").isEqualTo(unparseable).isPositive();
        assertThat(outcome.summaryLines()).anySatisfy(line -> assertThat(line).startsWith("list list_east: 3,000 contacts, "
                + String.format("%,d", truth.expectedSuppressedContactIds("list_east").size()) + " suppressed"));
        assertThat(outcome.summaryLines()).filteredOn(line -> !line.startsWith("Report:"))
                .noneMatch(line -> A_PHONE_NUMBER.matcher(line).find());
        assertThat(harness.auditCount(execution, "SUPPRESSION_SOURCE_LOADED")).isEqualTo(1);
        assertThat(harness.auditCount(execution, "SUPPRESSION_LIST_CHECKED", "SUCCESS")).isEqualTo(2);
        List<String> details = harness.jdbc().sql("SELECT details::text FROM audit_event WHERE job_execution_id = ?")
                .param(execution.getId()).query(String.class).list();
        assertThat(details).noneMatch(text -> A_PHONE_NUMBER.matcher(text).find());
        assertThat(harness.jdbc().sql("SELECT (SELECT count(*) FROM suppression_contact) + (SELECT count(*) FROM suppression_entry)")
                .query(Long.class).single()).as("the run's staging goes once its report is written").isZero();
    }

    @Test
    void atTheProductsOwnRateLimitAndWithShortLivedTokensTheResultIsTheSameAndNoTokenIsSentStale() throws Exception {
        try (CxoneSandbox strict = JobHarness.sandbox().tokenLifetime(Duration.ofSeconds(5))
                .contactList("list_small", 1_500, "NA-EAST").suppressionCount(2_000).start();
                JobHarness atDefaults = new JobHarness(strict, dataDir.resolve("defaults")).atProductRateLimit()) {
            JobExecution execution = atDefaults.run(SuppressionJob.NAME, Map.of("lists", "list_small"));

            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(atDefaults.jdbc().sql("SELECT contact_id FROM suppression_match WHERE list_id = 'list_small'")
                    .query(String.class).list().stream().sorted().toList())
                    .isEqualTo(strict.inspect().expectedSuppressedContactIds("list_small"));
            assertThat(strict.inspect().requestCount(401)).as("no token was sent stale").isZero();
            assertThat(strict.inspect().requestCount(429)).as("the client paced itself").isZero();
            assertThat(strict.inspect().requestCount("GET", CONTACTS_ROUTE, 200)).as("pages of the default 250").isEqualTo(6);
        }
    }

    @Test
    void theRegionFilterLeavesOnlyThatRegionsContactsEligible() throws Exception {
        JobExecution execution = run(Map.of("lists", "list_mixed", "region", "NA-WEST"));

        List<String> eligible = fileColumn(execution, "list_mixed", "eligible");
        assertThat(eligible).isNotEmpty().isEqualTo(truth.expectedEligibleContactIds("list_mixed", "NA-WEST").stream().sorted().toList());
        assertThat(eligible.size()).isLessThan(truth.expectedEligibleContactIds("list_mixed", null).size());
        assertThat(matchedIds("list_mixed")).as("suppression does not depend on the region").isEqualTo(truth.expectedSuppressedContactIds("list_mixed"));
    }

    @Test
    void aLocalDoNotCallFileAddsItsNumbersInAnyFormatWithItsSourceAndReason() throws Exception {
        ContactRecord target;
        try (ConfigurableApplicationContext context = harness.start()) {
            target = context.getBean(CxoneAdapter.class).contactPage("list_east", null).items().stream()
                    .filter(c -> truth.expectedEligibleContactIds("list_east", null).contains(c.contactId()))
                    .findFirst().orElseThrow();
        }
        String digits = target.rawPhoneNumber().replaceAll("\\D", "");
        String national = digits.substring(digits.length() - 10);
        Path dnc = Files.writeString(dataDir.resolve("state-dnc.csv"), "phone_number,source,reason\n"
                + "\"(" + national.substring(0, 3) + ") " + national.substring(3, 6) + "-" + national.substring(6) + "\",state-list,STATE_DNC\n"
                + "not a number,state-list,STATE_DNC\n");

        JobExecution execution = run(Map.of("lists", "list_east", "dnc", dnc.toString(), "dncAsOf", LocalDate.now().minusDays(3).toString()));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(matchedIds("list_east")).contains(target.contactId())
                .hasSize(truth.expectedSuppressedContactIds("list_east").size() + 1);
        assertThat(harness.jdbc().sql("SELECT array_to_string(sources, ';') FROM suppression_match WHERE contact_id = ?")
                .param(target.contactId()).query(String.class).single()).isEqualTo("state-list");
        assertThat(JobOutcome.of(execution).summaryLines()).contains("source state-list: 2 entries, 1 unparseable (never matched)");
        assertThat(harness.auditCount(execution, "SUPPRESSION_SOURCE_LOADED")).isEqualTo(2);
    }

    @Test
    void aStaleDoNotCallFileIsRefusedBeforeAnythingIsMatched() throws Exception {
        Path dnc = Files.writeString(dataDir.resolve("registry.csv"), "phone_number\n2125550147\n");

        JobExecution execution = run(Map.of("lists", "list_east", "dnc", dnc.toString(),
                "dncAsOf", LocalDate.now().minusDays(40).toString()));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(JobOutcome.of(execution).failure()).contains("registry.csv").contains("40 days old").contains("max-source-age");
        assertThat(harness.jdbc().sql("SELECT count(*) FROM suppression_match").query(Long.class).single()).isZero();
        assertThat(truth.requestCount("GET", CONTACTS_ROUTE)).as("no list was read").isZero();
    }

    @Test
    void anUnreadableDoNotCallFileFailsTheRunWithAClearMessageAndNothingMatched() throws Exception {
        Path dnc = Files.writeString(dataDir.resolve("wrong.csv"), "number,reason\n2125550147,x\n");

        JobExecution execution = run(Map.of("lists", "list_east", "dnc", dnc.toString(), "dncAsOf", LocalDate.now().toString()));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(JobOutcome.of(execution).failure()).contains("wrong.csv").contains("phone_number");
        assertThat(harness.jdbc().sql("SELECT count(*) FROM suppression_match").query(Long.class).single()).isZero();
    }

    @Test
    void aListCxoneDoesNotHaveFailsAloneAndTheOthersAreChecked() throws Exception {
        JobExecution execution = run(Map.of("lists", "list_missing;list_east"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JobOutcome outcome = JobOutcome.of(execution);
        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(outcome.summaryLines()).anySatisfy(line -> assertThat(line).startsWith("list list_missing FAILED").contains("404"));
        assertThat(matchedIds("list_east")).isEqualTo(truth.expectedSuppressedContactIds("list_east"));
        assertThat(harness.auditCount(execution, "SUPPRESSION_LIST_CHECKED", "FAILED")).isEqualTo(1);
    }

    @Test
    void aRunStoppedMidListByAnOutageAndRestartedReadsOnFromWhereItStoppedWithTheSameResult() throws Exception {
        harness.with("cxone.retry-max-attempts", 2).with("cxone.circuit-breaker-wait-in-open-state", "200ms");
        int pages = 3_000 / 100;
        CompletableFuture<JobExecution> running = CompletableFuture.supplyAsync(() -> {
            try {
                return run(Map.of("lists", "list_east"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (truth.requestCount("GET", CONTACTS_ROUTE, 200) < pages / 2 && !running.isDone()) {
            Thread.sleep(2);
        }
        sandbox.faults().outage(true);
        JobExecution stopped = running.get(2, TimeUnit.MINUTES);
        long readBeforeTheStop = truth.requestCount("GET", CONTACTS_ROUTE, 200);
        sandbox.faults().outage(false);

        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(readBeforeTheStop).isBetween((long) pages / 2, (long) pages - 1);
        JobExecution restarted = harness.restart(stopped.getId());

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(truth.requestCount("GET", CONTACTS_ROUTE, 200)).as("the restart read only the pages not yet committed")
                .isEqualTo(pages);
        assertThat(matchedIds("list_east")).isEqualTo(truth.expectedSuppressedContactIds("list_east"));
        Map<String, Long> totals = new HashMap<>();
        harness.jdbc().sql("SELECT contacts_read, suppressed FROM suppression_list_result WHERE list_id = 'list_east'")
                .query((rs, n) -> {
                    totals.put("read", rs.getLong(1));
                    totals.put("suppressed", rs.getLong(2));
                    return n;
                }).list();
        assertThat(totals).containsEntry("read", 3_000L)
                .containsEntry("suppressed", (long) truth.expectedSuppressedContactIds("list_east").size());
    }
}
