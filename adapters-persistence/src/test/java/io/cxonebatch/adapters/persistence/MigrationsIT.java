package io.cxonebatch.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.persistence.testing.RealPostgres;
import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.application.kit.ItemStatus;
import io.cxonebatch.application.port.out.outbox.NotificationStatus;
import io.cxonebatch.application.port.out.webhooks.WebhookState;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The db module's migrations, applied by Flyway to an empty database as an application would. */
@RealPostgres(migrated = false)
class MigrationsIT {

    private static final String JOB = "campaign-provisioning";
    private static final AtomicLong RUNS = new AtomicLong();

    private static MigrateResult result;

    private final JdbcClient jdbc;

    MigrationsIT(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @BeforeAll
    static void migrate(DataSource dataSource) {
        result = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @Test
    void applyToAnEmptyDatabaseInVersionOrder() {
        assertThat(result.success).isTrue();
        assertThat(result.migrations).extracting(migration -> migration.version)
                .startsWith("1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    @Test
    void createSpringBatchsJobRepository() {
        assertThat(tables()).contains("batch_job_instance", "batch_job_execution", "batch_job_execution_params",
                "batch_step_execution", "batch_step_execution_context", "batch_job_execution_context");
        assertThat(sequences()).contains("batch_job_instance_seq", "batch_job_execution_seq", "batch_step_execution_seq");
    }

    @Test
    void createQuartzsJobStore() {
        assertThat(tables()).contains("qrtz_job_details", "qrtz_triggers", "qrtz_simple_triggers", "qrtz_cron_triggers",
                "qrtz_simprop_triggers", "qrtz_blob_triggers", "qrtz_calendars", "qrtz_paused_trigger_grps",
                "qrtz_fired_triggers", "qrtz_scheduler_state", "qrtz_locks");
    }

    @Test
    void createTheProjectsTables() {
        assertThat(tables()).contains("audit_event", "known_campaign", "campaign_status_transition", "staged_item",
                "plan_row", "webhook_registration", "suppression_entry", "suppression_contact", "suppression_match",
                "suppression_list_result", "outbox_message", "agent_dispatch");
    }

    @Test
    void explainEverySuppressionTableAndColumnToWhoeverQueriesTheDatabase() {
        assertThat(jdbc.sql("""
                SELECT c.relname || coalesce('.' || a.attname, '')
                FROM pg_class c
                LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                WHERE c.relname IN ('suppression_entry', 'suppression_contact', 'suppression_match',
                                    'suppression_list_result')
                  AND c.relkind = 'r'
                  AND coalesce(col_description(c.oid, a.attnum), '') = ''
                UNION ALL
                SELECT relname FROM pg_class
                WHERE relname LIKE 'suppression\\_%' AND relkind = 'r' AND coalesce(obj_description(oid, 'pg_class'), '') = ''
                """).query(String.class).list()).as("tables and columns without a comment").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_class WHERE relname LIKE 'suppression\\_%' AND relkind = 'r'")
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void indexTheSuppressionStagingOnlyWhereAListIsRead() {
        assertThat(indexes("suppression_entry")).as("COPY into the bare heap").isEmpty();
        assertThat(indexes("suppression_contact"))
                .containsExactly("CREATE INDEX suppression_contact_list_idx ON public.suppression_contact USING btree "
                        + "(run_id, list_id, contact_id)");
        assertThat(indexes("suppression_match")).singleElement().asString().contains("(list_id, contact_id)");
        assertThat(indexes("suppression_list_result")).singleElement().asString().contains("(list_id)");
    }

    @Test
    void storeOnlyNumbersInTheShapeOfE164() {
        long run = RUNS.incrementAndGet();
        for (String raw : List.of("2125550147", "(212) 555-0147", "+", "+1 (212) 555-0147", "")) {
            assertThatThrownBy(() -> jdbc.sql("INSERT INTO suppression_entry (run_id, source, e164) VALUES (:run, 'f', :e164)")
                    .param("run", run).param("e164", raw).update()).as(raw).hasMessageContaining("suppression_entry_e164_check");
            assertThatThrownBy(() -> jdbc.sql("""
                    INSERT INTO suppression_contact (run_id, list_id, contact_id, e164) VALUES (:run, 'l', 'c', :e164)""")
                    .param("run", run).param("e164", raw).update()).as(raw).hasMessageContaining("suppression_contact_e164_check");
        }
        assertThat(jdbc.sql("INSERT INTO suppression_entry (run_id, source, e164) VALUES (:run, 'f', '+12125550147'), (:run, 'f', NULL)")
                .param("run", run).update()).isEqualTo(2);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO suppression_entry (run_id, source) VALUES (:run, '')").param("run", run)
                .update()).hasMessageContaining("suppression_entry_source_check");
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO suppression_contact (run_id, list_id, contact_id) VALUES (:run, 'l', '')")
                .param("run", run).update()).hasMessageContaining("suppression_contact_contact_id_check");
    }

    @Test
    void keepOneMatchPerContactOfAListWithAtLeastOneSource() {
        String insert = """
                INSERT INTO suppression_match (run_id, list_id, contact_id, e164, sources, reasons)
                VALUES (1, 'list-m', 'c1', '+12125550147', CAST(:sources AS text[]), '{}')""";
        assertThatThrownBy(() -> jdbc.sql(insert).param("sources", "{}").update())
                .hasMessageContaining("suppression_match_sources_check");
        assertThat(jdbc.sql(insert).param("sources", "{cxone}").update()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql(insert).param("sources", "{dnc.csv}").update())
                .hasMessageContaining("suppression_match_pkey");
    }

    @Test
    void refuseListTotalsThatDoNotAddUp() {
        String insert = """
                INSERT INTO suppression_list_result (list_id, run_id, region, contacts_read, unparseable, suppressed, eligible)
                VALUES (:list, 1, CAST(:region AS text), 10, 1, 2, :eligible)""";
        assertThat(jdbc.sql(insert).param("list", "totals-1").param("region", null).param("eligible", 7).update()).isEqualTo(1);
        assertThat(jdbc.sql(insert).param("list", "totals-2").param("region", "north").param("eligible", 3).update())
                .as("the others are of another region").isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql(insert).param("list", "totals-3").param("region", null).param("eligible", 6).update())
                .hasMessageContaining("suppression_list_result_sum_check");
        assertThatThrownBy(() -> jdbc.sql(insert).param("list", "totals-4").param("region", "north").param("eligible", 8)
                .update()).hasMessageContaining("suppression_list_result_sum_check");
        assertThatThrownBy(() -> jdbc.sql(insert).param("list", "totals-5").param("region", "north").param("eligible", -1)
                .update()).hasMessageContaining("suppression_list_result_counts_check");
    }

    @ParameterizedTest
    @EnumSource(CampaignStatus.class)
    void acceptEveryCampaignStatusOfTheDomain(CampaignStatus status) {
        String key = "status-" + status;
        assertThat(insertCampaign(key, "PREVIEW", status.name())).isEqualTo(1);
        assertThat(jdbc.sql("""
                INSERT INTO campaign_status_transition (campaign_id, from_status, to_status, observed_at)
                VALUES (:id, :status, :status, now())""").param("id", "id-" + key).param("status", status.name()).update())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(CampaignType.class)
    void acceptEveryCampaignTypeOfTheDomain(CampaignType type) {
        assertThat(insertCampaign("type-" + type, type.name(), "DRAFT")).isEqualTo(1);
    }

    @Test
    void rejectCampaignTypesAndStatusesTheDomainDoesNotHave() {
        assertThatThrownBy(() -> insertCampaign("bad-type", "ROBOCALL", "DRAFT"))
                .hasMessageContaining("known_campaign_type_check");
        assertThatThrownBy(() -> insertCampaign("bad-status", "PREVIEW", "ARCHIVED"))
                .hasMessageContaining("known_campaign_status_check");
    }

    @ParameterizedTest
    @EnumSource(WebhookState.class)
    void acceptEveryWebhookStateOfTheApplication(WebhookState state) {
        assertThat(jdbc.sql("INSERT INTO webhook_registration (name, event_filter, uri, registered_at, state) "
                        + "VALUES ('w', 'campaign.preview.activated', :uri, now(), :state)")
                .param("uri", "https://hooks.example.test/" + state).param("state", state.name()).update()).isEqualTo(1);
    }

    @Test
    void rejectAWebhookStateTheApplicationDoesNotHave() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO webhook_registration (name, event_filter, uri, registered_at, state) "
                + "VALUES ('w', 'campaign.preview.activated', 'https://hooks.example.test/x', now(), 'MAYBE')").update())
                .hasMessageContaining("webhook_registration_state_check");
    }

    @ParameterizedTest
    @EnumSource(ItemStatus.class)
    void acceptEveryItemStatusOfTheApplication(ItemStatus status) {
        assertThat(insertItem("roster-sync", 2, status.name(), status.isProblem() ? "IMPORT" : null)).isEqualTo(1);
    }

    @Test
    void rejectItemStatusesTheApplicationDoesNotHave() {
        assertThatThrownBy(() -> insertItem(JOB, 2, "SKIPPED", null)).hasMessageContaining("staged_item_status_check");
        assertThatThrownBy(() -> insertItem(JOB, 2, "PROVISIONED", null)).as("provisioning's word, not the table's")
                .hasMessageContaining("staged_item_status_check");
    }

    @Test
    void rejectItemsWhoseStageContradictsTheirStatus() {
        assertThatThrownBy(() -> insertItem(JOB, 2, "PENDING", "VALIDATION"))
                .hasMessageContaining("staged_item_pending_stage_check");
        assertThatThrownBy(() -> insertItem(JOB, 2, "REJECTED", null)).hasMessageContaining("staged_item_problem_stage_check");
        assertThatThrownBy(() -> insertItem(JOB, 2, "FAILED", null)).hasMessageContaining("staged_item_problem_stage_check");
        assertThatThrownBy(() -> insertItem(JOB, 2, "FAILED", "")).hasMessageContaining("staged_item_stage_check");
    }

    @Test
    void rejectABlankJobNameAndAKeyBelowZero() {
        assertThatThrownBy(() -> insertItem("", 2, "PENDING", null)).hasMessageContaining("staged_item_job_name_check");
        assertThatThrownBy(() -> insertItem(JOB, -1, "PENDING", null)).hasMessageContaining("staged_item_item_key_check");
        assertThat(insertItem(JOB, 0, "PENDING", null)).isEqualTo(1);
    }

    @Test
    void rejectItemJsonOfTheWrongShape() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO staged_item (job_name, run_id, item_key, fields, status) VALUES ('j', 0, 2, '[]', 'PENDING')""")
                .update()).hasMessageContaining("staged_item_fields_object_check");
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO staged_item (job_name, run_id, item_key, fields, status, violations)
                VALUES ('j', 0, 2, '{}', 'PENDING', '{}')""").update())
                .hasMessageContaining("staged_item_violations_array_check");
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO staged_item (job_name, run_id, item_key, fields, status, changes)
                VALUES ('j', 0, 2, '{}', 'PENDING', '"x"')""").update())
                .hasMessageContaining("staged_item_changes_array_check");
    }

    @Test
    void explainTheOutboxAndTheDispatchesToWhoeverQueriesTheDatabase() {
        assertThat(jdbc.sql("""
                SELECT c.relname || coalesce('.' || a.attname, '')
                FROM pg_class c
                LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                WHERE c.relname IN ('outbox_message', 'agent_dispatch') AND c.relkind = 'r'
                  AND coalesce(col_description(c.oid, a.attnum), '') = ''
                UNION ALL
                SELECT relname FROM pg_class
                WHERE relname IN ('outbox_message', 'agent_dispatch') AND relkind = 'r'
                  AND coalesce(obj_description(oid, 'pg_class'), '') = ''
                """).query(String.class).list()).as("tables and columns without a comment").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_class WHERE relname IN ('outbox_message', 'agent_dispatch') AND relkind = 'r'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(NotificationStatus.class)
    void acceptEveryNotificationStatusOfTheApplication(NotificationStatus status) {
        boolean pending = status == NotificationStatus.PENDING;
        assertThat(insertNotification(status.name(), pending ? null : "now()",
                status == NotificationStatus.DELIVERED ? 200 : null)).isEqualTo(1);
    }

    @Test
    void rejectANotificationThatIsNotInAStateTheOutboxCanBeIn() {
        assertThatThrownBy(() -> insertNotification("SENT", "now()", null))
                .hasMessageContaining("outbox_message_status_check");
        assertThatThrownBy(() -> insertNotification("DELIVERED", null, 200))
                .as("settled without a time").hasMessageContaining("outbox_message_settled_check");
        assertThatThrownBy(() -> insertNotification("PENDING", "now()", null))
                .as("pending with a settlement time").hasMessageContaining("outbox_message_settled_check");
        assertThatThrownBy(() -> insertNotification("DELIVERED", "now()", 500))
                .hasMessageContaining("outbox_message_delivered_http_status_check");
        assertThatThrownBy(() -> insertNotification("DEAD", "now()", 999))
                .hasMessageContaining("outbox_message_last_http_status_check");
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO outbox_message (topic, destination, payload, status, settled_at, lease_until)
                VALUES ('t', 'https://wfm.example.test/', '{}', 'DEAD', now(), now())""").update())
                .as("a lease on a settled notification").hasMessageContaining("outbox_message_lease_check");
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO outbox_message (topic, destination, payload, last_error)
                VALUES ('t', 'https://wfm.example.test/', '{}', repeat('x', 2001))""").update())
                .hasMessageContaining("outbox_message_last_error_check");
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO outbox_message (topic, destination, payload) VALUES ('t', 'https://wfm.example.test/', '"x"')""")
                .update()).hasMessageContaining("outbox_message_payload_object_check");
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO outbox_message (id, topic, destination, payload) VALUES (1, 't', 'https://wfm.example.test/', '{}')""")
                .update()).as("ids are the database's to give").rootCause().hasMessageContaining("non-DEFAULT value into column \"id\"");
    }

    @Test
    void rejectADispatchWhoseAgentsAreNotAListOrWhoseCountsAreNegative() {
        String insert = """
                INSERT INTO agent_dispatch (campaign_id, external_key, roster_fingerprint, requested_agents, sent_agents,
                                            accepted_agents, assignment_id, rebalances, run_id, job_execution_id, dispatched_at)
                VALUES ('camp', 'key', 'sha256:1', CAST(:requested AS jsonb), '[]', :accepted, 'asg', 0, 1, 1, now())""";
        assertThat(jdbc.sql(insert).param("requested", "[\"u-1\"]").param("accepted", 0).update()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql(insert).param("requested", "{\"u-1\": true}").param("accepted", 0).update())
                .hasMessageContaining("agent_dispatch_requested_agents_array_check");
        assertThatThrownBy(() -> jdbc.sql(insert).param("requested", "[]").param("accepted", -1).update())
                .hasMessageContaining("agent_dispatch_counts_check");
    }

    @Test
    void keepNotificationsAndDispatchesOfRunsTheJobRepositoryNoLongerHas() {
        assertThat(jdbc.sql("""
                SELECT count(*) FROM information_schema.table_constraints
                WHERE table_name IN ('outbox_message', 'agent_dispatch') AND constraint_type = 'FOREIGN KEY'""")
                .query(Long.class).single()).isZero();
    }

    @Test
    void keepItemsOfRunsTheJobRepositoryNoLongerHas() {
        Long jobInstances = jdbc.sql("SELECT count(*) FROM batch_job_instance").query(Long.class).single();

        assertThat(jobInstances).isZero();
        assertThat(insertItem(JOB, 2, "PENDING", null)).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM information_schema.table_constraints
                WHERE table_name = 'staged_item' AND constraint_type = 'FOREIGN KEY'""").query(Long.class).single()).isZero();
    }

    @Test
    void showCampaignProvisioningsItemsAsPlanRowsInItsOwnWords() {
        long run = RUNS.incrementAndGet();
        long key = 2;
        for (ItemStatus status : ItemStatus.values()) {
            insertItem(JOB, run, key++, status.name(), status.isProblem() ? "PROVISIONING" : null);
        }
        jdbc.sql("""
                UPDATE staged_item SET ref = 'key-' || item_key, fields = jsonb_build_object('name', 'Campaign ' || item_key),
                                       result_ref = 'camp_' || item_key, changes = '["created"]'
                WHERE run_id = :run""").param("run", run).update();

        assertThat(jdbc.sql("""
                SELECT line, external_key, cells ->> 'name' AS name, status, campaign_id, changes ->> 0 AS change
                FROM plan_row WHERE run_id = :run ORDER BY line""").param("run", run).query().listOfRows())
                .extracting(row -> row.get("status")).containsExactly(
                        "PENDING", "PROVISIONED", "ALREADY_PRESENT", "PLANNED", "REJECTED", "FAILED");
        assertThat(jdbc.sql("SELECT * FROM plan_row WHERE run_id = :run AND line = 3").param("run", run).query().singleRow())
                .containsEntry("external_key", "key-3").containsEntry("campaign_id", "camp_3").containsEntry("stage", null)
                .containsKeys("cells", "violations", "changes", "created_at", "updated_at");
    }

    @Test
    void showNoOtherJobsItemsAsPlanRows() {
        long run = RUNS.incrementAndGet();
        insertItem("roster-sync", run, 2, "DONE", null);

        assertThat(jdbc.sql("SELECT count(*) FROM plan_row WHERE run_id = :run").param("run", run).query(Long.class).single())
                .isZero();
    }

    @Test
    void explainThePlanRowViewToWhoeverQueriesTheDatabase() {
        assertThat(tableTypes()).containsEntry("staged_item", "BASE TABLE").containsEntry("plan_row", "VIEW");
        assertThat(jdbc.sql("SELECT obj_description('plan_row'::regclass, 'pg_class')").query(String.class).single())
                .startsWith("campaign-provisioning's plan rows in its own words");
    }

    @Test
    void carryThePlanRowsOfVersion6OverUnchangedAsSeenThroughTheView() {
        try (TestDatabase database = TestPostgres.newUnmigratedDatabase()) {
            JdbcClient old = JdbcClient.create(database.dataSource());
            flyway(database, "6").migrate();
            old.sql("""
                    INSERT INTO plan_row (run_id, line, external_key, cells, status, stage, violations, campaign_id, changes,
                                          created_at, updated_at)
                    VALUES (7, 2, 'a', '{"external_key": "a", "name": "A\\tB"}', 'PENDING', NULL, '[]', NULL, '[]',
                            '2026-11-01T08:00:00Z', '2026-11-01T08:00:00Z'),
                           (7, 3, NULL, '{}', 'REJECTED', 'VALIDATION',
                            '[{"code": "EXTERNAL_KEY_MISSING", "field": "external_key", "message": "required"}]', NULL, '[]',
                            '2026-11-01T08:00:00Z', '2026-11-01T08:00:01Z'),
                           (7, 4, 'c', '{"external_key": "c"}', 'PROVISIONED', NULL, '[]', 'camp_c', '["created campaign camp_c"]',
                            '2026-11-01T08:00:00Z', '2026-11-01T08:05:00Z'),
                           (7, 5, 'd', '{"external_key": "d"}', 'ALREADY_PRESENT', NULL, '[]', 'camp_d', '[]',
                            '2026-11-01T08:00:00Z', '2026-11-01T08:06:00Z'),
                           (7, 6, 'e', '{"external_key": "e"}', 'PLANNED', NULL, '[]', NULL, '["would create campaign"]',
                            '2026-11-01T08:00:00Z', '2026-11-01T08:07:00Z'),
                           (8, 2, 'f', '{"external_key": "f"}', 'FAILED', 'PREFLIGHT',
                            '[{"code": "CONTACT_LIST_MISSING", "field": "target_list_id", "message": "no such list"}]', NULL,
                            '[]', '2026-11-02T08:00:00Z', '2026-11-02T08:00:00Z')""").update();
            List<Map<String, Object>> before = planRows(old);

            MigrateResult upgrade = flyway(database, "latest").migrate();

            assertThat(upgrade.success).isTrue();
            assertThat(planRows(old)).isEqualTo(before).hasSize(6);
            assertThat(old.sql("""
                    SELECT run_id, item_key, status, result_ref FROM staged_item
                    WHERE job_name = 'campaign-provisioning' ORDER BY run_id, item_key""").query().listOfRows())
                    .extracting(row -> row.get("run_id") + "/" + row.get("item_key") + " " + row.get("status") + " "
                            + row.get("result_ref"))
                    .containsExactly("7/2 PENDING null", "7/3 REJECTED null", "7/4 DONE camp_c", "7/5 ALREADY_DONE camp_d",
                            "7/6 PLANNED null", "8/2 FAILED null");
            assertThat(new StageItemsPersistenceAdapter(database.dataSource()).count(7).of(ItemStatus.DONE)).isEqualTo(1);
        }
    }

    private static List<Map<String, Object>> planRows(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT run_id, line, external_key, cells::text AS cells, status, stage, violations::text AS violations,
                       campaign_id, changes::text AS changes, created_at, updated_at
                FROM plan_row ORDER BY run_id, line""").query().listOfRows();
    }

    private static Flyway flyway(TestDatabase database, String target) {
        return Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration").target(target)
                .load();
    }

    private int insertItem(String job, long key, String status, @Nullable String stage) {
        return insertItem(job, RUNS.incrementAndGet(), key, status, stage);
    }

    private int insertItem(String job, long run, long key, String status, @Nullable String stage) {
        return jdbc.sql("""
                INSERT INTO staged_item (job_name, run_id, item_key, fields, status, stage)
                VALUES (:job, :run, :key, '{}', :status, :stage)""")
                .param("job", job).param("run", run).param("key", key).param("status", status).param("stage", stage)
                .update();
    }

    private Map<String, String> tableTypes() {
        Map<String, String> types = new HashMap<>();
        jdbc.sql("SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'public'")
                .query(rs -> {
                    types.put(rs.getString("table_name"), rs.getString("table_type"));
                });
        return types;
    }

    private int insertNotification(String status, @Nullable String settledAt, @Nullable Integer httpStatus) {
        return jdbc.sql("""
                INSERT INTO outbox_message (topic, destination, payload, status, settled_at, last_http_status)
                VALUES ('t', 'https://wfm.example.test/', '{}', :status, %s, :httpStatus)"""
                        .formatted(settledAt == null ? "NULL" : settledAt))
                .param("status", status).param("httpStatus", httpStatus, Types.INTEGER).update();
    }

    private int insertCampaign(String key, String type, String status) {
        return jdbc.sql("""
                INSERT INTO known_campaign (external_key, campaign_id, name, type, status, timezone, window_start,
                                            window_end, status_observed_at)
                VALUES (:key, :id, 'name', :type, :status, 'UTC', now(), now() + interval '1 hour', now())""")
                .param("key", key).param("id", "id-" + key).param("type", type).param("status", status)
                .update();
    }

    private List<String> tables() {
        return jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                .query(String.class).list();
    }

    private List<String> indexes(String table) {
        return jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename = :table ORDER BY indexname")
                .param("table", table).query(String.class).list();
    }

    private List<String> sequences() {
        return jdbc.sql("SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public'")
                .query(String.class).list();
    }
}
