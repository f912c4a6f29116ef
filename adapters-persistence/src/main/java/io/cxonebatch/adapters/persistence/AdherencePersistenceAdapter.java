package io.cxonebatch.adapters.persistence;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.adherence.AdherenceReportsPort;
import io.cxonebatch.application.port.out.adherence.AdherenceRow;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.domain.adherence.DailyAdherence;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.domain.schedule.TimeSpan;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code adherence_row} and {@code adherence_report}: a run's rows, and the run each date's report is. */
public class AdherencePersistenceAdapter implements AdherenceReportsPort {

    private static final String UPSERT = """
            INSERT INTO adherence_row (run_id, business_date, campaign_id, external_key, name, timezone, window_start,
                                       window_end, planned_seconds, dialled_inside_seconds, dialled_outside_seconds,
                                       calls_attempted, calls_connected, calls_outside_calling_hours, has_data)
            VALUES (:runId, :date, :campaignId, :externalKey, :name, :timezone, :windowStart, :windowEnd, :planned,
                    :inside, :outside, :attempted, :connected, :outsideHours, :hasData)
            ON CONFLICT (run_id, campaign_id) DO UPDATE SET
                planned_seconds = EXCLUDED.planned_seconds, dialled_inside_seconds = EXCLUDED.dialled_inside_seconds,
                dialled_outside_seconds = EXCLUDED.dialled_outside_seconds, calls_attempted = EXCLUDED.calls_attempted,
                calls_connected = EXCLUDED.calls_connected, calls_outside_calling_hours = EXCLUDED.calls_outside_calling_hours,
                has_data = EXCLUDED.has_data, computed_at = now()""";

    private final JdbcClient jdbcClient;
    private final TransactionTemplate transaction;
    private final KnownCampaignRowMapper campaigns = new KnownCampaignRowMapper();

    public AdherencePersistenceAdapter(DataSource dataSource) {
        this.jdbcClient = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public Page<KnownCampaign> campaignsTouching(TimeSpan day, @Nullable PageCursor after, int limit) {
        List<KnownCampaign> page = jdbcClient.sql("SELECT " + KnownCampaignRowMapper.COLUMNS + " FROM known_campaign"
                        + " WHERE campaign_id IS NOT NULL AND window_start < :dayEnd AND window_end > :dayStart"
                        + " AND external_key > :after ORDER BY external_key LIMIT :limit")
                .param("dayStart", Timestamps.toDatabase(day.start()))
                .param("dayEnd", Timestamps.toDatabase(day.end()))
                .param("after", after == null ? "" : after.value())
                .param("limit", limit)
                .query(campaigns).list();
        return page.size() < limit ? Page.last(page)
                : new Page<>(page, new PageCursor(page.get(page.size() - 1).externalKey().value()));
    }

    @Override
    public void write(long runId, LocalDate date, List<AdherenceRow> rows) {
        transaction.executeWithoutResult(status -> {
            for (AdherenceRow row : rows) {
                DailyAdherence figures = row.figures();
                jdbcClient.sql(UPSERT)
                        .param("runId", runId)
                        .param("date", date)
                        .param("campaignId", row.campaignId().value())
                        .param("externalKey", row.externalKey())
                        .param("name", row.name())
                        .param("timezone", row.planned().zone().getId())
                        .param("windowStart", Timestamps.toDatabase(row.planned().start()))
                        .param("windowEnd", Timestamps.toDatabase(row.planned().end()))
                        .param("planned", figures.plannedSeconds())
                        .param("inside", figures.dialledInsideSeconds())
                        .param("outside", figures.dialledOutsideSeconds())
                        .param("attempted", figures.callsAttempted())
                        .param("connected", figures.callsConnected())
                        .param("outsideHours", figures.callsOutsideCallingHours())
                        .param("hasData", figures.hasData())
                        .update();
            }
        });
    }

    @Override
    public List<AdherenceRow> rowsOf(long runId, LocalDate date) {
        return jdbcClient.sql("""
                        SELECT * FROM adherence_row WHERE run_id = :runId AND business_date = :date
                        ORDER BY external_key""")
                .param("runId", runId)
                .param("date", date)
                .query((rs, n) -> new AdherenceRow(CampaignId.of(rs.getString("campaign_id")), rs.getString("external_key"),
                        rs.getString("name"), new ScheduleWindow(ZoneId.of(rs.getString("timezone")),
                                Timestamps.instant(rs, "window_start"), Timestamps.instant(rs, "window_end")),
                        new DailyAdherence(date, rs.getLong("planned_seconds"), rs.getLong("dialled_inside_seconds"),
                                rs.getLong("dialled_outside_seconds"), rs.getLong("calls_attempted"), rs.getLong("calls_connected"),
                                rs.getLong("calls_outside_calling_hours"), rs.getBoolean("has_data"))))
                .list();
    }

    @Override
    public OptionalLong publish(long runId, LocalDate date) {
        return transaction.execute(status -> {
            // Two runs publishing one date take turns, even the first time, when there is no row of the date to lock.
            jdbcClient.sql("SELECT pg_advisory_xact_lock(hashtext('adherence_report:' || :date))").param("date", date.toString())
                    .query().singleRow();
            List<Long> previous = jdbcClient.sql("SELECT run_id FROM adherence_report WHERE business_date = :date FOR UPDATE")
                    .param("date", date).query(Long.class).list();
            jdbcClient.sql("""
                            INSERT INTO adherence_report (business_date, run_id) VALUES (:date, :runId)
                            ON CONFLICT (business_date) DO UPDATE SET run_id = EXCLUDED.run_id, published_at = now()""")
                    .param("date", date).param("runId", runId).update();
            if (previous.isEmpty() || previous.get(0) == runId) {
                return OptionalLong.empty();
            }
            jdbcClient.sql("DELETE FROM adherence_row WHERE run_id = :previous AND business_date = :date")
                    .param("previous", previous.get(0)).param("date", date).update();
            return OptionalLong.of(previous.get(0));
        });
    }
}
