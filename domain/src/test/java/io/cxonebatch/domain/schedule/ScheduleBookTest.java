package io.cxonebatch.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.cxonebatch.domain.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScheduleBookTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    /** A window on 2026-07-01 between two local hours in {@code zone}. */
    private static ScheduleWindow window(ZoneId zone, int fromHour, int toHour) {
        LocalDateTime day = LocalDateTime.of(2026, 7, 1, 0, 0);
        return new ScheduleWindow(zone, day.plusHours(fromHour).atZone(zone).toInstant(),
                day.plusHours(toHour).atZone(zone).toInstant());
    }

    private static Booking row(String owner, ScheduleWindow window, @Nullable String queue, @Nullable String list) {
        return Booking.planRow(owner, owner, window, queue, list);
    }

    @Nested
    class SharedResourceScope {

        private final ScheduleBook book = new ScheduleBook(ConflictScope.SHARED_RESOURCE);

        @Test
        void overlappingWindowsOnTheSameQueueConflict() {
            book.claim(row("line 2", window(NEW_YORK, 9, 12), "q1", "list-a"));

            var result = book.claim(row("line 3", window(NEW_YORK, 11, 14), "q1", "list-b"));

            assertThat(result.violations()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("SCHEDULE_CONFLICT");
                assertThat(v.field()).isEqualTo("start_local");
                assertThat(v.message()).isEqualTo("line 3 window 2026-07-01T11:00-04:00 to 2026-07-01T14:00-04:00 "
                        + "America/New_York clashes with line 2 (2026-07-01T09:00-04:00 to 2026-07-01T12:00-04:00 "
                        + "America/New_York, same queue q1)");
            });
        }

        @Test
        void overlappingWindowsOnTheSameTargetListConflictWhateverTheirQueues() {
            book.claim(row("line 2", window(NEW_YORK, 9, 12), "q1", "list-a"));

            var result = book.claim(row("line 3", window(NEW_YORK, 11, 14), "q2", "list-a"));

            assertThat(result.violations()).singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("same target list list-a"));
        }

        @Test
        void overlappingWindowsOnDifferentQueuesAndListsDoNotConflict() {
            book.claim(row("line 2", window(NEW_YORK, 9, 12), "q1", "list-a"));

            assertThat(book.claim(row("line 3", window(NEW_YORK, 9, 12), "q2", "list-b")).isValid()).isTrue();
        }

        @Test
        void windowsWithoutQueueOrListNeverConflict() {
            book.claim(row("line 2", window(NEW_YORK, 9, 12), null, null));

            assertThat(book.claim(row("line 3", window(NEW_YORK, 9, 12), null, null)).isValid()).isTrue();
        }

        @Test
        void touchingWindowsDoNotConflict() {
            book.claim(row("line 2", window(NEW_YORK, 9, 12), "q1", "list-a"));

            assertThat(book.claim(row("line 3", window(NEW_YORK, 12, 15), "q1", "list-a")).isValid()).isTrue();
        }

        @Test
        void windowsInDifferentZonesAreComparedInUtc() {
            book.claim(row("line 2", window(NEW_YORK, 9, 12), "q1", null));

            // 08:00-10:00 in Los Angeles is 11:00-13:00 in New York: overlapping.
            assertThat(book.claim(row("line 3", window(LOS_ANGELES, 8, 10), "q1", null)).isValid()).isFalse();
            // 09:00-12:00 in Los Angeles starts when the New York window ends: touching only.
            assertThat(book.claim(row("line 4", window(LOS_ANGELES, 9, 12), "q1", null)).isValid()).isTrue();
        }

        @Test
        void theFirstRowKeepsItsWindowAndARejectedRowHoldsNothing() {
            book.claim(row("line 2", window(NEW_YORK, 9, 12), "q1", null));
            var second = book.claim(row("line 3", window(NEW_YORK, 11, 15), "q1", null));
            var third = book.claim(row("line 4", window(NEW_YORK, 13, 16), "q1", null));

            assertThat(second.isValid()).isFalse();
            assertThat(third.isValid()).isTrue();
            assertThat(book.size()).isEqualTo(2);
        }

        @Test
        void existingCampaignsOnAnotherResourceDoNotConflict() {
            book.book(Booking.existingCampaign("campaign 'Summer' (c1)", window(NEW_YORK, 8, 20), "q9", "list-z"));

            assertThat(book.claim(row("line 2", window(NEW_YORK, 9, 12), "q1", "list-a")).isValid()).isTrue();
        }

        @Test
        void aRowDoesNotClashWithTheCampaignItCreatedOnAnEarlierRun() {
            book.book(new Booking("campaign 'Q3' (c1)", "Q3-EAST", window(NEW_YORK, 9, 12), "q1", null,
                    BookingOrigin.EXISTING_CAMPAIGN));

            assertThat(book.claim(Booking.planRow("line 2", "Q3-EAST", window(NEW_YORK, 9, 12), "q1", null)).isValid())
                    .isTrue();
            assertThat(book.claim(Booking.planRow("line 3", "Q3-WEST", window(NEW_YORK, 9, 12), "q1", null)).isValid())
                    .isFalse();
        }

        @Test
        void namesTheFirstThreeClashesInBookingOrderAndCountsTheRest() {
            for (int i = 1; i <= 5; i++) {
                book.book(Booking.existingCampaign("campaign c" + i, window(NEW_YORK, 8 + i, 10 + i), "q1", null));
            }

            Violation violation = book.claim(row("line 2", window(NEW_YORK, 8, 20), "q1", null)).violations().get(0);

            assertThat(violation.message()).contains("campaign c1 (", "campaign c2 (", "campaign c3 (", "; and 2 more")
                    .doesNotContain("campaign c4");
            assertThat(book.conflictsOf(row("line 2", window(NEW_YORK, 8, 20), "q1", null)))
                    .extracting(Booking::owner)
                    .containsExactly("campaign c1", "campaign c2", "campaign c3", "campaign c4", "campaign c5");
        }

        @Test
        void aBookingSharingQueueAndListIsReportedOnce() {
            book.claim(row("line 2", window(NEW_YORK, 9, 12), "q1", "list-a"));

            assertThat(book.conflictsOf(row("line 3", window(NEW_YORK, 10, 11), "q1", "list-a"))).hasSize(1);
        }
    }

    @Nested
    class AnyScope {

        private final ScheduleBook book = new ScheduleBook(ConflictScope.ANY);

        @Test
        void anyOverlapWithAnExistingCampaignConflictsWhateverItsResources() {
            book.book(Booking.existingCampaign("campaign 'Summer' (c1, ACTIVE)", window(NEW_YORK, 8, 20), "q9", "list-z"));

            var result = book.claim(row("line 2", window(NEW_YORK, 9, 12), "q1", "list-a"));

            assertThat(result.violations()).singleElement().satisfies(v -> assertThat(v.message())
                    .contains("campaign 'Summer' (c1, ACTIVE)", "overlaps an ACTIVE or SCHEDULED campaign"));
        }

        @Test
        void touchingAnExistingCampaignIsNoConflict() {
            book.book(Booking.existingCampaign("campaign c1", window(NEW_YORK, 8, 9), null, null));

            assertThat(book.claim(row("line 2", window(NEW_YORK, 9, 12), null, null)).isValid()).isTrue();
        }

        @Test
        void planRowsStillConflictWithEachOtherOnlyThroughASharedResource() {
            book.claim(row("line 2", window(NEW_YORK, 9, 12), "q1", "list-a"));

            assertThat(book.claim(row("line 3", window(NEW_YORK, 9, 12), "q2", "list-b")).isValid()).isTrue();
            assertThat(book.claim(row("line 4", window(NEW_YORK, 9, 12), "q1", "list-c")).isValid()).isFalse();
        }
    }

    @Test
    void checksAHundredThousandRowsAgainstThousandsOfCampaignsWithoutComparingEveryPair() {
        SplittableRandom random = new SplittableRandom(20260308);
        Instant origin = Instant.parse("2026-07-01T00:00:00Z");
        ScheduleBook book = new ScheduleBook(ConflictScope.ANY);
        for (int i = 0; i < 5_000; i++) {
            Instant start = origin.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 365)));
            book.book(Booking.existingCampaign("campaign c" + i,
                    new ScheduleWindow(NEW_YORK, start, start.plus(Duration.ofHours(1 + random.nextInt(8)))),
                    "q" + random.nextInt(2_000), "list" + random.nextInt(2_000)));
        }

        int[] accepted = new int[1];
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 100_000; i++) {
                Instant start = origin.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 365)));
                ScheduleWindow window = new ScheduleWindow(NEW_YORK, start, start.plus(Duration.ofHours(1 + random.nextInt(8))));
                if (book.claim(row("line " + i, window, "q" + random.nextInt(2_000), "list" + random.nextInt(2_000))).isValid()) {
                    accepted[0]++;
                }
            }
        });

        assertThat(accepted[0]).isBetween(1, 99_999);
        assertThat(book.size()).isEqualTo(5_000 + accepted[0]);
    }
}
