package io.cxonebatch.domain.campaign;

import static io.cxonebatch.domain.campaign.CampaignPlanEntryFixture.predictive;
import static io.cxonebatch.domain.campaign.CampaignPlanEntryFixture.preview;
import static io.cxonebatch.domain.campaign.CampaignPlanEntryFixture.progressive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cxonebatch.domain.pacing.EngineLimits;
import io.cxonebatch.domain.schedule.DstAdjustment;
import io.cxonebatch.domain.schedule.DstPolicy;
import io.cxonebatch.domain.schedule.ScheduleShape;
import io.cxonebatch.domain.validation.Validated;
import io.cxonebatch.domain.validation.Violation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CampaignPlanValidatorTest {

    private final CampaignPlanValidator validator = new CampaignPlanValidator(EngineLimits.defaults(), DstPolicy.SHIFT);

    private Validated<CampaignSpec> validate(CampaignPlanEntryFixture row) {
        return validator.validate(row.build());
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private Violation onlyViolation(CampaignPlanEntryFixture row) {
        var violations = validate(row).violations();
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }

    @Nested
    class ValidRows {

        @Test
        void aPredictiveRowBecomesASpecWithItsDialerRule() {
            CampaignSpec spec = validate(predictive()).valueOrThrow();

            assertThat(spec.externalKey()).isEqualTo(ExternalKey.of("Q3-EAST"));
            assertThat(spec.name()).isEqualTo("Q3 Outreach East");
            assertThat(spec.type()).isEqualTo(CampaignType.PREDICTIVE);
            assertThat(spec.description()).isEqualTo("Lead qualification");
            assertThat(spec.skills()).containsExactly("OUTBOUND_SALES", "QUALIFICATION");
            assertThat(spec.wrapUpCodes()).containsExactly("SALE", "NO_INTEREST", "CALLBACK");
            assertThat(spec.maxCallsPerDay()).isEqualTo(1000);
            assertThat(spec.window().zone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(spec.window().start()).isEqualTo(at("2026-09-15T08:00-04:00"));
            assertThat(spec.window().end()).isEqualTo(at("2026-09-15T17:00-04:00"));
            assertThat(spec.queueId()).isEqualTo("queue_abc123");
            assertThat(spec.dialerRule()).isEqualTo(new DialerRule(0.03, 1.25, 50, "list_123"));
            assertThat(spec.previewSettings()).isNull();
            assertThat(spec.activate()).isFalse();
            assertThat(spec.dstAdjustments()).isEmpty();
            assertThat(spec.dialledListId()).isEqualTo("list_123");
        }

        @Test
        void aPreviewRowBecomesASpecWithPreviewSettingsOnItsQueue() {
            CampaignSpec spec = validate(preview().with("type", "preview")).valueOrThrow();

            assertThat(spec.type()).isEqualTo(CampaignType.PREVIEW);
            assertThat(spec.previewSettings()).isEqualTo(new PreviewSettings("cl_9", "queue_abc123", 5));
            assertThat(spec.dialerRule()).isNull();
            assertThat(spec.dialledListId()).isEqualTo("cl_9");
        }

        @Test
        void aProgressiveRowCarriesNeitherDialerRuleNorPreviewSettings() {
            CampaignSpec spec = validate(progressive()).valueOrThrow();

            assertThat(spec.dialerRule()).isNull();
            assertThat(spec.previewSettings()).isNull();
            assertThat(spec.dialledListId()).isNull();
        }

        @Test
        void optionalCellsMayBeEmpty() {
            CampaignSpec spec = validate(progressive().without("description").without("wrap_up_codes")
                    .without("max_calls_per_day").without("queue_id").without("activate")).valueOrThrow();

            assertThat(spec.description()).isNull();
            assertThat(spec.wrapUpCodes()).isEmpty();
            assertThat(spec.maxCallsPerDay()).isNull();
            assertThat(spec.queueId()).isNull();
            assertThat(spec.activate()).isFalse();
        }

        @Test
        void readsActivateInAnyCase() {
            assertThat(validate(predictive().with("activate", "TRUE")).valueOrThrow().activate()).isTrue();
        }

        @Test
        void trimsSkillsAndDropsEmptyItems() {
            assertThat(validate(predictive().with("skills", " sales ;; qualification ; ")).valueOrThrow().skills())
                    .containsExactly("sales", "qualification");
        }

        @Test
        void acceptsTheBoundaryValues() {
            var result = validate(predictive().with("abandon_threshold", "0.030").with("predictive_rate", "3")
                    .with("max_concurrent_calls", "500").with("name", "n".repeat(255)));

            assertThat(result.violations()).isEmpty();
        }
    }

    @Test
    void reportsEveryViolationOfARowAtOnce() {
        var result = validate(predictive()
                .with("name", "")
                .with("skills", ";")
                .with("max_calls_per_day", "0")
                .with("timezone", "Europe/London")
                .with("end_local", "2026-09-15T07:00")
                .with("abandon_threshold", "0.05")
                .with("predictive_rate", "abc")
                .with("max_concurrent_calls", "501")
                .with("activate", "maybe"));

        assertThat(result.violations()).extracting(Violation::code, Violation::field).containsExactly(
                tuple("MISSING_VALUE", "name"),
                tuple("SKILLS_EMPTY", "skills"),
                tuple("MAX_CALLS_PER_DAY_NOT_POSITIVE", "max_calls_per_day"),
                tuple("TIME_ZONE_NOT_APPROVED", "timezone"),
                tuple("END_NOT_AFTER_START", "end_local"),
                tuple("ABANDON_THRESHOLD_ABOVE_LEGAL_MAXIMUM", "abandon_threshold"),
                tuple("NOT_A_NUMBER", "predictive_rate"),
                tuple("MAX_CONCURRENT_CALLS_OUT_OF_RANGE", "max_concurrent_calls"),
                tuple("NOT_A_BOOLEAN", "activate"));
    }

    @Nested
    class WindowsOfATenantWithWeeklySchedules {

        private final CampaignPlanValidator weekly =
                new CampaignPlanValidator(EngineLimits.defaults(), DstPolicy.SHIFT,
                        ScheduleShape.sameHoursEveryDay(ZoneId.of("America/New_York")));

        @Test
        void acceptsAWindowWithinOneDay() {
            assertThat(weekly.validate(progressive().build()).violations()).isEmpty();
        }

        @Test
        void rejectsAWeekdaysWindowWithTheReasonAndTheOtherViolationsOfTheRow() {
            var result = weekly.validate(progressive()
                    .with("start_local", "2026-12-07T08:00")
                    .with("end_local", "2026-12-11T17:00")
                    .with("max_calls_per_day", "0").build());

            assertThat(result.violations()).extracting(Violation::code, Violation::field).containsExactly(
                    tuple("MAX_CALLS_PER_DAY_NOT_POSITIVE", "max_calls_per_day"),
                    tuple("WINDOW_SPANS_DAYS", "end_local"));
            assertThat(result.violations().get(1).message())
                    .contains("2026-12-07T08:00 to 2026-12-11T17:00 America/New_York spans days", "same hours on all seven days");
        }

        @Test
        void rejectsADayWindowThatSpansMidnightOnTheBusinessUnitsClockAndSaysSo() {
            var onUtc = new CampaignPlanValidator(EngineLimits.defaults(), DstPolicy.SHIFT, ScheduleShape.sameHoursEveryDay(ZoneId.of("UTC")));

            var evening = onUtc.validate(progressive()
                    .with("start_local", "2026-12-07T18:00")
                    .with("end_local", "2026-12-07T22:00").build());
            var morning = onUtc.validate(progressive()
                    .with("start_local", "2026-12-07T08:00")
                    .with("end_local", "2026-12-07T17:00").build());

            assertThat(evening.violations()).extracting(Violation::code).containsExactly("WINDOW_SPANS_DAYS");
            assertThat(evening.violations().get(0).message())
                    .contains("(2026-12-07T23:00 to 2026-12-08T03:00 on the business unit's clock, UTC)");
            assertThat(morning.violations()).isEmpty();
        }

        @Test
        void rejectsAWindowThatEndsAtTheNextMidnight() {
            var result = weekly.validate(progressive()
                    .with("start_local", "2026-12-07T18:00")
                    .with("end_local", "2026-12-08T00:00").build());

            assertThat(result.violations()).extracting(Violation::code).containsExactly("WINDOW_SPANS_DAYS");
        }

        @Test
        void rejectsActivatingARowSinceNothingWouldKeepTheSkillToItsDate() {
            var result = weekly.validate(progressive().with("activate", "true").build());

            assertThat(result.violations()).extracting(Violation::code, Violation::field)
                    .containsExactly(tuple("ACTIVATION_WITHOUT_DATES", "activate"));
            assertThat(result.violations().get(0).message()).contains("every day, before 2026-09-15 and after it", "activate=false");
            assertThat(validate(progressive().with("activate", "true")).violations()).as("the contract's window has dates").isEmpty();
        }

        @Test
        void aTenantWithAnyWindowTakesTheSameWeekdaysWindow() {
            var result = validate(progressive()
                    .with("start_local", "2026-12-07T08:00")
                    .with("end_local", "2026-12-11T17:00"));

            assertThat(result.violations()).isEmpty();
        }
    }

    @Nested
    class PredictiveRules {

        @Test
        void rejectsAbandonThresholdAboveLegalMaximum() {
            Violation violation = onlyViolation(predictive().with("abandon_threshold", "0.05"));

            assertThat(violation.code()).isEqualTo("ABANDON_THRESHOLD_ABOVE_LEGAL_MAXIMUM");
            assertThat(violation.message()).isEqualTo("abandon_threshold 0.05 is above the legal maximum 0.03");
        }

        @Test
        void namesALowerConfiguredMaximumAsConfigured() {
            var strict = new CampaignPlanValidator(EngineLimits.defaults().withMaxAbandonmentRate(0.02), DstPolicy.SHIFT);

            assertThat(strict.validate(predictive().with("abandon_threshold", "0.025").build()).violations())
                    .extracting(Violation::message)
                    .containsExactly("abandon_threshold 0.025 is above the configured maximum 0.02");
        }

        @Test
        void rejectsAbandonThresholdsThatAreNotFractions() {
            assertThat(onlyViolation(predictive().with("abandon_threshold", "1.5")).code()).isEqualTo("ABANDON_THRESHOLD_OUT_OF_RANGE");
            assertThat(onlyViolation(predictive().with("abandon_threshold", "-0.01")).message())
                    .isEqualTo("abandon_threshold -0.01 is not a fraction in [0, 1]");
        }

        @Test
        void rejectsAPredictiveRateThatIsNotPositive() {
            assertThat(onlyViolation(predictive().with("predictive_rate", "0")).code()).isEqualTo("PREDICTIVE_RATE_NOT_POSITIVE");
        }

        @Test
        void rejectsAPredictiveRateAboveTheMaximum() {
            Violation violation = onlyViolation(predictive().with("predictive_rate", "3.5"));

            assertThat(violation.code()).isEqualTo("PREDICTIVE_RATE_ABOVE_MAXIMUM");
            assertThat(violation.message()).isEqualTo("predictive_rate 3.5 is above the maximum 3");
        }

        @Test
        void rejectsConcurrentCallsOutsideOneToTheEngineLimit() {
            assertThat(onlyViolation(predictive().with("max_concurrent_calls", "0")).message())
                    .isEqualTo("max_concurrent_calls 0 is outside 1..500 (the engine limit)");
            assertThat(onlyViolation(predictive().with("max_concurrent_calls", "501")).code())
                    .isEqualTo("MAX_CONCURRENT_CALLS_OUT_OF_RANGE");
        }

        @Test
        void requiresEveryPredictiveColumn() {
            var result = validate(predictive().without("abandon_threshold").without("predictive_rate")
                    .without("max_concurrent_calls").without("target_list_id"));

            assertThat(result.violations()).extracting(Violation::code, Violation::field).containsExactly(
                    tuple("MISSING_VALUE", "abandon_threshold"),
                    tuple("MISSING_VALUE", "predictive_rate"),
                    tuple("MISSING_VALUE", "max_concurrent_calls"),
                    tuple("MISSING_VALUE", "target_list_id"));
        }

        @Test
        void rejectsPreviewColumnsOnAPredictiveRow() {
            Violation violation = onlyViolation(predictive().with("contact_list_id", "cl_9"));

            assertThat(violation.code()).isEqualTo("COLUMN_NOT_APPLICABLE");
            assertThat(violation.message()).isEqualTo("contact_list_id 'cl_9' applies only to PREVIEW campaigns; this row is PREDICTIVE");
        }
    }

    @Nested
    class PreviewRules {

        @Test
        void requiresContactListAndAgentCount() {
            var result = validate(preview().without("contact_list_id").without("agent_count"));

            assertThat(result.violations()).extracting(Violation::code, Violation::field).containsExactly(
                    tuple("MISSING_VALUE", "contact_list_id"), tuple("MISSING_VALUE", "agent_count"));
        }

        @Test
        void rejectsAnAgentCountThatIsNotPositive() {
            assertThat(onlyViolation(preview().with("agent_count", "0")).code()).isEqualTo("AGENT_COUNT_NOT_POSITIVE");
        }

        @Test
        void rejectsPredictiveColumnsOnAPreviewRow() {
            var result = validate(preview().with("abandon_threshold", "0.02").with("target_list_id", "list_1"));

            assertThat(result.violations()).extracting(Violation::code, Violation::field).containsExactly(
                    tuple("COLUMN_NOT_APPLICABLE", "abandon_threshold"), tuple("COLUMN_NOT_APPLICABLE", "target_list_id"));
        }
    }

    @Nested
    class CommonRules {

        @Test
        void requiresExternalKeyNameTypeSkillsTimezoneAndWindow() {
            var result = validator.validate(CampaignPlanEntry.fromCells(7, column -> null));

            assertThat(result.violations()).extracting(Violation::field).containsExactly(
                    "external_key", "name", "type", "skills", "timezone", "start_local", "end_local");
        }

        @Test
        void rejectsAnUnknownTypeButStillChecksTheTypeSpecificCellsGiven() {
            var result = validate(predictive().with("type", "AGENTLESS").with("abandon_threshold", "high"));

            assertThat(result.violations()).extracting(Violation::code).containsExactly("UNKNOWN_CAMPAIGN_TYPE", "NOT_A_NUMBER");
        }

        @Test
        void rejectsANameLongerThan255Characters() {
            Violation violation = onlyViolation(predictive().with("name", "n".repeat(256)));

            assertThat(violation.code()).isEqualTo("NAME_TOO_LONG");
            assertThat(violation.message()).isEqualTo("name has 256 characters; at most 255 are allowed");
        }

        @Test
        void rejectsAnExternalKeyLongerThan128CharactersBeforeItCanReachCxone() {
            Violation violation = onlyViolation(predictive().with("external_key", "k".repeat(6_000)));

            assertThat(violation.code()).isEqualTo("EXTERNAL_KEY_TOO_LONG");
            assertThat(violation.message()).isEqualTo("external_key has 6000 characters; at most 128 are allowed");
        }

        @Test
        void acceptsAnExternalKeyOf128Characters() {
            assertThat(validate(predictive().with("external_key", "k".repeat(128))))
                    .isInstanceOf(Validated.Valid.class);
        }

        @Test
        void rejectsAMalformedMaxCallsPerDay() {
            assertThat(onlyViolation(predictive().with("max_calls_per_day", "lots")).code()).isEqualTo("NOT_AN_INTEGER");
        }

        @Test
        void rejectsAZoneThatIsNotIana() {
            assertThat(onlyViolation(predictive().with("timezone", "Eastern")).code()).isEqualTo("UNKNOWN_TIME_ZONE");
        }

        @Test
        void rejectsAnIanaZoneThatIsNotApproved() {
            Violation violation = onlyViolation(predictive().with("timezone", "Europe/London"));

            assertThat(violation.code()).isEqualTo("TIME_ZONE_NOT_APPROVED");
            assertThat(violation.message()).startsWith("timezone Europe/London is not an approved time zone; approved are ")
                    .contains("America/New_York", "Pacific/Honolulu");
        }

        @Test
        void rejectsLocalTimesNotInThePlanForm() {
            assertThat(onlyViolation(predictive().with("start_local", "15/09/2026 08:00")).code()).isEqualTo("MALFORMED_DATE_TIME");
        }

        @Test
        void recordsTheDstAdjustmentOfAStartInTheSpringForwardGap() {
            CampaignSpec spec = validate(predictive().with("start_local", "2026-03-08T02:30").with("end_local", "2026-03-08T12:00"))
                    .valueOrThrow();

            assertThat(spec.window().start()).isEqualTo(at("2026-03-08T03:30-04:00"));
            assertThat(spec.dstAdjustments()).extracting(DstAdjustment::field, DstAdjustment::kind)
                    .containsExactly(tuple("start_local", DstAdjustment.Kind.GAP_SHIFTED_FORWARD));
        }

        @Test
        void refusesAnEndInTheFallBackOverlapUnderTheStrictPolicy() {
            var strict = new CampaignPlanValidator(EngineLimits.defaults(), DstPolicy.STRICT);

            var result = strict.validate(predictive().with("start_local", "2026-10-31T20:00")
                    .with("end_local", "2026-11-01T01:30").build());

            assertThat(result.violations()).extracting(Violation::code, Violation::field)
                    .containsExactly(tuple("LOCAL_TIME_IN_DST_OVERLAP", "end_local"));
        }
    }

    @Test
    void labelsARowByLineAndKey() {
        assertThat(predictive().atLine(14).build().label()).isEqualTo("line 14 (external_key Q3-EAST)");
        assertThat(predictive().atLine(3).without("external_key").build().label()).isEqualTo("line 3 (no external_key)");
    }
}
