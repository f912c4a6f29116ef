package io.cxonebatch.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CellParserTest {

    private final Violations violations = new Violations();
    private final CellParser cells = new CellParser(violations);

    @Test
    void reportsAnEmptyRequiredCellAsMissing() {
        assertThat(cells.required("name", "   ")).isNull();
        assertThat(cells.required("name", null)).isNull();

        assertThat(violations.toList()).extracting(Violation::code).containsExactly("MISSING_VALUE", "MISSING_VALUE");
        assertThat(violations.toList().get(0).message()).isEqualTo("name is required but is empty");
    }

    @Test
    void trimsCells() {
        assertThat(cells.required("name", "  Q3 Outreach ")).isEqualTo("Q3 Outreach");
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void reportsAMalformedWholeNumberWithItsText() {
        assertThat(cells.optionalInteger("max_calls_per_day", "12.5")).isNull();
        assertThat(cells.optionalInteger("max_calls_per_day", "")).isNull();
        assertThat(cells.requiredInteger("agent_count", "7")).isEqualTo(7);

        assertThat(violations.toList()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("NOT_AN_INTEGER");
            assertThat(v.message()).isEqualTo("max_calls_per_day '12.5' is not a whole number");
        });
    }

    @Test
    void readsDecimalsExactlyAndRefusesWhatJavaDoublesWouldAccept() {
        assertThat(cells.requiredDecimal("abandon_threshold", "0.03")).isEqualByComparingTo(new BigDecimal("0.03"));
        assertThat(cells.requiredDecimal("abandon_threshold", "NaN")).isNull();
        assertThat(cells.requiredDecimal("abandon_threshold", "1d")).isNull();

        assertThat(violations.toList()).extracting(Violation::code).containsExactly("NOT_A_NUMBER", "NOT_A_NUMBER");
    }

    @Test
    void readsBooleansInAnyCaseWithADefaultForEmptyCells() {
        assertThat(cells.optionalBoolean("activate", "TRUE", false)).isTrue();
        assertThat(cells.optionalBoolean("activate", "False", true)).isFalse();
        assertThat(cells.optionalBoolean("activate", "", false)).isFalse();
        assertThat(cells.optionalBoolean("activate", "yes", false)).isNull();

        assertThat(violations.toList()).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("activate 'yes' is neither true nor false"));
    }

    @Test
    void readsIanaZoneIdsIgnoringCaseButRefusesFixedOffsetsAndUnknownIds() {
        assertThat(cells.requiredZone("timezone", "america/new_york")).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(cells.requiredZone("timezone", "-05:00")).isNull();
        assertThat(cells.requiredZone("timezone", "Mars/Olympus_Mons")).isNull();

        assertThat(violations.toList()).extracting(Violation::code).containsExactly("UNKNOWN_TIME_ZONE", "UNKNOWN_TIME_ZONE");
        assertThat(violations.toList().get(1).message()).isEqualTo("timezone 'Mars/Olympus_Mons' is not an IANA time zone id");
    }

    @Test
    void readsLocalDateTimesOnlyInThePlanFormAndOnRealDates() {
        assertThat(cells.requiredLocalDateTime("start_local", "2026-03-08T02:30"))
                .isEqualTo(LocalDateTime.of(2026, 3, 8, 2, 30));
        assertThat(cells.requiredLocalDateTime("start_local", "2026-02-30T08:00")).isNull();
        assertThat(cells.requiredLocalDateTime("start_local", "2026-03-08 08:00")).isNull();

        assertThat(violations.toList()).extracting(Violation::code)
                .containsExactly("MALFORMED_DATE_TIME", "MALFORMED_DATE_TIME");
    }

    @Test
    void readsTimesOfDayInHoursAndMinutes() {
        assertThat(cells.requiredLocalTime("window_start", "09:00")).isEqualTo(LocalTime.of(9, 0));
        assertThat(cells.requiredLocalTime("window_start", "9am")).isNull();
        assertThat(cells.requiredLocalTime("window_start", "24:00")).isNull();

        assertThat(violations.toList()).extracting(Violation::code).containsExactly("MALFORMED_TIME", "MALFORMED_TIME");
    }

    @Test
    void splitsListsOnSemicolonsTrimmingAndDroppingEmptyAndRepeatedItems() {
        assertThat(CellParser.list(" sales ; ;qualification;sales; ")).containsExactly("sales", "qualification");
        assertThat(CellParser.list(" ; ")).isEmpty();
        assertThat(CellParser.list(null)).isEmpty();
    }

    @Test
    void writesNumbersAsPeopleDo() {
        assertThat(CellParser.plain(0.03)).isEqualTo("0.03");
        assertThat(CellParser.plain(3.0)).isEqualTo("3");
        assertThat(CellParser.plain(new BigDecimal("1E+2"))).isEqualTo("100");
    }
}
