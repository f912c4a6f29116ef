package io.cxonebatch.adapters.persistence;

import static io.cxonebatch.adapters.persistence.AuditEvents.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.persistence.testing.RealPostgres;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.audit.AuditQuery;
import io.cxonebatch.application.port.out.audit.StoredAuditEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tests share the class's database, so each works on campaign refs of its own. */
@RealPostgres
class AuditPersistenceAdapterIT {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AuditPersistenceAdapter adapter;

    AuditPersistenceAdapterIT(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.adapter = new AuditPersistenceAdapter(dataSource, "batch@node-1");
    }

    @Test
    void readsBackWhatWasAppendedInAppendOrder() {
        String ref = uniqueRef();
        AuditEvent created = AuditEvents.created(ref);
        AuditEvent rejected = new AuditEvent(NOON, null, null, "PLAN_ROW_REJECTED", ref, AuditOutcome.REJECTED,
                null, null, Map.of());

        adapter.append(List.of(created, rejected));

        List<StoredAuditEvent> stored = adapter.findAuditEvents(byRef(ref));
        assertThat(stored).extracting(StoredAuditEvent::event).containsExactly(created, rejected);
        assertThat(stored.get(1).id()).isEqualTo(stored.get(0).id() + 1);
        assertThat(stored).extracting(StoredAuditEvent::hash).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
    }

    @Test
    void findsACampaignsEventsByItsExternalKeyByItsCxoneIdOrByTheWholeReference() {
        String key = uniqueRef();
        AuditEvent beforeCxone = AuditEvents.created(key);
        AuditEvent afterCxone = AuditEvents.created(key + "/camp_" + key.hashCode());
        adapter.append(List.of(beforeCxone, afterCxone));

        assertThat(adapter.findAuditEvents(byRef(key))).extracting(StoredAuditEvent::event).containsExactly(beforeCxone, afterCxone);
        assertThat(adapter.findAuditEvents(byRef("camp_" + key.hashCode()))).extracting(StoredAuditEvent::event)
                .containsExactly(afterCxone);
        assertThat(adapter.findAuditEvents(byRef(key + "/camp_" + key.hashCode()))).hasSize(1);
        assertThat(adapter.findAuditEvents(byRef(key.substring(0, 3)))).as("no prefix match").isEmpty();
    }

    @Test
    void findsByAWholeReferenceWhoseKeyHoldsASlashAndOnlyThroughIndexes() {
        String key = uniqueRef() + "/region-a";
        AuditEvent created = AuditEvents.created(key + "/camp_9");
        adapter.append(List.of(created, AuditEvents.created(key + "/camp_10")));

        assertThat(adapter.findAuditEvents(byRef(key + "/camp_9"))).extracting(StoredAuditEvent::event).containsExactly(created);
        assertThat(adapter.findAuditEvents(byRef(key))).hasSize(2);

        AuditQuerySql select = AuditQuerySql.of(byRef(key + "/camp_9"));
        String plan = new TransactionTemplate(new DataSourceTransactionManager(dataSource)).execute(status -> {
            JdbcClient inTransaction = JdbcClient.create(dataSource);
            inTransaction.sql("SET LOCAL enable_seqscan = off").update();
            return String.join("\n", inTransaction.sql("EXPLAIN " + select.sql()).params(select.parameters()).query(String.class).list());
        });
        assertThat(plan).doesNotContain("Seq Scan").contains("audit_event_campaign_key_idx", "audit_event_campaign_id_idx");
    }

    @Test
    void keepsNestedDetailsAsJson() {
        String ref = uniqueRef();
        Map<String, Object> details = Map.of(
                "previous", Map.of("maxConcurrentCalls", 40, "abandonedCallThreshold", 0.03),
                "skills", List.of("OUTBOUND_SALES", "QUALIFICATION"),
                "dryRun", false,
                "records", 3_000_000_000L);

        adapter.append(new AuditEvent(NOON, 3L, "dialer-parameter-update", "PACING_UPDATED", ref,
                AuditOutcome.SUCCESS, 200, 140L, details));

        assertThat(adapter.findAuditEvents(byRef(ref)).get(0).event().details()).isEqualTo(details);
        assertThat(jdbc.sql("SELECT details -> 'previous' ->> 'maxConcurrentCalls' FROM audit_event WHERE campaign_ref = :ref")
                .param("ref", ref).query(String.class).single()).isEqualTo("40");
    }

    @Test
    void storesDetailsQuotingANulCharacterWithTheCharacterReplacedAndKeepsAnEscapedBackslashAsItWas() {
        String ref = uniqueRef();
        Map<String, Object> details = Map.of("reason", "CXone: 'Campaign\u0000' refused", "path", "C:\\u0000dir");

        adapter.append(new AuditEvent(NOON, 3L, "campaign-provisioning", "CAMPAIGN_REJECTED", ref, AuditOutcome.REJECTED, 422,
                5L, details));

        assertThat(adapter.findAuditEvents(byRef(ref)).get(0).event().details())
                .isEqualTo(Map.of("reason", "CXone: 'Campaign\uFFFD' refused", "path", "C:\\u0000dir"));
    }

    @Test
    void storesOccurrenceTimesToTheMicrosecond() {
        String ref = uniqueRef();

        adapter.append(AuditEvents.at(Instant.parse("2026-03-02T12:00:00.123456789Z"), ref));

        assertThat(adapter.findAuditEvents(byRef(ref)).get(0).event().occurredAt())
                .isEqualTo(Instant.parse("2026-03-02T12:00:00.123456Z"));
    }

    @Test
    void recordsTheActorGivenToTheAdapter() {
        String ref = uniqueRef();

        adapter.append(AuditEvents.created(ref));

        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE campaign_ref = :ref").param("ref", ref)
                .query(String.class).single()).isEqualTo("batch@node-1");
    }

    @Test
    void appendsABatchAllOrNothing() {
        String ref = uniqueRef();
        // PostgreSQL text cannot hold NUL, so the second insert fails in the database, after the first.
        AuditEvent unstorable = new AuditEvent(NOON, null, null, "BROKEN\u0000ACTION", ref, AuditOutcome.FAILED,
                null, null, Map.of());

        assertThatThrownBy(() -> adapter.append(List.of(AuditEvents.created(ref), unstorable)))
                .isInstanceOf(RuntimeException.class);

        assertThat(adapter.findAuditEvents(byRef(ref))).isEmpty();
    }

    @Test
    void keepsAppendedEventsWhenTheCallersTransactionRollsBack() {
        String ref = uniqueRef();
        TransactionTemplate callersTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        callersTransaction.executeWithoutResult(status -> {
            adapter.append(AuditEvents.created(ref));
            status.setRollbackOnly();
        });

        assertThat(adapter.findAuditEvents(byRef(ref))).hasSize(1);
    }

    @Test
    void findsEventsFromInclusiveToExclusiveOldestFirst() {
        String ref = uniqueRef();
        adapter.append(List.of(
                AuditEvents.at(NOON.plusSeconds(20), ref),
                AuditEvents.at(NOON, ref),
                AuditEvents.at(NOON.plusSeconds(10), ref),
                AuditEvents.at(NOON.plusSeconds(30), ref)));

        List<StoredAuditEvent> found = adapter.findAuditEvents(
                new AuditQuery(NOON, NOON.plusSeconds(30), null, ref, null, null, 100));

        assertThat(found).extracting(stored -> stored.event().occurredAt())
                .containsExactly(NOON, NOON.plusSeconds(10), NOON.plusSeconds(20));
    }

    @Test
    void filtersByJobExecutionActionAndOutcome() {
        String ref = uniqueRef();
        long execution = System.nanoTime();
        AuditEvent wanted = new AuditEvent(NOON, execution, "campaign-provisioning", "CAMPAIGN_ACTIVATED", ref,
                AuditOutcome.TIMEOUT, 202, 30_000L, Map.of());
        adapter.append(List.of(
                wanted,
                new AuditEvent(NOON, execution, "campaign-provisioning", "CAMPAIGN_ACTIVATED", ref,
                        AuditOutcome.SUCCESS, 200, 10L, Map.of()),
                new AuditEvent(NOON, execution, "campaign-provisioning", "CAMPAIGN_CREATED", ref,
                        AuditOutcome.TIMEOUT, 201, 10L, Map.of()),
                new AuditEvent(NOON, execution + 1, "campaign-provisioning", "CAMPAIGN_ACTIVATED", ref,
                        AuditOutcome.TIMEOUT, 202, 10L, Map.of())));

        List<StoredAuditEvent> found = adapter.findAuditEvents(new AuditQuery(
                null, null, execution, null, "CAMPAIGN_ACTIVATED", AuditOutcome.TIMEOUT, 100));

        assertThat(found).extracting(StoredAuditEvent::event).containsExactly(wanted);
    }

    @Test
    void returnsAtMostTheLimitKeepingTheOldest() {
        String ref = uniqueRef();
        adapter.append(List.of(AuditEvents.numbered(ref, 3), AuditEvents.numbered(ref, 1), AuditEvents.numbered(ref, 2)));

        List<StoredAuditEvent> found = adapter.findAuditEvents(new AuditQuery(null, null, null, ref, null, null, 2));

        assertThat(found).extracting(stored -> (Object) stored.event().details().get("sequence")).containsExactly(1, 2);
    }

    @Test
    void refusesABlankActor() {
        assertThatThrownBy(() -> new AuditPersistenceAdapter(dataSource, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("actor");
    }

    private static AuditQuery byRef(String ref) {
        return new AuditQuery(null, null, null, ref, null, null, 100);
    }

    private static String uniqueRef() {
        return "key-" + UUID.randomUUID();
    }
}
