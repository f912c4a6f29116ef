package io.cxonebatch.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.persistence.testing.TestDatabase;
import io.cxonebatch.adapters.persistence.testing.TestPostgres;
import io.cxonebatch.application.port.out.adherence.AdherenceRow;
import io.cxonebatch.application.port.out.campaigns.KnownCampaign;
import io.cxonebatch.domain.adherence.DailyAdherence;
import io.cxonebatch.domain.campaign.CampaignId;
import io.cxonebatch.domain.campaign.CampaignStatus;
import io.cxonebatch.domain.campaign.CampaignType;
import io.cxonebatch.domain.campaign.ExternalKey;
import io.cxonebatch.domain.schedule.ScheduleWindow;
import io.cxonebatch.domain.schedule.TimeSpan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class AdherencePersistenceAdapterIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate DATE = LocalDate.parse("2026-10-05");
    private static final TimeSpan DAY = DailyAdherence.day(DATE, NEW_YORK);

    private TestDatabase database;
    private AdherencePersistenceAdapter reports;
    private JdbcClient jdbc;

    @BeforeEach
    void start() {
        database = TestPostgres.newDatabase();
        reports = new AdherencePersistenceAdapter(database.dataSource());
        jdbc = JdbcClient.create(database.dataSource());
        CampaignPersistenceAdapter registry = new CampaignPersistenceAdapter(database.dataSource());
        registry.saveKnownCampaign(known("A-ON-THE-DAY", "2026-10-05T13:00:00Z", "2026-10-05T21:00:00Z"));
        registry.saveKnownCampaign(known("B-ACROSS-MIDNIGHT", "2026-10-05T02:00:00Z", "2026-10-05T06:00:00Z"));
        registry.saveKnownCampaign(known("C-NEXT-DAY", "2026-10-06T13:00:00Z", "2026-10-06T21:00:00Z"));
        registry.saveKnownCampaign(known("D-ENDS-AS-THE-DAY-STARTS", "2026-10-04T20:00:00Z", "2026-10-05T04:00:00Z"));
    }

    @AfterEach
    void stop() {
        database.close();
    }

    private static KnownCampaign known(String key, String start, String end) {
        return new KnownCampaign(ExternalKey.of(key), CampaignId.of("camp-" + key), "Campaign " + key, CampaignType.PROGRESSIVE,
                CampaignStatus.ACTIVE, ScheduleWindow.of(NEW_YORK, Instant.parse(start), Instant.parse(end)), null, null,
                Instant.parse(start));
    }

    private static AdherenceRow row(String key, long inside) {
        return new AdherenceRow(CampaignId.of("camp-" + key), key, "Campaign " + key, ScheduleWindow.of(NEW_YORK,
                Instant.parse("2026-10-05T13:00:00Z"), Instant.parse("2026-10-05T21:00:00Z")),
                new DailyAdherence(DATE, 28_800, inside, 0, 10, 5, 0, true));
    }

    private long published(String sqlCount) {
        return jdbc.sql(sqlCount).query(Long.class).single();
    }

    @Test
    void listsTheCampaignsWhoseWindowTouchesTheDayAPageAtATime() {
        var first = reports.campaignsTouching(DAY, null, 2);
        var second = reports.campaignsTouching(DAY, first.next(), 2);

        assertThat(first.items()).extracting(c -> c.externalKey().value()).containsExactly("A-ON-THE-DAY", "B-ACROSS-MIDNIGHT");
        assertThat(second.items()).as("a window ending as the day starts does not touch it; nor does the next day's").isEmpty();
    }

    @Test
    void aRunsRowsBecomeTheReportOnlyWhenPublishedAndALaterRunReplacesThemWhole() {
        reports.write(10, DATE, List.of(row("A-ON-THE-DAY", 100), row("B-ACROSS-MIDNIGHT", 200)));
        reports.write(10, DATE, List.of(row("A-ON-THE-DAY", 150)));
        assertThat(published("SELECT count(*) FROM adherence_report_current")).as("written, not yet published").isZero();

        assertThat(reports.publish(10, DATE)).isEmpty();
        assertThat(reports.rowsOf(10, DATE)).extracting(r -> r.figures().dialledInsideSeconds()).containsExactly(150L, 200L);

        reports.write(11, DATE, List.of(row("A-ON-THE-DAY", 300)));
        assertThat(published("SELECT count(*) FROM adherence_report_current")).as("the old report stands meanwhile").isEqualTo(2);
        assertThat(reports.publish(11, DATE)).isEqualTo(OptionalLong.of(10));

        assertThat(published("SELECT count(*) FROM adherence_report_current")).isEqualTo(1);
        assertThat(published("SELECT count(*) FROM adherence_row")).as("the replaced run's rows are gone").isEqualTo(1);
        assertThat(jdbc.sql("SELECT adherence FROM adherence_report_current").query(Double.class).single())
                .isCloseTo(300.0 / 28_800, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void twoRunsPublishingADateForTheFirstTimeAtOnceLeaveOneReport() throws Exception {
        reports.write(20, DATE, List.of(row("A-ON-THE-DAY", 1)));
        reports.write(21, DATE, List.of(row("A-ON-THE-DAY", 2)));
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Callable<OptionalLong>> publishes = List.of(() -> reports.publish(20, DATE), () -> reports.publish(21, DATE));
            for (Future<OptionalLong> publish : both.invokeAll(publishes)) {
                publish.get();
            }
        } finally {
            both.shutdown();
        }

        assertThat(published("SELECT count(*) FROM adherence_row")).as("the loser's rows are replaced, not orphaned").isEqualTo(1);
        assertThat(published("SELECT count(*) FROM adherence_report_current")).isEqualTo(1);
    }
}
