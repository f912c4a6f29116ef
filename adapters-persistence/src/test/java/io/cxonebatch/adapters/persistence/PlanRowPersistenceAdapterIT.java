package io.cxonebatch.adapters.persistence;

import static io.cxonebatch.adapters.persistence.PlanRows.MISSING_SKILLS;
import static io.cxonebatch.adapters.persistence.PlanRows.failed;
import static io.cxonebatch.adapters.persistence.PlanRows.lines;
import static io.cxonebatch.adapters.persistence.PlanRows.newRun;
import static io.cxonebatch.adapters.persistence.PlanRows.provisioned;
import static io.cxonebatch.adapters.persistence.PlanRows.rejected;
import static io.cxonebatch.adapters.persistence.PlanRows.valid;
import static io.cxonebatch.adapters.persistence.PlanRows.validLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cxonebatch.adapters.persistence.testing.RealPostgres;
import io.cxonebatch.application.port.out.plan.NewPlanRow;
import io.cxonebatch.application.port.out.plan.PlanRow;
import io.cxonebatch.application.port.out.plan.PlanRowCounts;
import io.cxonebatch.application.port.out.plan.PlanRowResult;
import io.cxonebatch.application.port.out.plan.PlanRowStage;
import io.cxonebatch.application.port.out.plan.PlanRowStatus;
import io.cxonebatch.domain.validation.Violation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

/** The fixture's run 1 is only read; tests that write use runs of their own. */
@RealPostgres
class PlanRowPersistenceAdapterIT {

    private static final Logger LOG = LoggerFactory.getLogger(PlanRowPersistenceAdapterIT.class);
    private static final long FIXTURE_RUN = 1;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final PlanRowPersistenceAdapter adapter;

    PlanRowPersistenceAdapterIT(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.adapter = new PlanRowPersistenceAdapter(dataSource);
    }

    @BeforeAll
    static void loadFixture(DataSource dataSource) {
        new ResourceDatabasePopulator(new ClassPathResource("PlanRowPersistenceAdapterIT.sql",
                PlanRowPersistenceAdapterIT.class)).execute(dataSource);
    }

    @Test
    void readsBackEveryFieldOfStagedRowsWhateverTheCellsHold() {
        long run = newRun();
        NewPlanRow awkward = new NewPlanRow(2, "key \"quoted\"; {braced}, \\slashed\\", Map.of(
                "external_key", "key \"quoted\"; {braced}, \\slashed\\",
                "name", "Relance été 2026 – Zürich 東京 📞",
                "skills", "skill_a;skill_b; skill_c",
                "description", "line one\nline two\t'single' \"double\" ,,,",
                "queue_id", "NULL"), List.of());
        NewPlanRow literalNullKey = new NewPlanRow(3, "NULL", Map.of("external_key", "NULL"), List.of());
        NewPlanRow withoutKey = new NewPlanRow(4, null, Map.of("name", "No key"), List.of(
                Violation.of("EXTERNAL_KEY_MISSING", "external_key", "external_key is required"),
                Violation.of("TIMEZONE_NOT_APPROVED", "timezone", "zone \"Mars/Olympus\" is not approved; see {list}")));

        adapter.stageRows(run, List.of(awkward, literalNullKey, withoutKey));

        assertThat(allRows(run)).containsExactly(
                new PlanRow(run, 2, awkward.externalKey(), awkward.cells(), PlanRowStatus.PENDING, null, List.of(),
                        null, List.of()),
                new PlanRow(run, 3, "NULL", literalNullKey.cells(), PlanRowStatus.PENDING, null, List.of(), null,
                        List.of()),
                new PlanRow(run, 4, null, withoutKey.cells(), PlanRowStatus.REJECTED, PlanRowStage.VALIDATION,
                        withoutKey.violations(), null, List.of()));
    }

    @Test
    void storesCellsAndViolationsAsJsonOthersCanQuery() {
        long run = newRun();

        adapter.stageRows(run, List.of(rejected(2)));

        Map<String, Object> stored = jdbc.sql("""
                SELECT cells ->> 'name' AS name, violations -> 0 ->> 'code' AS code, violations -> 0 ->> 'field' AS field,
                       violations -> 0 ->> 'message' AS message, jsonb_array_length(changes) AS changes
                FROM plan_row WHERE run_id = :run""").param("run", run).query().singleRow();
        assertThat(stored).containsExactlyInAnyOrderEntriesOf(Map.of("name", "Campaign 2", "code", MISSING_SKILLS.code(),
                "field", MISSING_SKILLS.field(), "message", MISSING_SKILLS.message(), "changes", 0));
    }

    @Test
    void stagesRowsWithoutViolationsAsPendingAndTheOthersAsRejectedAtValidation() {
        long run = newRun();

        adapter.stageRows(run, List.of(valid(2), rejected(3), valid(4)));

        assertThat(jdbc.sql("SELECT line, status, stage FROM plan_row WHERE run_id = :run ORDER BY line")
                .param("run", run).query().listOfRows()).containsExactly(
                row(2L, "PENDING", null), row(3L, "REJECTED", "VALIDATION"), row(4L, "PENDING", null));
    }

    @Test
    void readsRowsWrittenByAnotherWriter() {
        List<PlanRow> settled = new ArrayList<>();

        adapter.forEachRow(FIXTURE_RUN, List.of(PlanRowStatus.FAILED, PlanRowStatus.PROVISIONED), settled::add);

        assertThat(settled).containsExactly(
                new PlanRow(FIXTURE_RUN, 5, "plan-created", Map.of("external_key", "plan-created"),
                        PlanRowStatus.PROVISIONED, null, List.of(), "camp_created",
                        List.of("created campaign camp_created", "attached dialer rule")),
                new PlanRow(FIXTURE_RUN, 8, "plan-failed", Map.of("external_key", "plan-failed"),
                        PlanRowStatus.FAILED, PlanRowStage.PROVISIONING,
                        List.of(Violation.of("CXONE_UNAVAILABLE", "", "CXone answered 503 three times")), null, List.of()));
    }

    @Test
    void handsOutEveryRowInLineOrderAPageAtATime() {
        long run = newRun();
        List<NewPlanRow> shuffled = new ArrayList<>(validLines(2, 2_501));
        Collections.shuffle(shuffled, new Random(42));
        for (int from = 0; from < shuffled.size(); from += 1_000) {
            adapter.stageRows(run, shuffled.subList(from, Math.min(from + 1_000, shuffled.size())));
        }
        ConnectionCounting counting = new ConnectionCounting(dataSource);
        List<Long> seen = new ArrayList<>();

        new PlanRowPersistenceAdapter(counting).forEachRow(run, List.of(), row -> seen.add(row.line()));

        assertThat(seen).containsExactlyElementsOf(LongStream.rangeClosed(2, 2_501).boxed().toList());
        assertThat(counting.connections.get()).as("one query per page of %d", PlanRowPersistenceAdapter.PAGE_SIZE)
                .isEqualTo(3);
    }

    @Test
    void handsOutOnlyRowsInTheGivenStatusesAcrossPages() {
        long run = newRun();
        adapter.stageRows(run, lines(2, 3_001, line -> line % 3 == 0));
        List<Long> rejected = new ArrayList<>();
        List<PlanRow> all = new ArrayList<>();

        adapter.forEachRow(run, List.of(PlanRowStatus.REJECTED), row -> rejected.add(row.line()));
        adapter.forEachRow(run, List.of(PlanRowStatus.PENDING, PlanRowStatus.REJECTED), all::add);

        assertThat(rejected).hasSize(1_000).isSorted().allMatch(line -> line % 3 == 0);
        assertThat(all).hasSize(3_000).extracting(PlanRow::line).isSorted();
        assertThat(all).filteredOn(row -> row.line() % 3 != 0).extracting(PlanRow::status)
                .containsOnly(PlanRowStatus.PENDING);
    }

    @Test
    void handsOutRowsInAnyOfTheGivenStatuses() {
        List<PlanRow> seen = new ArrayList<>();

        adapter.forEachRow(FIXTURE_RUN, List.of(PlanRowStatus.PLANNED, PlanRowStatus.ALREADY_PRESENT), seen::add);

        assertThat(seen).extracting(PlanRow::line).containsExactly(6L, 7L);
    }

    @Test
    void handsOutNothingForARunWithoutRows() {
        List<PlanRow> seen = new ArrayList<>();

        adapter.forEachRow(newRun(), List.of(), seen::add);

        assertThat(seen).isEmpty();
    }

    @Test
    void letsTheConsumerSettleTheRowsItIsHandedWhileWalkingPages() {
        long run = newRun();
        adapter.stageRows(run, validLines(2, 2_201));
        List<Long> seen = new ArrayList<>();

        adapter.forEachRow(run, List.of(PlanRowStatus.PENDING), row -> {
            seen.add(row.line());
            if (row.line() % 100 == 0) {
                adapter.settle(run, List.of(provisioned(row.line())));
            }
        });

        assertThat(seen).containsExactlyElementsOf(LongStream.rangeClosed(2, 2_201).boxed().toList());
        assertThat(adapter.count(run).of(PlanRowStatus.PROVISIONED)).isEqualTo(22);
    }

    @Test
    void readsPendingRowsAfterTheGivenLineInLineOrder() {
        long run = newRun();
        adapter.stageRows(run, lines(2, 21, line -> line % 4 == 0));
        adapter.settle(run, List.of(provisioned(5), failed(7)));

        assertThat(adapter.pendingRows(run, 4, 3)).extracting(PlanRow::line).containsExactly(6L, 9L, 10L);
        assertThat(adapter.pendingRows(run, 19, 10)).extracting(PlanRow::line).containsExactly(21L);
        assertThat(adapter.pendingRows(run, 21, 10)).isEmpty();
        assertThat(adapter.pendingRows(run, 0, 1)).singleElement().isEqualTo(
                new PlanRow(run, 2, "plan-2", valid(2).cells(), PlanRowStatus.PENDING, null, List.of(), null, List.of()));
    }

    @Test
    void walksEveryPendingRowByKeyset() {
        long run = newRun();
        adapter.stageRows(run, lines(2, 101, line -> line % 10 == 0));
        List<Long> walked = new ArrayList<>();

        List<PlanRow> page = adapter.pendingRows(run, 0, 7);
        for (int pages = 0; !page.isEmpty() && pages < 100; pages++) {
            page.forEach(row -> walked.add(row.line()));
            page = adapter.pendingRows(run, page.get(page.size() - 1).line(), 7);
        }

        assertThat(walked).containsExactlyElementsOf(LongStream.rangeClosed(2, 101)
                .filter(line -> line % 10 != 0).boxed().toList());
    }

    @Test
    void refusesToReadPendingRowsWithALimitBelowOne() {
        assertThatThrownBy(() -> adapter.pendingRows(FIXTURE_RUN, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit was 0");
    }

    @Test
    void readsPendingRowsThroughThePartialIndex() {
        long run = newRun();
        adapter.stageRows(run, validLines(2, 3_001));
        adapter.settle(run, LongStream.rangeClosed(2, 2_951).mapToObj(PlanRows::provisioned).toList());
        jdbc.sql("ANALYZE plan_row").update();

        String plan = String.join("\n", jdbc.sql("""
                EXPLAIN SELECT line FROM plan_row WHERE run_id = :run AND status = 'PENDING' AND line > :after
                ORDER BY line LIMIT 100""").param("run", run).param("after", 10).query(String.class).list());

        assertThat(plan).contains("plan_row_pending_idx").doesNotContain("Sort");
    }

    @Test
    void settlesPendingRowsWithEveryDetailOfTheirResult() {
        long run = newRun();
        adapter.stageRows(run, validLines(2, 6));
        PlanRowResult conflict = PlanRowResult.rejected(4, PlanRowStage.CONFLICTS, List.of(
                Violation.of("SCHEDULE_OVERLAP", "start_local", "overlaps line 3's window \"09:00–17:00\"")));
        PlanRowResult planned = new PlanRowResult(5, PlanRowStatus.PLANNED, null, List.of(), null,
                List.of("would create campaign \"Relance été\"", "would attach dialer rule; then activate"));
        PlanRowResult present = new PlanRowResult(6, PlanRowStatus.ALREADY_PRESENT, null, List.of(), "camp_6", List.of());

        int changed = adapter.settle(run, List.of(provisioned(2), failed(3), conflict, planned, present));

        assertThat(changed).isEqualTo(5);
        assertThat(allRows(run)).extracting(PlanRowPersistenceAdapterIT::resultOf).containsExactly(
                provisioned(2), failed(3), conflict, planned, present);
    }

    @Test
    void keepsTheFirstResultWhenARowIsSettledAgain() {
        long run = newRun();
        adapter.stageRows(run, validLines(2, 3));
        adapter.settle(run, List.of(provisioned(2)));

        int changed = adapter.settle(run, List.of(failed(2), failed(3)));

        assertThat(changed).isEqualTo(1);
        assertThat(allRows(run)).extracting(PlanRowPersistenceAdapterIT::resultOf)
                .containsExactly(provisioned(2), failed(3));
    }

    @Test
    void keepsTheFirstOfTwoResultsForOneLineInOneBatch() {
        long run = newRun();
        adapter.stageRows(run, validLines(2, 2));

        int changed = adapter.settle(run, List.of(provisioned(2), failed(2)));

        assertThat(changed).isEqualTo(1);
        assertThat(allRows(run)).extracting(PlanRowPersistenceAdapterIT::resultOf).containsExactly(provisioned(2));
    }

    @Test
    void leavesRowsRejectedAtValidationAndLinesTheRunDoesNotHaveAlone() {
        long run = newRun();
        adapter.stageRows(run, List.of(rejected(2)));

        int changed = adapter.settle(run, List.of(provisioned(2), provisioned(3)));

        assertThat(changed).isZero();
        assertThat(allRows(run)).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(PlanRowStatus.REJECTED);
            assertThat(row.campaignId()).isNull();
            assertThat(row.violations()).containsExactly(MISSING_SKILLS);
        });
        assertThat(adapter.count(run).total()).isEqualTo(1);
    }

    @Test
    void settlesNothingForNoResults() {
        assertThat(adapter.settle(FIXTURE_RUN, List.of())).isZero();
        assertThat(adapter.count(FIXTURE_RUN).of(PlanRowStatus.PENDING)).isEqualTo(2);
    }

    @Test
    void settlesInsideTheCallersTransactionAndRollsBackWithIt() {
        long run = newRun();
        adapter.stageRows(run, validLines(2, 4));
        TransactionTemplate callersTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        callersTransaction.executeWithoutResult(status -> {
            assertThat(adapter.settle(run, List.of(provisioned(2), failed(3)))).isEqualTo(2);
            assertThat(adapter.count(run).of(PlanRowStatus.PENDING)).as("inside the transaction").isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(adapter.count(run).of(PlanRowStatus.PENDING)).isEqualTo(3);
        assertThat(allRows(run)).allSatisfy(row -> {
            assertThat(row.campaignId()).isNull();
            assertThat(row.violations()).isEmpty();
        });
    }

    @Test
    void settlesForGoodWhenTheCallersTransactionCommits() {
        long run = newRun();
        adapter.stageRows(run, validLines(2, 3));
        TransactionTemplate callersTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        callersTransaction.executeWithoutResult(status -> adapter.settle(run, List.of(provisioned(2))));

        assertThat(adapter.count(run).of(PlanRowStatus.PROVISIONED)).isEqualTo(1);
    }

    @Test
    void countsTheRowsOfARunByStatus() {
        PlanRowCounts counts = adapter.count(FIXTURE_RUN);

        assertThat(counts.byStatus()).containsExactlyInAnyOrderEntriesOf(Map.of(
                PlanRowStatus.PENDING, 2L, PlanRowStatus.REJECTED, 2L, PlanRowStatus.PROVISIONED, 1L,
                PlanRowStatus.ALREADY_PRESENT, 1L, PlanRowStatus.PLANNED, 1L, PlanRowStatus.FAILED, 1L));
        assertThat(counts.total()).isEqualTo(8);
    }

    @Test
    void countsZeroInEveryStatusForARunWithoutRows() {
        assertThat(adapter.count(newRun()).byStatus()).hasSize(PlanRowStatus.values().length).containsOnlyKeys(
                PlanRowStatus.values()).allSatisfy((status, rows) -> assertThat(rows).isZero());
    }

    @Test
    void clearsEveryRowOfTheRunAndNoOtherSoThatItCanBeStagedAgain() {
        long run = newRun();
        long other = newRun();
        adapter.stageRows(run, lines(2, 1_500, line -> line % 2 == 0));
        adapter.settle(run, List.of(provisioned(3)));
        adapter.stageRows(other, validLines(2, 10));

        adapter.clearRun(run);

        assertThat(adapter.count(run).total()).isZero();
        assertThat(adapter.count(other).total()).isEqualTo(9);
        adapter.stageRows(run, validLines(2, 3));
        assertThat(adapter.count(run).of(PlanRowStatus.PENDING)).isEqualTo(2);
    }

    @Test
    void keepsRunsApartThoughTheyShareLines() {
        long first = newRun();
        long second = newRun();
        adapter.stageRows(first, validLines(2, 5));
        adapter.stageRows(second, lines(2, 5, line -> line == 5));

        assertThat(adapter.settle(first, List.of(provisioned(2), provisioned(5)))).isEqualTo(2);

        assertThat(adapter.count(first).byStatus()).containsEntry(PlanRowStatus.PROVISIONED, 2L)
                .containsEntry(PlanRowStatus.PENDING, 2L);
        assertThat(adapter.count(second).byStatus()).containsEntry(PlanRowStatus.PENDING, 3L)
                .containsEntry(PlanRowStatus.REJECTED, 1L).containsEntry(PlanRowStatus.PROVISIONED, 0L);
        assertThat(adapter.pendingRows(second, 0, 10)).extracting(PlanRow::line).containsExactly(2L, 3L, 4L);
        assertThat(allRows(second)).extracting(PlanRow::runId).containsOnly(second);
    }

    @Test
    void refusesALineTheRunAlreadyHasAndStagesNothingOfThatBatch() {
        long run = newRun();
        adapter.stageRows(run, validLines(2, 3));

        assertThatThrownBy(() -> adapter.stageRows(run, List.of(valid(4), rejected(3))))
                .isInstanceOfSatisfying(PlanRowAlreadyStagedException.class,
                        e -> assertThat(e.runId()).isEqualTo(run))
                .hasMessageContaining("run " + run)
                .hasMessageContaining("(run_id, line)=(" + run + ", 3)");

        assertThat(allRows(run)).extracting(PlanRow::line, PlanRow::status).containsExactly(
                tuple(2L, PlanRowStatus.PENDING), tuple(3L, PlanRowStatus.PENDING));
    }

    @Test
    void refusesALineTwiceInOneBatchAndStagesNothingOfIt() {
        long run = newRun();

        assertThatThrownBy(() -> adapter.stageRows(run, List.of(valid(2), valid(3), rejected(2))))
                .isInstanceOf(PlanRowAlreadyStagedException.class)
                .hasMessageContaining("line 2 of run " + run);

        assertThat(adapter.count(run).total()).isZero();
    }

    @Test
    void refusesANulCharacterNamingItsLineAndColumnAndStagesNothingOfTheBatch() {
        long run = newRun();
        NewPlanRow withNul = new NewPlanRow(3, "plan-3", Map.of("name", "Campaign\u0000 3"), List.of());

        assertThatThrownBy(() -> adapter.stageRows(run, List.of(valid(2), withNul)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3 of run " + run)
                .hasMessageContaining("column 'name'")
                .hasMessageContaining("NUL character");
        assertThatThrownBy(() -> adapter.stageRows(run, List.of(new NewPlanRow(4, "plan\u00004", Map.of(), List.of()))))
                .hasMessageContaining("line 4 of run " + run + " cannot be stored: the external key");

        assertThat(adapter.count(run).total()).isZero();
    }

    @Test
    void refusesToSettleWithANulCharacterAndSettlesNothingOfTheBatch() {
        long run = newRun();
        adapter.stageRows(run, validLines(2, 3));
        PlanRowResult quotingNul = PlanRowResult.rejected(3, PlanRowStage.CONFLICTS,
                List.of(Violation.of("SCHEDULE_OVERLAP", "name", "'Campaign\u0000' overlaps line 2")));

        assertThatThrownBy(() -> adapter.settle(run, List.of(provisioned(2), quotingNul)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3 of run " + run + " cannot be stored: violation SCHEDULE_OVERLAP");

        assertThat(adapter.count(run).of(PlanRowStatus.PENDING)).isEqualTo(2);
    }

    @Test
    void stagesAHundredThousandRowPlanInChunksAndWalksItInOrder() {
        long run = newRun();
        List<NewPlanRow> plan = lines(2, 100_001, line -> line % 50 == 0);

        long started = System.nanoTime();
        for (int from = 0; from < plan.size(); from += 1_000) {
            adapter.stageRows(run, plan.subList(from, from + 1_000));
        }
        long elapsedNanos = System.nanoTime() - started;
        AtomicInteger walked = new AtomicInteger();
        long[] lastLine = {1};
        adapter.forEachRow(run, List.of(), row -> {
            assertThat(row.line()).isEqualTo(lastLine[0] + 1);
            lastLine[0] = row.line();
            walked.incrementAndGet();
        });

        LOG.info("Staged 100,000 plan rows in chunks of 1,000 in {} ms: {} rows/s",
                elapsedNanos / 1_000_000, Math.round(100_000 / (elapsedNanos / 1e9)));
        assertThat(walked.get()).isEqualTo(100_000);
        assertThat(adapter.count(run).byStatus()).containsEntry(PlanRowStatus.PENDING, 98_000L)
                .containsEntry(PlanRowStatus.REJECTED, 2_000L);
    }

    private List<PlanRow> allRows(long run) {
        List<PlanRow> rows = new ArrayList<>();
        adapter.forEachRow(run, List.of(), rows::add);
        return rows;
    }

    private static PlanRowResult resultOf(PlanRow row) {
        return new PlanRowResult(row.line(), row.status(), row.stage(), row.violations(), row.campaignId(), row.changes());
    }

    private static Map<String, Object> row(Object line, String status, String stage) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("line", line);
        row.put("status", status);
        row.put("stage", stage);
        return row;
    }

    /** Counts the connections taken, which without a transaction is one per statement. */
    private static final class ConnectionCounting extends DelegatingDataSource {

        private final AtomicInteger connections = new AtomicInteger();

        ConnectionCounting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            return super.getConnection();
        }
    }
}
