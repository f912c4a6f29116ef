package io.cxonebatch.adapters.persistence;

import static io.cxonebatch.adapters.persistence.Suppressions.CXONE;
import static io.cxonebatch.adapters.persistence.Suppressions.FILE;
import static io.cxonebatch.adapters.persistence.Suppressions.contact;
import static io.cxonebatch.adapters.persistence.Suppressions.entry;
import static io.cxonebatch.adapters.persistence.Suppressions.newRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.persistence.testing.RealPostgres;
import io.cxonebatch.application.port.out.suppression.SourceCount;
import io.cxonebatch.application.port.out.suppression.StagedContact;
import io.cxonebatch.application.port.out.suppression.StagedSuppression;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link SuppressionPersistenceAdapter}'s staging: what COPY carries, what it refuses, counting and clearing. */
@RealPostgres
class SuppressionStagingIT {

    private static final String ODD = "tab\there, new\nline, return\r, \\N, \\., back\\slash, \"quoted\", 'single', "
            + "{braced}, été, 東京, 📞 𝄞, NULL";

    private final JdbcClient jdbc;
    private final SuppressionPersistenceAdapter adapter;
    private final TransactionTemplate callersTransaction;

    SuppressionStagingIT(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.adapter = new SuppressionPersistenceAdapter(dataSource);
        this.callersTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void readsBackEveryEntryAsStagedWhateverItsTextHolds() {
        long run = newRun();
        List<StagedSuppression> entries = List.of(
                new StagedSuppression("file " + ODD, "line " + ODD, "+12125550147", "reason " + ODD),
                new StagedSuppression(CXONE, null, null, null),
                new StagedSuppression("\\N", "", "+442079460958", ""),
                new StagedSuppression("NULL", "\\N", "+33142685300", "NULL"));

        adapter.stageSuppressions(run, entries);

        assertThat(jdbc.sql("""
                SELECT source, entry_id, e164, reason FROM suppression_entry WHERE run_id = :run ORDER BY ctid""")
                .param("run", run)
                .query((rs, n) -> new StagedSuppression(rs.getString("source"), rs.getString("entry_id"),
                        rs.getString("e164"), rs.getString("reason")))
                .list()).containsExactlyElementsOf(entries);
    }

    @Test
    void readsBackEveryContactAsStagedWhateverItsTextHolds() {
        long run = newRun();
        List<StagedContact> contacts = List.of(
                contact("list " + ODD, "contact " + ODD, "+12125550147", "region " + ODD),
                contact("list_1", "\\N", null, null),
                contact("list_1", "NULL", "+442079460958", ""));

        adapter.stageContacts(run, contacts);

        assertThat(jdbc.sql("""
                SELECT list_id, contact_id, e164, region FROM suppression_contact WHERE run_id = :run ORDER BY ctid""")
                .param("run", run)
                .query((rs, n) -> new StagedContact(rs.getString("list_id"), rs.getString("contact_id"),
                        rs.getString("e164"), rs.getString("region")))
                .list()).containsExactlyElementsOf(contacts);
    }

    @Test
    void stagesABatchLongerThanOnePieceOfTheCopy() {
        long run = newRun();
        List<StagedSuppression> entries = IntStream.range(0, 5_000)
                .mapToObj(i -> new StagedSuppression(FILE, "line " + i, "+1212555" + String.format("%04d", i),
                        "📞 reason ".repeat(i % 7)))
                .toList();

        adapter.stageSuppressions(run, entries);

        assertThat(adapter.sourceCounts(run)).containsExactly(new SourceCount(FILE, 5_000, 0));
        assertThat(jdbc.sql("SELECT sum(length(reason)) FROM suppression_entry WHERE run_id = :run").param("run", run)
                .query(Long.class).single())
                .isEqualTo(entries.stream().mapToLong(e -> e.reason().codePointCount(0, e.reason().length())).sum());
    }

    @Test
    void countsTheRunsEntriesPerSourceInSourceOrder() {
        long run = newRun();
        adapter.stageSuppressions(run, List.of(entry(FILE, "+12125550147", null), entry(CXONE, null, null),
                entry("Zeta.csv", "+12125550148", "r"), entry(FILE, null, "r"), entry(CXONE, "+12125550149", null)));
        adapter.stageSuppressions(run, List.of(entry(FILE, "+12125550150", null)));
        adapter.stageSuppressions(newRun(), List.of(entry(FILE, "+12125550147", null)));

        assertThat(adapter.sourceCounts(run)).containsExactly(
                new SourceCount("Zeta.csv", 1, 0), new SourceCount(CXONE, 2, 1), new SourceCount(FILE, 3, 1));
        assertThat(adapter.sourceCounts(newRun())).isEmpty();
    }

    @Test
    void stagesNothingForAnEmptyBatch() {
        long run = newRun();

        adapter.stageSuppressions(run, List.of());
        adapter.stageContacts(run, List.of());

        assertThat(adapter.sourceCounts(run)).isEmpty();
        assertThat(contactsOf(run)).isZero();
    }

    @Test
    void refusesANumberNotInE164WithoutQuotingItAndStagesNothingOfTheBatch() {
        long run = newRun();
        List<StagedSuppression> raw = List.of(entry(FILE, "+12125550147", null), entry(FILE, "(212) 555-0199", "asked"));

        assertThatThrownBy(() -> adapter.stageSuppressions(run, raw))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("staging 2 suppression entries of run " + run)
                .hasMessageContaining("constraint suppression_entry_e164_check")
                .hasMessageContaining("row 2 of the COPY")
                .satisfies(SuppressionStagingIT::quotesNoNumber);
        assertThatThrownBy(() -> adapter.stageContacts(run, List.of(contact("list_1", "c1", "0044 20 7946 0958"))))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("constraint suppression_contact_e164_check")
                .satisfies(SuppressionStagingIT::quotesNoNumber);

        assertThat(adapter.sourceCounts(run)).isEmpty();
        assertThat(contactsOf(run)).isZero();
    }

    @Test
    void refusesBlankNamesAndNulCharactersByPlaceInTheBatchBeforeSendingIt() {
        long run = newRun();

        assertThatThrownBy(() -> adapter.stageSuppressions(run, List.of(entry(FILE, "+12125550147", null),
                entry(" ", "+12125550148", null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("suppression entry 2 of the batch of run " + run + " cannot be stored: its source is blank");
        assertThatThrownBy(() -> adapter.stageSuppressions(run, List.of(entry(FILE, "+1212555\u00000147", null))))
                .hasMessageStartingWith("suppression entry 1 of the batch of run " + run
                        + " cannot be stored: the number holds a NUL character")
                .satisfies(SuppressionStagingIT::quotesNoNumber);
        assertThatThrownBy(() -> adapter.stageContacts(run, List.of(contact("list_1", "", "+12125550147"))))
                .hasMessage("contact 1 of the batch of run " + run + " cannot be stored: its contact id is blank");
        assertThatThrownBy(() -> adapter.stageContacts(run, List.of(contact("", "c1", "+12125550147"))))
                .hasMessageContaining("its list id is blank");
        assertThatThrownBy(() -> adapter.stageContacts(run, List.of(contact("list_1", "c1", null, "North\u0000"))))
                .hasMessageContaining("contact 1 of the batch of run " + run + " cannot be stored: the region holds a NUL");

        assertThat(adapter.sourceCounts(run)).isEmpty();
        assertThat(contactsOf(run)).isZero();
    }

    @Test
    void stagesInTheCallersTransactionAndRollsBackWithIt() {
        long run = newRun();

        callersTransaction.executeWithoutResult(status -> {
            adapter.stageSuppressions(run, List.of(entry(CXONE, "+12125550147", null)));
            adapter.stageContacts(run, List.of(contact("list_1", "c1", "+12125550147")));
            assertThat(adapter.sourceCounts(run)).as("inside the transaction").hasSize(1);
            status.setRollbackOnly();
        });

        assertThat(adapter.sourceCounts(run)).isEmpty();
        assertThat(contactsOf(run)).isZero();
    }

    @Test
    void clearsOneSourceOfOneRun() {
        long run = newRun();
        long other = newRun();
        adapter.stageSuppressions(run, List.of(entry(CXONE, "+12125550147", null), entry(FILE, "+12125550148", null)));
        adapter.stageSuppressions(other, List.of(entry(FILE, "+12125550148", null)));

        adapter.clearSource(run, FILE);

        assertThat(adapter.sourceCounts(run)).containsExactly(new SourceCount(CXONE, 1, 0));
        assertThat(adapter.sourceCounts(other)).containsExactly(new SourceCount(FILE, 1, 0));
    }

    @Test
    void clearsOneListOfOneRun() {
        long run = newRun();
        long other = newRun();
        adapter.stageContacts(run, List.of(contact("list_1", "c1", null), contact("list_2", "c1", null),
                contact("list_1", "c2", "+12125550147")));
        adapter.stageContacts(other, List.of(contact("list_1", "c1", null)));

        adapter.clearList(run, "list_1");

        assertThat(contactIds(run)).containsExactly("list_2/c1");
        assertThat(contactIds(other)).containsExactly("list_1/c1");
    }

    @Test
    void clearsEverythingTheRunStagedAndNothingElse() {
        long run = newRun();
        long other = newRun();
        String list = "list_cleared_" + run;
        for (long staged : List.of(run, other)) {
            adapter.stageSuppressions(staged, List.of(entry(CXONE, "+12125550147", null), entry(FILE, null, null)));
            adapter.stageContacts(staged, List.of(contact(list, "c1", "+12125550147")));
        }
        adapter.matchList(run, list, null);

        adapter.clearRun(run);

        assertThat(adapter.sourceCounts(run)).isEmpty();
        assertThat(contactsOf(run)).isZero();
        assertThat(adapter.sourceCounts(other)).hasSize(2);
        assertThat(contactsOf(other)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM suppression_list_result WHERE run_id = :run").param("run", run)
                .query(Long.class).single()).as("the list's latest result stays").isEqualTo(1);
    }

    private long contactsOf(long run) {
        return jdbc.sql("SELECT count(*) FROM suppression_contact WHERE run_id = :run").param("run", run)
                .query(Long.class).single();
    }

    private List<String> contactIds(long run) {
        return jdbc.sql("SELECT list_id || '/' || contact_id FROM suppression_contact WHERE run_id = :run ORDER BY 1")
                .param("run", run).query(String.class).list();
    }

    /** Neither the exception nor any of its causes quotes a digit run of a phone number. */
    static void quotesNoNumber(Throwable thrown) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
            for (Throwable suppressed : t.getSuppressed()) {
                messages.add(String.valueOf(suppressed.getMessage()));
            }
        }
        assertThat(messages).noneMatch(message -> message.matches("(?s).*(555|7946|0147|0199).*"));
    }
}
