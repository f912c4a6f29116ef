package io.cxonebatch.bootstrap.batch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Shows how far a step has come: a redrawn progress bar on a terminal, a plain line every so often otherwise
 * (logs, CI, cron mail). Thread-safe; printing never blocks the caller for long.
 */
public final class ProgressReporter {

    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final String label;
    private final long total;
    private final Duration interval;
    private final LongSupplier nanoClock;
    private final AtomicLong done = new AtomicLong();
    private final long startedAt;
    private volatile long lastPrintedAt;

    ProgressReporter(PrintStream out, boolean terminal, String label, long total, Duration interval, LongSupplier nanoClock) {
        this.out = out;
        this.terminal = terminal;
        this.label = label;
        this.total = total;
        this.interval = interval;
        this.nanoClock = nanoClock;
        this.startedAt = nanoClock.getAsLong();
        this.lastPrintedAt = startedAt;
    }

    /** A reporter on standard output: a bar redrawn 5 times a second on a terminal, else a line every 10 s. */
    public static ProgressReporter onStandardOutput(String label, long total) {
        boolean terminal = System.console() != null;
        return new ProgressReporter(System.out, terminal, label, total,
                terminal ? Duration.ofMillis(200) : Duration.ofSeconds(10), System::nanoTime);
    }

    public void advance(long items) {
        long now = nanoClock.getAsLong();
        long count = done.addAndGet(items);
        if (now - lastPrintedAt >= interval.toNanos()) {
            synchronized (this) {
                if (now - lastPrintedAt >= interval.toNanos()) {
                    lastPrintedAt = now;
                    print(count, now, false);
                }
            }
        }
    }

    /** Prints the final state once the step is over. */
    public synchronized void finish() {
        print(done.get(), nanoClock.getAsLong(), true);
    }

    private void print(long count, long now, boolean last) {
        double seconds = Math.max(1e-9, (now - startedAt) / 1e9);
        long perSecond = Math.round(count / seconds);
        if (terminal) {
            out.print("\r" + line(count, perSecond) + (last ? System.lineSeparator() : ""));
        } else {
            out.println(line(count, perSecond));
        }
        out.flush();
    }

    String line(long count, long perSecond) {
        if (total <= 0) {
            return String.format("%s %,d items, %,d/s", label, count, perSecond);
        }
        int filled = (int) Math.min(BAR_WIDTH, count * BAR_WIDTH / total);
        return String.format("%s [%s%s] %,d/%,d (%d%%), %,d/s", label, "#".repeat(filled), " ".repeat(BAR_WIDTH - filled),
                count, total, Math.min(100, count * 100 / total), perSecond);
    }
}
