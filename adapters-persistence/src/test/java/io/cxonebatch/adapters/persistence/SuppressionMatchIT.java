package io.cxonebatch.adapters.persistence;

import static io.cxonebatch.adapters.persistence.Suppressions.CXONE;
import static io.cxonebatch.adapters.persistence.Suppressions.FILE;
import static io.cxonebatch.adapters.persistence.Suppressions.contact;
import static io.cxonebatch.adapters.persistence.Suppressions.entry;
import static io.cxonebatch.adapters.persistence.Suppressions.newRun;
import static io.cxonebatch.adapters.persistence.Suppressions.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.persistence.Suppressions.Walk;
import io.cxonebatch.adapters.persistence.testing.RealPostgres;
import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.suppression.ListTotals;
import io.cxonebatch.application.port.out.suppression.MatchedContact;
import io.cxonebatch.application.port.out.suppression.StagedContact;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link SuppressionPersistenceAdapter}'s match: its rules, its totals, the replacement of a list's result and the
 * listings of it. Every test checks lists of its own, since a list's result outlives the run that stored it.
 */
@RealPostgres
class SuppressionMatchIT {

    private static final String SUPPRESSED = "+12125550147";
    private static final String ALSO_SUPPRESSED = "+442079460958";
    private static final String NOT_SUPPRESSED = "+33142685300";

    private final JdbcClient jdbc;
    private final SuppressionPersistenceAdapter adapter;
    private final TransactionTemplate callersTransaction;

    SuppressionMatchIT(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.adapter = new SuppressionPersistenceAdapter(dataSource);
        this.callersTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void matchesAContactOnceWithEveryReasonOfANumberSuppressedTwice() {
        long run = newRun();
        String list = "list-" + run;
        // "(212) 555-0147" and "212.555.0147" in the file, both normalised to one number.
        adapter.stageSuppressions(run, List.of(entry(FILE, SUPPRESSED, "customer asked"), entry(FILE, SUPPRESSED, "Attorney"),
                entry(FILE, SUPPRESSED, "customer asked")));
        adapter.stageContacts(run, List.of(contact(list, "c1", SUPPRESSED), contact(list, "c2", NOT_SUPPRESSED)));

        ListTotals totals = adapter.matchList(run, list, null);

        assertThat(totals).isEqualTo(new ListTotals(list, 2, 0, 1, 1));
        assertThat(allMatches(run, list)).containsExactly(
                new MatchedContact("c1", SUPPRESSED, List.of(FILE), List.of("Attorney", "customer asked")));
    }

    @Test
    void anOlderRunRestartedLateNeverReplacesANewerRunsResult() {
        long older = newRun();
        long newer = newRun();
        String list = "list-" + newer;
        adapter.stageSuppressions(older, List.of(entry(FILE, SUPPRESSED, null)));
        adapter.stageContacts(older, List.of(contact(list, "c1", SUPPRESSED)));
        adapter.stageContacts(newer, List.of(contact(list, "c1", SUPPRESSED), contact(list, "c2", NOT_SUPPRESSED)));
        adapter.matchList(newer, list, null);

        assertThatThrownBy(() -> adapter.matchList(older, list, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("result of run " + newer).hasMessageContaining("start a new run");
        assertThat(jdbc.sql("SELECT run_id, contacts_read FROM suppression_list_result WHERE list_id = ?").param(list)
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2)).single()).isEqualTo(newer + "/2");
        assertThat(allMatches(newer, list)).isEmpty();
    }

    @Test
    void namesEverySourceOfANumberAndOnlyTheReasonsGiven() {
        long run = newRun();
        String list = "list-" + run;
        adapter.stageSuppressions(run, List.of(entry(CXONE, SUPPRESSED, null), entry(FILE, SUPPRESSED, "litigator"),
                entry("aaa-internal.csv", SUPPRESSED, null), entry(CXONE, ALSO_SUPPRESSED, null)));
        adapter.stageContacts(run, List.of(contact(list, "c1", SUPPRESSED), contact(list, "c2", ALSO_SUPPRESSED)));

        adapter.matchList(run, list, null);

        assertThat(allMatches(run, list)).containsExactly(
                new MatchedContact("c1", SUPPRESSED, List.of("aaa-internal.csv", CXONE, FILE), List.of("litigator")),
                new MatchedContact("c2", ALSO_SUPPRESSED, List.of(CXONE), List.of()));
    }

    @Test
    void neverMatchesAnUnparseableContactOrAnUnparseableEntryAndNeverCallsThemEligible() {
        long run = newRun();
        String list = "list-" + run;
        adapter.stageSuppressions(run, List.of(entry(FILE, null, "unreadable line"), entry(CXONE, null, null)));
        adapter.stageContacts(run, List.of(contact(list, "c1", null), contact(list, "c2", NOT_SUPPRESSED)));

        ListTotals totals = adapter.matchList(run, list, null);

        assertThat(totals).isEqualTo(new ListTotals(list, 2, 1, 0, 1));
        assertThat(allMatches(run, list)).isEmpty();
        assertThat(allEligible(run, list, null)).containsExactly("c2");
    }

    @Test
    void matchesOnlyTheEntriesOfTheSameRun() {
        long run = newRun();
        long other = newRun();
        String list = "list-" + run;
        adapter.stageSuppressions(other, List.of(entry(CXONE, SUPPRESSED, null)));
        adapter.stageContacts(other, List.of(contact(list, "c9", SUPPRESSED)));
        adapter.stageSuppressions(run, List.of(entry(CXONE, ALSO_SUPPRESSED, null)));
        adapter.stageContacts(run, List.of(contact(list, "c1", SUPPRESSED), contact(list, "c2", ALSO_SUPPRESSED)));

        ListTotals totals = adapter.matchList(run, list, null);

        assertThat(totals).isEqualTo(new ListTotals(list, 2, 0, 1, 1));
        assertThat(allMatches(run, list)).extracting(MatchedContact::contactId).containsExactly("c2");
        assertThat(allEligible(run, list, null)).containsExactly("c1");
    }

    @Test
    void countsAndListsAContactServedTwiceOnce() {
        long run = newRun();
        String list = "list-" + run;
        adapter.stageSuppressions(run, List.of(entry(CXONE, SUPPRESSED, null)));
        adapter.stageContacts(run, List.of(contact(list, "c1", SUPPRESSED), contact(list, "c2", NOT_SUPPRESSED),
                contact(list, "c3", null)));
        adapter.stageContacts(run, List.of(contact(list, "c1", SUPPRESSED), contact(list, "c2", NOT_SUPPRESSED),
                contact(list, "c3", null)));

        ListTotals totals = adapter.matchList(run, list, null);

        assertThat(totals).isEqualTo(new ListTotals(list, 3, 1, 1, 1));
        assertThat(allMatches(run, list)).extracting(MatchedContact::contactId).containsExactly("c1");
        assertThat(allEligible(run, list, null)).containsExactly("c2");
    }

    @Test
    void aContactServedOnceWithANumberThatCannotBeParsedIsNeverEligible() {
        long run = newRun();
        String list = "list-" + run;
        adapter.stageContacts(run, List.of(contact(list, "c1", NOT_SUPPRESSED), contact(list, "c2", NOT_SUPPRESSED)));
        adapter.stageContacts(run, List.of(contact(list, "c1", null)));

        ListTotals totals = adapter.matchList(run, list, null);

        assertThat(totals).isEqualTo(new ListTotals(list, 2, 1, 0, 1));
        assertThat(allEligible(run, list, null)).containsExactly("c2");
    }

    @Test
    void makesOnlyContactsOfTheRegionEligibleIgnoringCase() {
        long run = newRun();
        String list = "list-" + run;
        adapter.stageSuppressions(run, List.of(entry(CXONE, SUPPRESSED, null)));
        adapter.stageContacts(run, List.of(
                contact(list, "c1", "+12125550101", "North-East"),
                contact(list, "c2", "+12125550102", "NORTH-EAST"),
                contact(list, "c3", "+12125550103", "south"),
                contact(list, "c4", "+12125550104", null),
                contact(list, "c5", SUPPRESSED, "north-east"),
                contact(list, "c6", null, "north-east")));

        ListTotals inRegion = adapter.matchList(run, list, "north-east");

        assertThat(inRegion).isEqualTo(new ListTotals(list, 6, 1, 1, 2));
        assertThat(allEligible(run, list, "north-east")).containsExactly("c1", "c2");
        assertThat(allEligible(run, list, "SOUTH")).containsExactly("c3");
        assertThat(allEligible(run, list, null)).containsExactly("c1", "c2", "c3", "c4");
        assertThat(storedResult(list)).containsEntry("region", "north-east").containsEntry("eligible", 2L);
        assertThat(adapter.matchList(run, list, null)).isEqualTo(new ListTotals(list, 6, 1, 1, 4));
    }

    @Test
    void storesTheTotalsWithTheRunAndWhenItChecked() {
        long run = newRun();
        String list = "list-" + run;
        adapter.stageSuppressions(run, List.of(entry(CXONE, SUPPRESSED, "asked")));
        adapter.stageContacts(run, List.of(contact(list, "c1", SUPPRESSED), contact(list, "c2", null),
                contact(list, "c3", NOT_SUPPRESSED)));

        adapter.matchList(run, list, null);

        assertThat(storedResult(list)).containsEntry("run_id", run).containsEntry("region", null)
                .containsEntry("contacts_read", 3L).containsEntry("unparseable", 1L).containsEntry("suppressed", 1L)
                .containsEntry("eligible", 1L).containsKey("checked_at");
        assertThat(jdbc.sql("SELECT run_id, e164 FROM suppression_match WHERE list_id = :list").param("list", list)
                .query().singleRow()).containsEntry("run_id", run).containsEntry("e164", SUPPRESSED);
    }

    @Test
    void storesAResultOfNothingForAListWithoutContacts() {
        long run = newRun();
        String list = "list-" + run;
        adapter.stageSuppressions(run, List.of(entry(CXONE, SUPPRESSED, null)));

        assertThat(adapter.matchList(run, list, "north")).isEqualTo(new ListTotals(list, 0, 0, 0, 0));
        assertThat(allMatches(run, list)).isEmpty();
        assertThat(allEligible(run, list, "north")).isEmpty();
    }

    @Test
    void replacesTheListsWholeResultWhenAnotherRunChecksIt() {
        String list = "list-replaced";
        long first = newRun();
        adapter.stageSuppressions(first, List.of(entry(CXONE, SUPPRESSED, null), entry(CXONE, ALSO_SUPPRESSED, null)));
        adapter.stageContacts(first, List.of(contact(list, "c1", SUPPRESSED), contact(list, "c2", ALSO_SUPPRESSED)));
        adapter.matchList(first, list, null);
        long second = newRun();
        adapter.stageSuppressions(second, List.of(entry(FILE, ALSO_SUPPRESSED, "asked")));
        adapter.stageContacts(second, List.of(contact(list, "c2", ALSO_SUPPRESSED), contact(list, "c3", NOT_SUPPRESSED)));

        ListTotals totals = adapter.matchList(second, list, null);

        assertThat(totals).isEqualTo(new ListTotals(list, 2, 0, 1, 1));
        assertThat(jdbc.sql("SELECT run_id, contact_id, sources FROM suppression_match WHERE list_id = :list")
                .param("list", list).query().listOfRows()).singleElement().satisfies(row -> assertThat(row)
                        .containsEntry("run_id", second).containsEntry("contact_id", "c2"));
        assertThat(storedResult(list)).containsEntry("run_id", second).containsEntry("contacts_read", 2L);
        assertThat(allMatches(second, list)).containsExactly(new MatchedContact("c2", ALSO_SUPPRESSED, List.of(FILE),
                List.of("asked")));
        assertThat(allEligible(second, list, null)).containsExactly("c3");
    }

    @Test
    void keepsTheWholePreviousResultWhenReplacingItFails() {
        String list = "list-kept-on-failure";
        long first = newRun();
        ListTotals before = matchedWithOneSuppressedOfTwo(first, list);
        long second = newRun();
        adapter.stageSuppressions(second, List.of(entry(CXONE, ALSO_SUPPRESSED, null), entry(CXONE, NOT_SUPPRESSED, null)));
        adapter.stageContacts(second, List.of(contact(list, "c2", ALSO_SUPPRESSED), contact(list, "c3", NOT_SUPPRESSED)));
        // The matches are deleted and inserted by then: the failure is in the last statement.
        jdbc.sql("""
                CREATE FUNCTION refuse_totals() RETURNS trigger LANGUAGE plpgsql AS
                    $$ BEGIN RAISE EXCEPTION 'refusing the totals of list %% (first match %%)', NEW.list_id,
                           (SELECT e164 FROM suppression_match WHERE list_id = NEW.list_id LIMIT 1); END; $$;
                CREATE TRIGGER refuse_totals BEFORE UPDATE ON suppression_list_result
                    FOR EACH ROW WHEN (NEW.run_id = %d) EXECUTE FUNCTION refuse_totals();""".formatted(second)).update();
        try {
            assertThatThrownBy(() -> adapter.matchList(second, list, null))
                    .hasMessageContaining("SQL state P0001")
                    .satisfies(SuppressionStagingIT::quotesNoNumber);
        } finally {
            jdbc.sql("DROP TRIGGER refuse_totals ON suppression_list_result; DROP FUNCTION refuse_totals()").update();
        }

        assertThatTheResultIsStill(first, list, before);
    }

    @Test
    void keepsTheWholePreviousResultWhenTheCallersTransactionRollsBack() {
        String list = "list-kept-on-rollback";
        long first = newRun();
        ListTotals before = matchedWithOneSuppressedOfTwo(first, list);
        long second = newRun();
        adapter.stageSuppressions(second, List.of(entry(CXONE, NOT_SUPPRESSED, null)));
        adapter.stageContacts(second, List.of(contact(list, "c3", NOT_SUPPRESSED)));

        callersTransaction.executeWithoutResult(status -> {
            assertThat(adapter.matchList(second, list, null)).isEqualTo(new ListTotals(list, 1, 0, 1, 0));
            assertThat(allMatches(second, list)).as("inside the transaction").extracting(MatchedContact::contactId)
                    .containsExactly("c3");
            status.setRollbackOnly();
        });

        assertThatTheResultIsStill(first, list, before);
    }

    @Test
    void pagesTheMatchesByContactIdFromTheCursor() {
        long run = newRun();
        String list = "list-" + run;
        List<String> ids = List.of("c-01", "c-02", "C-03", "c-04", "c-05", "c-06", "c-07");
        adapter.stageSuppressions(run, IntStream.range(0, ids.size()).mapToObj(i -> entry(CXONE, numberOf(i), null)).toList());
        adapter.stageContacts(run, IntStream.range(0, ids.size()).mapToObj(i -> contact(list, ids.get(i), numberOf(i))).toList());
        adapter.matchList(run, list, null);

        Walk<MatchedContact> walked = walk(cursor -> adapter.matches(run, list, cursor, 3));

        assertThat(walked.items()).extracting(MatchedContact::contactId)
                .containsExactly("C-03", "c-01", "c-02", "c-04", "c-05", "c-06", "c-07");
        assertThat(walked.cursors()).containsExactly(new PageCursor("c-02"), new PageCursor("c-06"), null);
        assertThat(adapter.matches(run, list, new PageCursor("c-04"), 10).items()).extracting(MatchedContact::contactId)
                .containsExactly("c-05", "c-06", "c-07");
    }

    @Test
    void pagesTheEligibleContactIdsOnceEachFromTheCursor() {
        long run = newRun();
        String list = "list-" + run;
        adapter.stageSuppressions(run, List.of(entry(CXONE, numberOf(3), null)));
        List<StagedContact> contacts = IntStream.rangeClosed(1, 7).mapToObj(i -> contact(list, "c-0" + i, numberOf(i))).toList();
        adapter.stageContacts(run, contacts);
        adapter.stageContacts(run, contacts.subList(0, 4));
        adapter.matchList(run, list, null);

        Walk<String> walked = walk(cursor -> adapter.eligibleContactIds(run, list, null, cursor, 3));

        assertThat(walked.items()).containsExactly("c-01", "c-02", "c-04", "c-05", "c-06", "c-07");
        assertThat(walked.cursors()).last().isNull();
        assertThat(walk(cursor -> adapter.eligibleContactIds(run, list, null, cursor == null ? new PageCursor("c-02") : cursor, 2))
                .items()).containsExactly("c-04", "c-05", "c-06", "c-07");
    }

    @Test
    void refusesToListAResultTheListDoesNotHoldForTheRun() {
        String list = "list-listed-late";
        long first = newRun();
        matchedWithOneSuppressedOfTwo(first, list);
        long second = newRun();
        adapter.stageContacts(second, List.of(contact(list, "c1", SUPPRESSED)));
        long never = newRun();

        assertThatThrownBy(() -> adapter.eligibleContactIds(second, list, null, null, 10))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("list " + list + " has no result of run " + second + " to list: its stored result is run "
                        + first + "'s, so which of the run's contacts were suppressed is no longer known");
        adapter.matchList(second, list, null);
        assertThatThrownBy(() -> adapter.matches(first, list, null, 10)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("its stored result is run " + second + "'s");
        assertThatThrownBy(() -> adapter.eligibleContactIds(first, list, null, null, 10))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> adapter.matches(never, "list-never-checked", null, 10))
                .hasMessageContaining("it has no stored result");
    }

    @Test
    void refusesALimitBelowOne() {
        assertThatThrownBy(() -> adapter.matches(newRun(), "list", null, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit was 0");
        assertThatThrownBy(() -> adapter.eligibleContactIds(newRun(), "list", null, null, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchesAListByAHashJoinOnTheNumberWithOrWithoutStatistics() {
        long run = newRun();
        String list = "list-" + run;
        adapter.stageSuppressions(run, IntStream.range(0, 20_000).mapToObj(i -> entry(FILE, "+1646" + (1_000_000 + i), null))
                .toList());
        for (String staged : List.of(list, "list-other-" + run)) {
            adapter.stageContacts(run, IntStream.range(0, 2_000)
                    .mapToObj(i -> contact(staged, "c" + i, "+1212" + (1_000_000 + i))).toList());
        }

        String justCopied = matchPlan(run, list);
        jdbc.sql("ANALYZE suppression_entry, suppression_contact").update();
        String analyzed = matchPlan(run, list);

        for (String plan : List.of(justCopied, analyzed)) {
            assertThat(plan).contains("Hash Join").containsPattern("Hash Cond: \\((e\\.e164 = c\\.e164|c\\.e164 = e\\.e164)\\)")
                    .contains("Seq Scan on suppression_entry").doesNotContain("Nested Loop", "Merge Join");
        }
    }

    @Test
    void putsThePlannerSettingsBackAfterTheMatch() {
        long run = newRun();
        String list = "list-" + run;
        adapter.stageContacts(run, List.of(contact(list, "c1", SUPPRESSED)));

        List<String> after = callersTransaction.execute(status -> {
            adapter.matchList(run, list, null);
            return jdbc.sql("SELECT current_setting('enable_nestloop') || ' ' || current_setting('enable_mergejoin')")
                    .query(String.class).list();
        });

        assertThat(after).containsExactly("on on");
    }

    /** A list of two contacts, c1 suppressed by CXone and c2 not, matched in the run. */
    private ListTotals matchedWithOneSuppressedOfTwo(long run, String list) {
        adapter.stageSuppressions(run, List.of(entry(CXONE, SUPPRESSED, "asked")));
        adapter.stageContacts(run, List.of(contact(list, "c1", SUPPRESSED), contact(list, "c2", ALSO_SUPPRESSED)));
        ListTotals totals = adapter.matchList(run, list, null);
        assertThat(totals).isEqualTo(new ListTotals(list, 2, 0, 1, 1));
        return totals;
    }

    private void assertThatTheResultIsStill(long run, String list, ListTotals totals) {
        assertThat(storedResult(list)).containsEntry("run_id", run).containsEntry("contacts_read", totals.contactsRead())
                .containsEntry("suppressed", totals.suppressed()).containsEntry("eligible", totals.eligible());
        assertThat(allMatches(run, list)).containsExactly(new MatchedContact("c1", SUPPRESSED, List.of(CXONE), List.of("asked")));
        assertThat(allEligible(run, list, null)).containsExactly("c2");
    }

    /** The plan of the match's insert, as the match runs it, without running it. */
    private String matchPlan(long run, String list) {
        SuppressionListMatch match = new SuppressionListMatch(jdbc);
        return callersTransaction.execute(status -> String.join("\n", match.withHashJoinsOnly(() -> jdbc
                .sql("EXPLAIN (COSTS OFF) " + SuppressionListMatch.INSERT_MATCHES)
                .param("runId", run).param("listId", list).query(String.class).list())));
    }

    private Map<String, @Nullable Object> storedResult(String list) {
        return jdbc.sql("SELECT * FROM suppression_list_result WHERE list_id = :list").param("list", list).query()
                .singleRow();
    }

    private List<MatchedContact> allMatches(long run, String list) {
        return walk(cursor -> adapter.matches(run, list, cursor, 2)).items();
    }

    private List<String> allEligible(long run, String list, @Nullable String region) {
        return walk(cursor -> adapter.eligibleContactIds(run, list, region, cursor, 2)).items();
    }

    private static String numberOf(int contact) {
        return "+1415555" + (1_000 + contact);
    }
}
