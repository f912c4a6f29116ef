package io.cxonebatch.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.adapters.persistence.testing.RealPostgres;
import io.cxonebatch.application.port.out.plan.PlanRowStage;
import io.cxonebatch.application.port.out.webhooks.WebhookState;
import io.cxonebatch.application.port.out.plan.PlanRowStatus;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import java.util.List;
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

    private static final AtomicLong PLAN_RUNS = new AtomicLong();

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
                .startsWith("1", "2", "3", "4", "5", "6");
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
        assertThat(tables()).contains("audit_event", "known_campaign", "campaign_status_transition", "plan_row",
                "webhook_registration");
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
    @EnumSource(PlanRowStatus.class)
    void acceptEveryPlanRowStatusOfTheApplication(PlanRowStatus status) {
        boolean needsStage = status == PlanRowStatus.REJECTED || status == PlanRowStatus.FAILED;
        assertThat(insertPlanRow(2, status.name(), needsStage ? "PROVISIONING" : null)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(PlanRowStage.class)
    void acceptEveryPlanRowStageOfTheApplication(PlanRowStage stage) {
        assertThat(insertPlanRow(2, "REJECTED", stage.name())).isEqualTo(1);
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

    @Test
    void rejectPlanRowStatusesAndStagesTheApplicationDoesNotHave() {
        assertThatThrownBy(() -> insertPlanRow(2, "SKIPPED", null)).hasMessageContaining("plan_row_status_check");
        assertThatThrownBy(() -> insertPlanRow(2, "REJECTED", "READING")).hasMessageContaining("plan_row_stage_check");
    }

    @Test
    void rejectPlanRowsWhoseStageContradictsTheirStatus() {
        assertThatThrownBy(() -> insertPlanRow(2, "PENDING", "VALIDATION"))
                .hasMessageContaining("plan_row_pending_stage_check");
        assertThatThrownBy(() -> insertPlanRow(2, "REJECTED", null)).hasMessageContaining("plan_row_rejected_stage_check");
        assertThatThrownBy(() -> insertPlanRow(2, "FAILED", null)).hasMessageContaining("plan_row_rejected_stage_check");
    }

    @Test
    void rejectThePlanHeaderLineAsARow() {
        assertThatThrownBy(() -> insertPlanRow(1, "PENDING", null)).hasMessageContaining("plan_row_line_check");
    }

    @Test
    void rejectPlanRowJsonOfTheWrongShape() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO plan_row (run_id, line, cells, status) VALUES (0, 2, '[]', 'PENDING')")
                .update()).hasMessageContaining("plan_row_cells_object_check");
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO plan_row (run_id, line, cells, status, violations) VALUES (0, 2, '{}', 'PENDING', '{}')""")
                .update()).hasMessageContaining("plan_row_violations_array_check");
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO plan_row (run_id, line, cells, status, changes) VALUES (0, 2, '{}', 'PENDING', '"x"')""")
                .update()).hasMessageContaining("plan_row_changes_array_check");
    }

    @Test
    void keepPlanRowsOfRunsTheJobRepositoryNoLongerHas() {
        Long jobInstances = jdbc.sql("SELECT count(*) FROM batch_job_instance").query(Long.class).single();

        assertThat(jobInstances).isZero();
        assertThat(insertPlanRow(2, "PENDING", null)).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM information_schema.table_constraints
                WHERE table_name = 'plan_row' AND constraint_type = 'FOREIGN KEY'""").query(Long.class).single()).isZero();
    }

    private int insertPlanRow(long line, String status, @Nullable String stage) {
        long run = PLAN_RUNS.incrementAndGet();
        return jdbc.sql("""
                INSERT INTO plan_row (run_id, line, cells, status, stage) VALUES (:run, :line, '{}', :status, :stage)""")
                .param("run", run).param("line", line).param("status", status).param("stage", stage)
                .update();
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

    private List<String> sequences() {
        return jdbc.sql("SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public'")
                .query(String.class).list();
    }
}
