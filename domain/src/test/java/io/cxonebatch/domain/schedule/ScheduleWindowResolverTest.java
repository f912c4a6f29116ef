package io.cxonebatch.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cxonebatch.domain.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScheduleWindowResolverTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final ScheduleWindowResolver SHIFT = new ScheduleWindowResolver(DstPolicy.SHIFT);
    private static final ScheduleWindowResolver STRICT = new ScheduleWindowResolver(DstPolicy.STRICT);

    private static LocalDateTime local(String text) {
        return LocalDateTime.parse(text);
    }

    private static Instant instant(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Test
    void resolvesUnambiguousLocalTimesWithoutAdjustment() {
        ResolvedWindow resolved = SHIFT.resolve(NEW_YORK, local("2026-07-01T09:00"), local("2026-07-01T17:00")).valueOrThrow();

        assertThat(resolved.window()).isEqualTo(new ScheduleWindow(NEW_YORK,
                instant("2026-07-01T13:00Z"), instant("2026-07-01T21:00Z")));
        assertThat(resolved.wasAdjusted()).isFalse();
    }

    @Test
    void refusesAnEndThatIsNotAfterTheStart() {
        var before = SHIFT.resolve(NEW_YORK, local("2026-07-01T10:00"), local("2026-07-01T09:00"));
        var equal = SHIFT.resolve(NEW_YORK, local("2026-07-01T10:00"), local("2026-07-01T10:00"));

        assertThat(before.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("END_NOT_AFTER_START");
            assertThat(v.field()).isEqualTo("end_local");
            assertThat(v.message()).contains("2026-07-01T09:00", "2026-07-01T10:00", "America/New_York");
        });
        assertThat(equal.violations()).extracting(Violation::code).containsExactly("END_NOT_AFTER_START");
    }

    @Nested
    class SpringForwardOn20260308 {

        @Test
        void shiftMovesAStartInTheGapForwardByTheGapLength() {
            ResolvedWindow resolved = SHIFT.resolve(NEW_YORK, local("2026-03-08T02:30"), local("2026-03-08T06:00"))
                    .valueOrThrow();

            assertThat(resolved.window().start()).isEqualTo(instant("2026-03-08T03:30-04:00"));
            assertThat(resolved.adjustments()).singleElement().satisfies(adjustment -> {
                assertThat(adjustment.field()).isEqualTo("start_local");
                assertThat(adjustment.kind()).isEqualTo(DstAdjustment.Kind.GAP_SHIFTED_FORWARD);
                assertThat(adjustment.requested()).isEqualTo(local("2026-03-08T02:30"));
                assertThat(adjustment.describe()).isEqualTo("start_local 2026-03-08T02:30 does not exist in "
                        + "America/New_York; moved forward by 60 minutes to 2026-03-08T03:30-04:00");
            });
        }

        @Test
        void shiftMovesAnEndInTheGapForwardByTheGapLength() {
            ResolvedWindow resolved = SHIFT.resolve(NEW_YORK, local("2026-03-08T00:00"), local("2026-03-08T02:30"))
                    .valueOrThrow();

            assertThat(resolved.window().start()).isEqualTo(instant("2026-03-08T00:00-05:00"));
            assertThat(resolved.window().end()).isEqualTo(instant("2026-03-08T03:30-04:00"));
            assertThat(resolved.adjustments()).extracting(DstAdjustment::field, DstAdjustment::kind)
                    .containsExactly(tuple("end_local", DstAdjustment.Kind.GAP_SHIFTED_FORWARD));
        }

        @Test
        void strictRefusesAStartInTheGap() {
            var result = STRICT.resolve(NEW_YORK, local("2026-03-08T02:30"), local("2026-03-08T06:00"));

            assertThat(result.violations()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("LOCAL_TIME_IN_DST_GAP");
                assertThat(v.field()).isEqualTo("start_local");
                assertThat(v.message()).isEqualTo("start_local 2026-03-08T02:30 does not exist in America/New_York: "
                        + "clocks jump from 02:00 to 03:00 on 2026-03-08");
            });
        }

        @Test
        void strictRefusesAnEndInTheGap() {
            var result = STRICT.resolve(NEW_YORK, local("2026-03-08T00:00"), local("2026-03-08T02:30"));

            assertThat(result.violations()).extracting(Violation::code, Violation::field)
                    .containsExactly(tuple("LOCAL_TIME_IN_DST_GAP", "end_local"));
        }

        @Test
        void strictReportsBothEndsWhenBothFallInTheGap() {
            var result = STRICT.resolve(NEW_YORK, local("2026-03-08T02:10"), local("2026-03-08T02:50"));

            assertThat(result.violations()).extracting(Violation::field).containsExactly("start_local", "end_local");
        }
    }

    @Nested
    class FallBackOn20261101 {

        @Test
        void shiftTakesTheLaterOccurrenceForAStartInTheOverlap() {
            ResolvedWindow resolved = SHIFT.resolve(NEW_YORK, local("2026-11-01T01:30"), local("2026-11-01T03:00"))
                    .valueOrThrow();

            assertThat(resolved.window().start()).isEqualTo(instant("2026-11-01T01:30-05:00"));
            assertThat(resolved.window().duration()).isEqualTo(Duration.ofMinutes(90));
            assertThat(resolved.adjustments()).singleElement().satisfies(adjustment -> {
                assertThat(adjustment.kind()).isEqualTo(DstAdjustment.Kind.OVERLAP_LATER_OFFSET);
                assertThat(adjustment.describe()).isEqualTo("start_local 2026-11-01T01:30 occurs twice in "
                        + "America/New_York; took the later occurrence, 2026-11-01T01:30-05:00");
            });
        }

        @Test
        void shiftTakesTheEarlierOccurrenceForAnEndInTheOverlapSoTheWindowDoesNotGrow() {
            ResolvedWindow resolved = SHIFT.resolve(NEW_YORK, local("2026-10-31T23:00"), local("2026-11-01T01:30"))
                    .valueOrThrow();

            assertThat(resolved.window().end()).isEqualTo(instant("2026-11-01T01:30-04:00"));
            assertThat(resolved.window().duration()).isEqualTo(Duration.ofMinutes(150));
            assertThat(resolved.adjustments()).extracting(DstAdjustment::field, DstAdjustment::kind).containsExactly(
                    tuple("end_local", DstAdjustment.Kind.OVERLAP_EARLIER_OFFSET));
        }

        @Test
        void shiftKeepsAWindowInsideTheRepeatedHourAsLongAsWritten() {
            ResolvedWindow resolved = SHIFT.resolve(NEW_YORK, local("2026-11-01T01:10"), local("2026-11-01T01:50"))
                    .valueOrThrow();

            assertThat(resolved.window().start()).isEqualTo(instant("2026-11-01T01:10-04:00"));
            assertThat(resolved.window().end()).isEqualTo(instant("2026-11-01T01:50-04:00"));
            assertThat(resolved.adjustments()).extracting(DstAdjustment::kind).containsOnly(DstAdjustment.Kind.OVERLAP_EARLIER_OFFSET);
        }

        @Test
        void strictRefusesAStartInTheOverlap() {
            var result = STRICT.resolve(NEW_YORK, local("2026-11-01T01:30"), local("2026-11-01T03:00"));

            assertThat(result.violations()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("LOCAL_TIME_IN_DST_OVERLAP");
                assertThat(v.field()).isEqualTo("start_local");
                assertThat(v.message()).isEqualTo("start_local 2026-11-01T01:30 occurs twice in America/New_York "
                        + "(at -04:00 and -05:00): clocks fall back from 02:00 to 01:00 on 2026-11-01");
            });
        }

        @Test
        void strictRefusesAnEndInTheOverlap() {
            var result = STRICT.resolve(NEW_YORK, local("2026-10-31T23:00"), local("2026-11-01T01:30"));

            assertThat(result.violations()).extracting(Violation::code, Violation::field).containsExactly(
                    tuple("LOCAL_TIME_IN_DST_OVERLAP", "end_local"));
        }
    }
}
