package io.cxonebatch.adapters.persistence;

import static io.cxonebatch.adapters.persistence.StagedItems.JOB;
import static io.cxonebatch.adapters.persistence.StagedItems.MISSING_SKILLS;
import static io.cxonebatch.adapters.persistence.StagedItems.done;
import static io.cxonebatch.adapters.persistence.StagedItems.failed;
import static io.cxonebatch.adapters.persistence.StagedItems.items;
import static io.cxonebatch.adapters.persistence.StagedItems.newRun;
import static io.cxonebatch.adapters.persistence.StagedItems.rejected;
import static io.cxonebatch.adapters.persistence.StagedItems.validItems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.persistence.testing.RealPostgres;
import io.cxonebatch.application.kit.ItemCounts;
import io.cxonebatch.application.kit.ItemResult;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.kit.NewItem;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.kit.StagedItem;
import io.cxonebatch.domain.validation.Violation;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link StageItemsPersistenceAdapter}'s listing, settling, counting and clearing. The fixture's run 1 is only read;
 * tests that write use runs of their own.
 */
@RealPostgres
class StageItemsPersistenceAdapterIT {

    private static final long FIXTURE_RUN = 1;
    /** A plan node that sorts its whole input, as opposed to an incremental sort of what shares a presorted key. */
    private static final String WHOLE_SORT = "(?m)^\\s*(->\\s+)?Sort\\s+\\(";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final StageItemsPersistenceAdapter adapter;

    StageItemsPersistenceAdapterIT(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.adapter = new StageItemsPersistenceAdapter(dataSource);
    }

    @BeforeAll
    static void loadFixture(DataSource dataSource) {
        new ResourceDatabasePopulator(new ClassPathResource("StageItemsPersistenceAdapterIT.sql",
                StageItemsPersistenceAdapterIT.class)).execute(dataSource);
    }

    @Test
    void readsItemsWrittenByAnotherWriter() {
        Page<StagedItem> settled = adapter.page(FIXTURE_RUN, Set.of(ItemStatus.FAILED, ItemStatus.DONE), null, 10);

        assertThat(settled.items()).containsExactly(
                new StagedItem(FIXTURE_RUN, 5, "plan-created", Map.of("external_key", "plan-created"), ItemStatus.DONE,
                        null, List.of(), "camp_created", List.of("created campaign camp_created", "attached dialer rule")),
                new StagedItem(FIXTURE_RUN, 8, "plan-failed", Map.of("external_key", "plan-failed"), ItemStatus.FAILED,
                        "PROVISIONING", List.of(Violation.of("CXONE_UNAVAILABLE", "", "CXone answered 503 three times")),
                        null, List.of()));
        assertThat(settled.next()).isNull();
    }

    @Test
    void pagesOnlyItemsInAnyOfTheGivenStatuses() {
        assertThat(adapter.page(FIXTURE_RUN, Set.of(ItemStatus.PLANNED, ItemStatus.ALREADY_DONE), null, 10).items())
                .extracting(StagedItem::key).containsExactly(6L, 7L);
        assertThat(adapter.page(FIXTURE_RUN, Set.of(), null, 10).items()).extracting(StagedItem::key)
                .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void pagesOnlyItemsInTheGivenStatusesAcrossPages() {
        long run = newRun();
        adapter.stage(JOB, run, items(2, 3_001, key -> key % 3 == 0));
        List<Long> rejected = new ArrayList<>();
        List<StagedItem> both = new ArrayList<>();

        adapter.forEach(run, Set.of(ItemStatus.REJECTED), 300, page -> page.forEach(item -> rejected.add(item.key())));
        adapter.forEach(run, Set.of(ItemStatus.PENDING, ItemStatus.REJECTED), 700, both::addAll);

        assertThat(rejected).hasSize(1_000).isSorted().allMatch(key -> key % 3 == 0);
        assertThat(both).hasSize(3_000).extracting(StagedItem::key).isSorted();
        assertThat(both).filteredOn(item -> item.key() % 3 != 0).extracting(StagedItem::status)
                .containsOnly(ItemStatus.PENDING);
    }

    @Test
    void pagesFromTheCursorAndEndsOnThePageShorterThanTheLimit() {
        long run = newRun();
        adapter.stage(JOB, run, validItems(2, 7));

        Page<StagedItem> first = adapter.page(run, Set.of(), null, 3);
        Page<StagedItem> second = adapter.page(run, Set.of(), first.next(), 3);
        Page<StagedItem> third = adapter.page(run, Set.of(), second.next(), 3);

        assertThat(first.items()).extracting(StagedItem::key).containsExactly(2L, 3L, 4L);
        assertThat(first.next()).isEqualTo(new PageCursor("4"));
        assertThat(second.items()).extracting(StagedItem::key).containsExactly(5L, 6L, 7L);
        assertThat(second.next()).as("a full page may be the last; the next one says so").isEqualTo(new PageCursor("7"));
        assertThat(third.items()).isEmpty();
        assertThat(third.isLast()).isTrue();
        assertThat(adapter.page(run, Set.of(), new PageCursor("5"), 10).items()).extracting(StagedItem::key)
                .containsExactly(6L, 7L);
        assertThat(adapter.page(run, Set.of(), null, 10).isLast()).isTrue();
    }

    @Test
    void pagesNothingForARunWithoutItems() {
        Page<StagedItem> page = adapter.page(newRun(), Set.of(), null, 10);

        assertThat(page.items()).isEmpty();
        assertThat(page.isLast()).isTrue();
    }

    @Test
    void refusesALimitBelowOneAndACursorItDidNotMake() {
        assertThatThrownBy(() -> adapter.page(FIXTURE_RUN, Set.of(), null, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit was 0");
        assertThatThrownBy(() -> adapter.page(FIXTURE_RUN, Set.of(), new PageCursor("https://cxone/next"), 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'https://cxone/next' is not a cursor of staged items");
    }

    @Test
    void letsTheConsumerSettleTheItemsItIsHandedWhileWalkingPendingPages() {
        long run = newRun();
        adapter.stage(JOB, run, validItems(2, 2_201));
        List<Long> seen = new ArrayList<>();

        adapter.forEach(run, Set.of(ItemStatus.PENDING), 500, page -> page.forEach(item -> {
            seen.add(item.key());
            if (item.key() % 100 == 0) {
                adapter.settle(run, List.of(done(item.key())));
            }
        }));

        assertThat(seen).containsExactlyElementsOf(LongStream.rangeClosed(2, 2_201).boxed().toList());
        assertThat(adapter.count(run).of(ItemStatus.DONE)).isEqualTo(22);
    }

    @Test
    void readsPendingPagesThroughThePartialIndex() {
        long run = runUnderWay();

        String plan = String.join("\n", jdbc.sql("EXPLAIN " + StagedItemPages.sql(Set.of(ItemStatus.PENDING)))
                .param("runId", run).param("afterKey", 10).param("limit", 100).query(String.class).list());

        assertThat(plan).contains("staged_item_pending_idx").doesNotContain("Sort");
    }

    @Test
    void readsPendingPagesThroughThePartialIndexInACachedGenericPlanToo() throws SQLException {
        long run = runUnderWay();
        String prepared = StagedItemPages.sql(Set.of(ItemStatus.PENDING))
                .replace(":runId", "$1").replace(":afterKey", "$2").replace(":limit", "$3");

        StringBuilder plan = new StringBuilder();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET plan_cache_mode = force_generic_plan");
            statement.execute("PREPARE pending_page (bigint, bigint, integer) AS " + prepared);
            try (ResultSet rs = statement.executeQuery("EXPLAIN EXECUTE pending_page(" + run + ", 10, 100)")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }

        assertThat(plan).contains("staged_item_pending_idx").doesNotContain("Sort");
    }

    @Test
    void settlesPendingItemsWithEveryDetailOfTheirResult() {
        long run = newRun();
        adapter.stage(JOB, run, validItems(2, 6));
        ItemResult conflict = ItemResult.rejected(4, "CONFLICTS", List.of(
                Violation.of("SCHEDULE_OVERLAP", "start_local", "overlaps item 3's window \"09:00–17:00\"")));
        ItemResult planned = new ItemResult(5, ItemStatus.PLANNED, null, List.of(), null,
                List.of("would create campaign \"Relance été\"", "would attach dialer rule;\tthen\nactivate \\o/"));
        ItemResult present = new ItemResult(6, ItemStatus.ALREADY_DONE, null, List.of(), "camp_6", List.of());

        int changed = adapter.settle(run, List.of(done(2), failed(3), conflict, planned, present));

        assertThat(changed).isEqualTo(5);
        assertThat(allItems(run)).extracting(StageItemsPersistenceAdapterIT::resultOf).containsExactly(
                done(2), failed(3), conflict, planned, present);
    }

    @Test
    void keepsTheFirstResultWhenAnItemIsSettledAgain() {
        long run = newRun();
        adapter.stage(JOB, run, validItems(2, 3));
        adapter.settle(run, List.of(done(2)));

        int changed = adapter.settle(run, List.of(failed(2), failed(3)));

        assertThat(changed).isEqualTo(1);
        assertThat(allItems(run)).extracting(StageItemsPersistenceAdapterIT::resultOf).containsExactly(done(2), failed(3));
        assertThat(adapter.settle(run, List.of(done(2), done(3)))).as("a replay of the whole chunk").isZero();
    }

    @Test
    void keepsTheFirstOfTwoResultsForOneKeyInOneBatch() {
        long run = newRun();
        adapter.stage(JOB, run, validItems(2, 2));

        int changed = adapter.settle(run, List.of(done(2), failed(2)));

        assertThat(changed).isEqualTo(1);
        assertThat(allItems(run)).extracting(StageItemsPersistenceAdapterIT::resultOf).containsExactly(done(2));
    }

    @Test
    void leavesItemsRejectedOnTheWayInAndKeysTheRunDoesNotHaveAlone() {
        long run = newRun();
        adapter.stage(JOB, run, List.of(rejected(2)));

        int changed = adapter.settle(run, List.of(done(2), done(3)));

        assertThat(changed).isZero();
        assertThat(allItems(run)).singleElement().satisfies(item -> {
            assertThat(item.status()).isEqualTo(ItemStatus.REJECTED);
            assertThat(item.resultRef()).isNull();
            assertThat(item.violations()).containsExactly(MISSING_SKILLS);
        });
        assertThat(adapter.count(run).total()).isEqualTo(1);
    }

    @Test
    void settlesNothingForNoResults() {
        assertThat(adapter.settle(FIXTURE_RUN, List.of())).isZero();
        assertThat(adapter.count(FIXTURE_RUN).of(ItemStatus.PENDING)).isEqualTo(2);
    }

    @Test
    void settlesInsideTheCallersTransactionAndRollsBackWithIt() {
        long run = newRun();
        adapter.stage(JOB, run, validItems(2, 4));
        TransactionTemplate callersTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        callersTransaction.executeWithoutResult(status -> {
            assertThat(adapter.settle(run, List.of(done(2), failed(3)))).isEqualTo(2);
            assertThat(adapter.count(run).of(ItemStatus.PENDING)).as("inside the transaction").isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(adapter.count(run).of(ItemStatus.PENDING)).isEqualTo(3);
        assertThat(allItems(run)).allSatisfy(item -> {
            assertThat(item.resultRef()).isNull();
            assertThat(item.violations()).isEmpty();
        });
    }

    @Test
    void settlesForGoodWhenTheCallersTransactionCommits() {
        long run = newRun();
        adapter.stage(JOB, run, validItems(2, 3));
        TransactionTemplate callersTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        callersTransaction.executeWithoutResult(status -> adapter.settle(run, List.of(done(2))));

        assertThat(adapter.count(run).of(ItemStatus.DONE)).isEqualTo(1);
    }

    @Test
    void settlesAResultQuotingANulCharacterWithTheCharacterReplacedSoThatARestartDoesNotMeetItAgain() {
        long run = newRun();
        adapter.stage(JOB, run, validItems(2, 3));
        // CXone's own words, which nobody can correct: a NUL that jsonb would refuse.
        ItemResult quotingNul = ItemResult.rejected(3, "CONFLICTS",
                List.of(Violation.of("CXONE_REJECTED", "name", "CXone: 'Campaign\u0000' is not allowed")));

        adapter.settle(run, List.of(done(2), quotingNul));

        assertThat(adapter.count(run).of(ItemStatus.PENDING)).isZero();
        assertThat(jdbc.sql("SELECT violations::text FROM staged_item WHERE run_id = ? AND item_key = 3").param(run)
                .query(String.class).single()).contains("'Campaign\uFFFD' is not allowed");
    }

    @Test
    void countsTheItemsOfARunByStatus() {
        ItemCounts counts = adapter.count(FIXTURE_RUN);

        assertThat(counts.byStatus()).containsExactlyInAnyOrderEntriesOf(Map.of(
                ItemStatus.PENDING, 2L, ItemStatus.REJECTED, 2L, ItemStatus.DONE, 1L,
                ItemStatus.ALREADY_DONE, 1L, ItemStatus.PLANNED, 1L, ItemStatus.FAILED, 1L));
        assertThat(counts.total()).isEqualTo(8);
    }

    @Test
    void countsZeroInEveryStatusForARunWithoutItems() {
        assertThat(adapter.count(newRun()).byStatus()).hasSize(ItemStatus.values().length)
                .containsOnlyKeys(ItemStatus.values()).allSatisfy((status, items) -> assertThat(items).isZero());
    }

    @Test
    void clearsEveryItemOfTheRunAndNoOtherSoThatItCanBeStagedAgain() {
        long run = newRun();
        long other = newRun();
        adapter.stage(JOB, run, items(2, 1_500, key -> key % 2 == 0));
        adapter.settle(run, List.of(done(3)));
        adapter.stage(JOB, other, validItems(2, 10));

        adapter.clearRun(run);

        assertThat(adapter.count(run).total()).isZero();
        assertThat(adapter.count(other).total()).isEqualTo(9);
        adapter.stage(JOB, run, validItems(2, 3));
        assertThat(adapter.count(run).of(ItemStatus.PENDING)).isEqualTo(2);
    }

    @Test
    void keepsRunsApartThoughTheyShareKeys() {
        long first = newRun();
        long second = newRun();
        adapter.stage(JOB, first, validItems(2, 5));
        adapter.stage("roster-sync", second, items(2, 5, key -> key == 5));

        assertThat(adapter.settle(first, List.of(done(2), done(5)))).isEqualTo(2);

        assertThat(adapter.count(first).byStatus()).containsEntry(ItemStatus.DONE, 2L)
                .containsEntry(ItemStatus.PENDING, 2L);
        assertThat(adapter.count(second).byStatus()).containsEntry(ItemStatus.PENDING, 3L)
                .containsEntry(ItemStatus.REJECTED, 1L).containsEntry(ItemStatus.DONE, 0L);
        assertThat(adapter.page(second, Set.of(ItemStatus.PENDING), null, 10).items()).extracting(StagedItem::key)
                .containsExactly(2L, 3L, 4L);
        assertThat(allItems(second)).extracting(StagedItem::runId).containsOnly(second);
    }

    @Test
    void listsTheDistinctRefsOfARunInByteOrderAPageAtATime() {
        long run = newRun();
        adapter.stage(JOB, run, grouped(List.of("camp-b", "camp-a", "Camp-Z", "camp-b", "camp-a", "camp-c", "camp-b",
                "camp-é", "camp-A", "camp-10", "camp-9")));
        adapter.stage(JOB, newRun(), grouped(List.of("camp-0", "camp-bb")));

        List<String> first = adapter.refs(run, Set.of(), null, 4);
        List<String> second = adapter.refs(run, Set.of(), first.get(first.size() - 1), 4);
        List<String> third = adapter.refs(run, Set.of(), second.get(second.size() - 1), 4);

        List<String> inJavasOrder = List.of("Camp-Z", "camp-10", "camp-9", "camp-A", "camp-a", "camp-b", "camp-c", "camp-é");
        assertThat(inJavasOrder).isSorted();
        assertThat(first).containsExactlyElementsOf(inJavasOrder.subList(0, 4));
        assertThat(second).containsExactlyElementsOf(inJavasOrder.subList(4, 8));
        assertThat(third).isEmpty();
        assertThat(adapter.refs(run, Set.of(), "camp-a", 100)).as("after a ref, exclusive")
                .containsExactly("camp-b", "camp-c", "camp-é");
        assertThat(adapter.refs(run, Set.of(), "camp-bb", 100)).as("after a ref the run does not have")
                .containsExactly("camp-c", "camp-é");
    }

    @Test
    void listsOnlyTheRefsOfItemsInTheGivenStatusesAndNeverAMissingRef() {
        long run = newRun();
        List<String> refs = List.of("roster-a", "roster-b", "roster-a", "roster-c", "roster-b");
        List<NewItem> items = new ArrayList<>(grouped(refs));
        items.add(NewItem.valid(20, null, Map.of("agent", "u-20")));
        items.add(new NewItem(21, null, Map.of(), StagedItems.VALIDATION, List.of(MISSING_SKILLS)));
        items.add(new NewItem(22, "roster-d", Map.of(), StagedItems.VALIDATION, List.of(MISSING_SKILLS)));
        items.add(NewItem.valid(23, "", Map.of("agent", "u-23")));
        adapter.stage(JOB, run, items);
        // Every item of roster-a settles, one of roster-b's.
        adapter.settle(run, List.of(done(2), done(4), failed(3)));

        assertThat(adapter.refs(run, Set.of(ItemStatus.PENDING), null, 100)).containsExactly("", "roster-b", "roster-c");
        assertThat(adapter.refs(run, Set.of(ItemStatus.PENDING), "", 100)).containsExactly("roster-b", "roster-c");
        assertThat(adapter.refs(run, Set.of(ItemStatus.DONE), null, 100)).containsExactly("roster-a");
        assertThat(adapter.refs(run, Set.of(ItemStatus.FAILED, ItemStatus.REJECTED), null, 100))
                .containsExactly("roster-b", "roster-d");
        assertThat(adapter.refs(run, Set.of(), null, 100)).containsExactly("", "roster-a", "roster-b", "roster-c", "roster-d");
        assertThat(adapter.refs(run, Set.of(ItemStatus.PLANNED), null, 100)).isEmpty();
        assertThat(adapter.refs(newRun(), Set.of(), null, 100)).isEmpty();
    }

    @Test
    void readsTheItemsOfOneRefInKeyOrderUpToTheLimit() {
        long run = newRun();
        long other = newRun();
        adapter.stage(JOB, run, grouped(List.of("roster-a", "roster-b", "roster-a", "Roster-a", "roster-a", "roster-a",
                "roster-ab")));
        adapter.stage(JOB, other, grouped(List.of("roster-a")));
        adapter.settle(run, List.of(failed(4)));

        assertThat(adapter.itemsOf(run, "roster-a", Set.of(), 10)).extracting(StagedItem::key)
                .containsExactly(2L, 4L, 6L, 7L);
        assertThat(adapter.itemsOf(run, "roster-a", Set.of(), 3)).extracting(StagedItem::key).containsExactly(2L, 4L, 6L);
        assertThat(adapter.itemsOf(run, "roster-a", Set.of(ItemStatus.PENDING), 10)).extracting(StagedItem::key)
                .containsExactly(2L, 6L, 7L);
        assertThat(adapter.itemsOf(run, "roster-a", Set.of(ItemStatus.FAILED, ItemStatus.DONE), 10))
                .singleElement().satisfies(item -> {
                    assertThat(item.key()).isEqualTo(4);
                    assertThat(item.status()).isEqualTo(ItemStatus.FAILED);
                    assertThat(item.runId()).isEqualTo(run);
                    assertThat(item.fields()).containsEntry("agent", "u-4");
                });
        assertThat(adapter.itemsOf(run, "Roster-a", Set.of(), 10)).extracting(StagedItem::key).containsExactly(5L);
        assertThat(adapter.itemsOf(run, "roster-x", Set.of(), 10)).isEmpty();
        assertThatThrownBy(() -> adapter.itemsOf(run, "roster-a", Set.of(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> adapter.refs(run, Set.of(), null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsPendingRefsAndTheirItemsThroughThePartialRefIndex() {
        long run = runUnderWay();

        String refs = String.join("\n", jdbc.sql("EXPLAIN " + StagedItemGroups.refsSql(Set.of(ItemStatus.PENDING), false))
                .param("runId", run).param("after", "plan-100").param("limit", 100).query(String.class).list());
        String firstRefs = String.join("\n", jdbc.sql("EXPLAIN " + StagedItemGroups.refsSql(Set.of(ItemStatus.PENDING), true))
                .param("runId", run).param("limit", 100).query(String.class).list());
        String items = String.join("\n", jdbc.sql("EXPLAIN " + StagedItemGroups.itemsSql(Set.of(ItemStatus.PENDING)))
                .param("runId", run).param("ref", "plan-100").param("limit", 100).query(String.class).list());

        // At most an incremental sort, among the refs that share a head, never a sort of the run's items.
        assertThat(refs).contains("staged_item_pending_ref_idx").doesNotContainPattern(WHOLE_SORT);
        assertThat(firstRefs).contains("staged_item_pending_ref_idx").doesNotContainPattern(WHOLE_SORT);
        assertThat(items).contains("staged_item_pending_ref_idx").doesNotContain("Sort");
    }

    @Test
    void tellsApartAndOrdersRefsLongerThanTheIndexedHead() {
        long run = newRun();
        String head = "r".repeat(StagedItemGroups.HEAD_CHARS);
        String later = head + "b";
        String earlier = head + "a" + "📞".repeat(2_000);
        adapter.stage(JOB, run, grouped(List.of(later, earlier, head, later, "r", head + "a")));

        assertThat(adapter.refs(run, Set.of(ItemStatus.PENDING), null, 10))
                .containsExactly("r", head, head + "a", earlier, later);
        assertThat(adapter.refs(run, Set.of(ItemStatus.PENDING), head + "a", 10)).containsExactly(earlier, later);
        assertThat(adapter.refs(run, Set.of(ItemStatus.PENDING), earlier, 1)).containsExactly(later);
        assertThat(adapter.itemsOf(run, later, Set.of(ItemStatus.PENDING), 10)).extracting(StagedItem::key)
                .containsExactly(2L, 5L);
        assertThat(adapter.itemsOf(run, earlier, Set.of(), 10)).extracting(StagedItem::key).containsExactly(3L);
        assertThat(adapter.itemsOf(run, head, Set.of(), 10)).extracting(StagedItem::key).containsExactly(4L);
    }

    /** One valid item per ref, keys from 2 in list order, each with its agent. */
    private static List<NewItem> grouped(List<String> refs) {
        List<NewItem> items = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            long key = i + 2;
            items.add(NewItem.valid(key, refs.get(i), Map.of("agent", "u-" + key)));
        }
        return items;
    }

    /**
     * A run of 3,000 items of which the first 50 are settled, analyzed: a provisioning run under way, where reading
     * pending items through any other index would mean sorting most of the run for every page.
     */
    private long runUnderWay() {
        long run = newRun();
        adapter.stage(JOB, run, validItems(2, 3_001));
        adapter.settle(run, LongStream.rangeClosed(2, 51).mapToObj(StagedItems::done).toList());
        jdbc.sql("ANALYZE staged_item").update();
        return run;
    }

    private List<StagedItem> allItems(long run) {
        List<StagedItem> items = new ArrayList<>();
        adapter.forEach(run, Set.of(), 1_000, items::addAll);
        return items;
    }

    private static ItemResult resultOf(StagedItem item) {
        return new ItemResult(item.key(), item.status(), item.stage(), item.violations(), item.resultRef(), item.changes());
    }
}
