package io.cxonebatch.sandbox.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Dialling activity of a campaign, a pure function of the seed, the campaign id and its schedule. Each day of the
 * schedule (daily window: the local times of startDate and endDate in the campaign's zone, else 08:00-17:00) is
 * cut into 30-minute intervals (a shorter last one when the window asks for it). Per day: 60 % keep the window,
 * 15 % start one or two intervals late, 12 % end one or two early, 13 % dial one or two intervals past the end
 * (even days of the epoch) or before the start (odd days). Each dialled interval has two dispositions.
 */
public final class ActivityGenerator {

    private static final String[] DISPOSITIONS = {"SALE", "NO_INTEREST", "CALLBACK", "NO_ANSWER", "VOICEMAIL"};
    private static final LocalTime DEFAULT_START = LocalTime.of(8, 0);
    private static final LocalTime DEFAULT_END = LocalTime.of(17, 0);
    private static final Duration SLOT = Duration.ofMinutes(30);
    private static final long DAY_SALT = 0xDA7L;
    private static final long SLOT_SALT = 0x5107L;

    private final long seed;

    public ActivityGenerator(long seed) {
        this.seed = seed;
    }

    /** One row of the analytics answer. */
    public record Activity(Instant start, Instant end, String disposition, long callsAttempted, long callsConnected, long dialingSeconds) {
    }

    /** The activity whose interval starts in {@code [from, to)}, ordered by start and disposition. */
    public List<Activity> activity(CampaignSnapshot campaign, Instant from, Instant to) {
        OffsetDateTime start = dateTime(campaign.created().path("startDate").asString(null));
        OffsetDateTime end = dateTime(campaign.created().path("endDate").asString(null));
        ZoneId zone = zone(campaign.created().path("timezone").asString(null), start);
        LocalTime dailyStart = start == null ? DEFAULT_START : start.atZoneSameInstant(zone).toLocalTime();
        LocalTime dailyEnd = end == null ? DEFAULT_END : end.atZoneSameInstant(zone).toLocalTime();
        if (!dailyEnd.isAfter(dailyStart)) {
            dailyStart = DEFAULT_START;
            dailyEnd = DEFAULT_END;
        }
        LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
        if (start != null && start.atZoneSameInstant(zone).toLocalDate().isAfter(first)) {
            first = start.atZoneSameInstant(zone).toLocalDate();
        }
        if (end != null && end.atZoneSameInstant(zone).toLocalDate().isBefore(last)) {
            last = end.atZoneSameInstant(zone).toLocalDate();
        }
        long campaignKey = Mix.key(campaign.id());
        List<Activity> activity = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Instant windowStart = ZonedDateTime.of(day, dailyStart, zone).toInstant();
            Instant windowEnd = ZonedDateTime.of(day, dailyEnd, zone).toInstant();
            for (Instant[] slot : dialledSlots(campaignKey, day, windowStart, windowEnd)) {
                if (!slot[0].isBefore(from) && slot[0].isBefore(to)) {
                    activity.addAll(rows(campaignKey, slot[0], slot[1]));
                }
            }
        }
        activity.sort(Comparator.comparing(Activity::start).thenComparing(Activity::disposition));
        return activity;
    }

    private List<Instant[]> dialledSlots(long campaignKey, LocalDate day, Instant windowStart, Instant windowEnd) {
        List<Instant[]> slots = new ArrayList<>();
        for (Instant at = windowStart; at.isBefore(windowEnd); at = at.plus(SLOT)) {
            Instant slotEnd = at.plus(SLOT).isAfter(windowEnd) ? windowEnd : at.plus(SLOT);
            slots.add(new Instant[] {at, slotEnd});
        }
        long h = Mix.hash(seed, campaignKey, day.toEpochDay(), DAY_SALT);
        double kind = Mix.unit(h);
        int shift = 1 + Mix.pick(Mix.mix(h), 2);
        if (kind < 0.60) {
            return slots;
        }
        if (kind < 0.75) {
            return slots.subList(Math.min(shift, slots.size() - 1), slots.size());
        }
        if (kind < 0.87) {
            return slots.subList(0, Math.max(1, slots.size() - shift));
        }
        List<Instant[]> outside = new ArrayList<>(slots);
        for (int i = 0; i < shift; i++) {
            if (day.toEpochDay() % 2 == 0) {
                outside.add(new Instant[] {windowEnd.plus(SLOT.multipliedBy(i)), windowEnd.plus(SLOT.multipliedBy(i + 1))});
            } else {
                outside.add(0, new Instant[] {windowStart.minus(SLOT.multipliedBy(i + 1)), windowStart.minus(SLOT.multipliedBy(i))});
            }
        }
        return outside;
    }

    private List<Activity> rows(long campaignKey, Instant start, Instant end) {
        long h = Mix.hash(seed, campaignKey, start.getEpochSecond(), SLOT_SALT);
        int first = Mix.pick(h, DISPOSITIONS.length);
        int second = (first + 1 + Mix.pick(Mix.mix(h ^ 1), DISPOSITIONS.length - 1)) % DISPOSITIONS.length;
        long seconds = Duration.between(start, end).toSeconds();
        long firstSeconds = seconds * (40 + Mix.pick(Mix.mix(h ^ 2), 31)) / 100;
        long secondSeconds = (seconds - firstSeconds) * (70 + Mix.pick(Mix.mix(h ^ 3), 31)) / 100;
        return List.of(row(h ^ 4, start, end, DISPOSITIONS[first], firstSeconds),
                row(h ^ 5, start, end, DISPOSITIONS[second], secondSeconds));
    }

    private static Activity row(long h, Instant start, Instant end, String disposition, long dialingSeconds) {
        long attempted = 10 + Mix.pick(Mix.mix(h), 81);
        long connected = attempted * (20 + Mix.pick(Mix.mix(h ^ 7), 41)) / 100;
        return new Activity(start, end, disposition, attempted, connected, dialingSeconds);
    }

    private static @Nullable OffsetDateTime dateTime(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ZoneId zone(@Nullable String timezone, @Nullable OffsetDateTime start) {
        if (timezone != null && ZoneId.getAvailableZoneIds().contains(timezone)) {
            return ZoneId.of(timezone);
        }
        return start != null ? start.getOffset() : ZoneOffset.UTC;
    }
}
