package io.cxonebatch.adapters.persistence;

import static io.cxonebatch.adapters.persistence.StagedItems.JOB;
import static io.cxonebatch.adapters.persistence.StagedItems.MISSING_SKILLS;
import static io.cxonebatch.adapters.persistence.StagedItems.VALIDATION;
import static io.cxonebatch.adapters.persistence.StagedItems.items;
import static io.cxonebatch.adapters.persistence.StagedItems.newRun;
import static io.cxonebatch.adapters.persistence.StagedItems.rejected;
import static io.cxonebatch.adapters.persistence.StagedItems.valid;
import static io.cxonebatch.adapters.persistence.StagedItems.validItems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.cxonebatch.adapters.persistence.testing.RealPostgres;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link StageItemsPersistenceAdapter#stage}: what COPY carries, what it refuses, and whose transaction it is in. */
@RealPostgres
class StagingByCopyIT {

    private static final Logger LOG = LoggerFactory.getLogger(StagingByCopyIT.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final StageItemsPersistenceAdapter adapter;
    private final TransactionTemplate callersTransaction;

    StagingByCopyIT(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.adapter = new StageItemsPersistenceAdapter(dataSource);
        this.callersTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void readsBackEveryFieldWhateverItHolds() {
        long run = newRun();
        String awkward = "key \"quoted\"; {braced}, 'single' \\slashed\\ tab\there\nnew line\r\nwindows line\rreturn";
        NewItem everything = NewItem.valid(2, awkward, fields(
                "external_key", awkward,
                "name", "Relance été 2026 – Zürich 東京 📞 𝄞",
                "copy markers", "\\N \\. \\t \\\\ \\",
                "column\twith\ttabs", "cell\nwith\nnewlines",
                "empty", "",
                "queue_id", "NULL"));
        NewItem literalNullRef = NewItem.valid(3, "NULL", Map.of("external_key", "NULL"));
        NewItem backslashNRef = NewItem.valid(4, "\\N", Map.of("external_key", "\\N"));
        NewItem emptyRef = NewItem.valid(5, "", Map.of());
        NewItem withoutRef = new NewItem(6, null, Map.of("name", "No key"), VALIDATION, List.of(
                Violation.of("EXTERNAL_KEY_MISSING", "external_key", "external_key is required"),
                Violation.of("TIMEZONE_NOT_APPROVED", "timezone", "zone \"Mars/Olympus\"\tis not approved;\nsee {list} \\o/")));

        adapter.stage(JOB, run, List.of(everything, literalNullRef, backslashNRef, emptyRef, withoutRef));

        assertThat(allItems(run)).containsExactly(
                pending(run, everything), pending(run, literalNullRef), pending(run, backslashNRef), pending(run, emptyRef),
                new StagedItem(run, 6, null, withoutRef.fields(), ItemStatus.REJECTED, VALIDATION, withoutRef.violations(),
                        null, List.of()));
    }

    @Test
    void carriesVeryLongTextWithoutSplittingACharacterBetweenPieces() {
        long run = newRun();
        // Odd lengths of two-char emoji, longer than a piece, so that pieces would end inside a surrogate pair.
        String emoji = "x" + "📞".repeat(3 * StagedItemCopy.PIECE_CHARS / 2 + 1);
        String lines = ("ligne\t«guillemets»\\\n").repeat(100_000);
        List<NewItem> batch = List.of(
                NewItem.valid(2, "long-2", Map.of("emoji", emoji)),
                NewItem.valid(3, "long-3", Map.of("lines", lines, "short", "after the long one")),
                NewItem.valid(4, emoji, Map.of()));

        adapter.stage(JOB, run, batch);

        assertThat(allItems(run)).containsExactlyElementsOf(batch.stream().map(item -> pending(run, item)).toList());
        assertThat(jdbc.sql("SELECT length(fields ->> 'emoji') FROM staged_item WHERE run_id = :run AND item_key = 2")
                .param("run", run).query(Integer.class).single()).isEqualTo(emoji.codePointCount(0, emoji.length()));
    }

    @Test
    void storesTheJobNameAndFieldsAndViolationsAsJsonOthersCanQuery() {
        long run = newRun();

        adapter.stage("roster-sync", run, List.of(rejected(2)));

        Map<String, Object> stored = jdbc.sql("""
                SELECT job_name, fields ->> 'name' AS name, violations -> 0 ->> 'code' AS code,
                       violations -> 0 ->> 'field' AS field, violations -> 0 ->> 'message' AS message,
                       jsonb_array_length(changes) AS changes, result_ref
                FROM staged_item WHERE run_id = :run""").param("run", run).query().singleRow();
        assertThat(stored).containsEntry("job_name", "roster-sync").containsEntry("name", "Campaign 2")
                .containsEntry("code", MISSING_SKILLS.code()).containsEntry("field", MISSING_SKILLS.field())
                .containsEntry("message", MISSING_SKILLS.message()).containsEntry("changes", 0)
                .containsEntry("result_ref", null);
    }

    @Test
    void stagesItemsWithoutViolationsAsPendingAndTheOthersAsRejectedAtTheirStep() {
        long run = newRun();
        NewItem atConflicts = new NewItem(5, "plan-5", Map.of(), "CONFLICTS", List.of(MISSING_SKILLS));

        adapter.stage(JOB, run, List.of(valid(2), rejected(3), valid(4), atConflicts));

        assertThat(jdbc.sql("SELECT item_key, status, stage FROM staged_item WHERE run_id = :run ORDER BY item_key")
                .param("run", run).query().listOfRows()).containsExactly(
                row(2L, "PENDING", null), row(3L, "REJECTED", VALIDATION), row(4L, "PENDING", null),
                row(5L, "REJECTED", "CONFLICTS"));
    }

    @Test
    void stagesTenThousandItemsInOneCallAndPagesThemInKeyOrder() {
        long run = newRun();
        List<NewItem> shuffled = new ArrayList<>(items(2, 10_001, key -> key % 7 == 0));
        Collections.shuffle(shuffled, new Random(42));

        adapter.stage(JOB, run, shuffled);

        List<Long> seen = new ArrayList<>();
        List<@Nullable PageCursor> cursors = new ArrayList<>();
        PageCursor cursor = null;
        do {
            Page<StagedItem> page = adapter.page(run, Set.of(), cursor, 750);
            page.items().forEach(item -> seen.add(item.key()));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(750);
            if (page.next() != null) {
                assertThat(page.items()).hasSize(750);
                assertThat(page.next().value()).isEqualTo(Long.toString(page.items().get(749).key()));
            }
            cursor = page.next();
            cursors.add(cursor);
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(LongStream.rangeClosed(2, 10_001).boxed().toList());
        assertThat(cursors).hasSize(14).endsWith((PageCursor) null);
        assertThat(cursors.get(0)).isEqualTo(new PageCursor("751"));
        assertThat(adapter.count(run).of(ItemStatus.REJECTED)).isEqualTo(1_428);
    }

    @Test
    void stagesNothingForNoItems() {
        long run = newRun();

        adapter.stage(JOB, run, List.of());

        assertThat(adapter.count(run).total()).isZero();
    }

    @Test
    void refusesAKeyTheRunAlreadyHasNamingRunAndKeyAndStagesNothingOfThatBatch() {
        long run = newRun();
        adapter.stage(JOB, run, validItems(2, 3));

        assertThatThrownBy(() -> adapter.stage(JOB, run, List.of(valid(4), rejected(3), valid(5))))
                .isInstanceOfSatisfying(ItemAlreadyStagedException.class, e -> {
                    assertThat(e.runId()).isEqualTo(run);
                    assertThat(e.key()).hasValue(3);
                })
                .hasMessageContaining("item 3 of run " + run + " is already staged")
                .hasMessageContaining("(run_id, item_key)=(" + run + ", 3)");

        assertThat(allItems(run)).extracting(StagedItem::key, StagedItem::status).containsExactly(
                tuple(2L, ItemStatus.PENDING), tuple(3L, ItemStatus.PENDING));
        adapter.stage(JOB, run, validItems(4, 5));
        assertThat(adapter.count(run).total()).as("staging goes on after a refused batch").isEqualTo(4);
    }

    @Test
    void refusesAKeyTwiceInOneBatchAndStagesNothingOfIt() {
        long run = newRun();

        assertThatThrownBy(() -> adapter.stage(JOB, run, List.of(valid(2), valid(3), rejected(2))))
                .isInstanceOfSatisfying(ItemAlreadyStagedException.class, e -> assertThat(e.key()).hasValue(2))
                .hasMessageContaining("item 2 of run " + run + " is in the batch twice");

        assertThat(adapter.count(run).total()).isZero();
    }

    @Test
    void refusesANulCharacterNamingItsItemAndFieldAndStagesNothingOfTheBatch() {
        long run = newRun();
        NewItem withNul = NewItem.valid(3, "plan-3", Map.of("name", "Campaign\u0000 3"));

        assertThatThrownBy(() -> adapter.stage(JOB, run, List.of(valid(2), withNul)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 3 of run " + run)
                .hasMessageContaining("field 'name'")
                .hasMessageContaining("NUL character");
        assertThatThrownBy(() -> adapter.stage(JOB, run, List.of(NewItem.valid(4, "plan\u00004", Map.of()))))
                .hasMessageContaining("item 4 of run " + run + " cannot be stored: the ref");
        assertThatThrownBy(() -> adapter.stage(JOB, run, List.of(new NewItem(5, "plan-5", Map.of(), VALIDATION,
                List.of(Violation.of("NAME_INVALID", "name", "'\u0000' is not a name"))))))
                .hasMessageContaining("item 5 of run " + run + " cannot be stored: violation NAME_INVALID");

        assertThat(adapter.count(run).total()).isZero();
    }

    @Test
    void refusesABlankJobName() {
        assertThatThrownBy(() -> adapter.stage(" ", newRun(), List.of(valid(2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("job name was blank");
    }

    @Test
    void stagesInsideTheCallersTransactionUnseenByOthersUntilItCommits() {
        long run = newRun();

        callersTransaction.executeWithoutResult(status -> {
            adapter.stage(JOB, run, validItems(2, 1_001));
            assertThat(adapter.count(run).total()).as("inside the transaction").isEqualTo(1_000);
            assertThat(countSeenByAnotherConnection(run)).as("outside it, before the commit").isZero();
        });

        assertThat(countSeenByAnotherConnection(run)).isEqualTo(1_000);
    }

    @Test
    void leavesNothingStagedWhenTheCallersTransactionRollsBack() {
        long run = newRun();

        callersTransaction.executeWithoutResult(status -> {
            adapter.stage(JOB, run, validItems(2, 1_001));
            adapter.stage(JOB, run, items(1_002, 2_001, key -> key % 2 == 0));
            assertThat(adapter.count(run).total()).as("inside the transaction").isEqualTo(2_000);
            status.setRollbackOnly();
        });

        assertThat(adapter.count(run).total()).isZero();
    }

    @Test
    void leavesNothingOfAWholeInputStagedWhenALaterBatchFailsInTheCallersTransaction() {
        long run = newRun();

        assertThatThrownBy(() -> callersTransaction.executeWithoutResult(status -> {
            adapter.stage(JOB, run, validItems(2, 1_001));
            adapter.stage(JOB, run, validItems(1_001, 2_000));
        })).isInstanceOf(ItemAlreadyStagedException.class).hasMessageContaining("item 1001 of run " + run);

        assertThat(adapter.count(run).total()).isZero();
        adapter.stage(JOB, run, validItems(2, 3));
        assertThat(adapter.count(run).total()).as("the run can be staged again from the top").isEqualTo(2);
    }

    @Test
    void stagesAHundredThousandItemsInBatchesOfAThousand() {
        long run = newRun();
        List<NewItem> plan = items(2, 100_001, key -> key % 50 == 0);

        long started = System.nanoTime();
        for (int from = 0; from < plan.size(); from += 1_000) {
            adapter.stage(JOB, run, plan.subList(from, from + 1_000));
        }
        long elapsedNanos = System.nanoTime() - started;

        LOG.info("Staged 100,000 items by COPY in batches of 1,000 in {} ms: {} items/s",
                elapsedNanos / 1_000_000, Math.round(100_000 / (elapsedNanos / 1e9)));
        List<Long> keys = new ArrayList<>();
        adapter.forEach(run, Set.of(), 5_000, page -> page.forEach(item -> keys.add(item.key())));
        assertThat(keys).containsExactlyElementsOf(LongStream.rangeClosed(2, 100_001).boxed().toList());
        assertThat(adapter.count(run).byStatus()).containsEntry(ItemStatus.PENDING, 98_000L)
                .containsEntry(ItemStatus.REJECTED, 2_000L);
    }

    /** Counts on a connection of its own, taken from the data source past Spring and any transaction it holds. */
    private long countSeenByAnotherConnection(long run) {
        try (Connection other = dataSource.getConnection();
                Statement statement = other.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM staged_item WHERE run_id = " + run)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<StagedItem> allItems(long run) {
        List<StagedItem> items = new ArrayList<>();
        adapter.forEach(run, Set.of(), 1_000, items::addAll);
        return items;
    }

    private static StagedItem pending(long run, NewItem item) {
        return new StagedItem(run, item.key(), item.ref(), item.fields(), ItemStatus.PENDING, null, List.of(), null,
                List.of());
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static Map<String, Object> row(Object key, String status, @Nullable String stage) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("item_key", key);
        row.put("status", status);
        row.put("stage", stage);
        return row;
    }
}
