package io.cxonebatch.application.adherence.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.port.out.cxone.ActivityInterval;
import io.cxonebatch.domain.adherence.DialledInterval;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdherenceServiceTest {

    private static final Instant NINE = Instant.parse("2026-10-05T13:00:00Z");

    @Test
    void theRowsOfOneIntervalOnePerDispositionAreAddedUpIntoOneInterval() {
        List<DialledInterval> merged = AdherenceService.merged(List.of(
                new ActivityInterval(NINE, NINE.plusSeconds(1_800), "SALE", 10, 4, 900),
                new ActivityInterval(NINE, NINE.plusSeconds(1_800), "NO_ANSWER", 30, 0, 600),
                new ActivityInterval(NINE.plusSeconds(1_800), NINE.plusSeconds(3_600), "SALE", 5, 2, 300),
                new ActivityInterval(NINE, NINE, "EMPTY", 99, 99, 99)));

        assertThat(merged).hasSize(2);
        assertThat(merged.get(0).callsAttempted()).isEqualTo(40);
        assertThat(merged.get(0).callsConnected()).isEqualTo(4);
        assertThat(merged.get(0).dialingSeconds()).isEqualTo(1_500);
    }

    @Test
    void theDefaultDateIsYesterdayInTheBusinessZone() {
        Clock clock = Clock.fixed(Instant.parse("2026-10-06T02:00:00Z"), ZoneOffset.UTC);

        assertThat(AdherenceService.yesterday(clock, ZoneId.of("America/New_York"))).isEqualTo(LocalDate.parse("2026-10-04"));
        assertThat(AdherenceService.yesterday(clock, ZoneOffset.UTC)).isEqualTo(LocalDate.parse("2026-10-05"));
    }
}
