package io.cxonebatch.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntervalIndexTest {

    private record Interval(long start, long end) {}

    @Test
    void findsExactlyTheIntervalsABruteForceScanFinds() {
        SplittableRandom random = new SplittableRandom(42);
        IntervalIndex<Interval> index = new IntervalIndex<>();
        List<Interval> all = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            long start = random.nextLong(10_000);
            Interval interval = new Interval(start, start + 1 + random.nextLong(random.nextBoolean() ? 20 : 2_000));
            all.add(interval);
            index.add(Instant.ofEpochSecond(interval.start()), Instant.ofEpochSecond(interval.end()), i, interval);
        }

        for (int q = 0; q < 500; q++) {
            long start = random.nextLong(10_000);
            long end = start + 1 + random.nextLong(300);
            List<Interval> found = new ArrayList<>();
            index.collectOverlapping(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end), found);

            List<Interval> expected = all.stream().filter(i -> i.start() < end && start < i.end()).toList();
            assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(index.size()).isEqualTo(2_000);
    }
}
