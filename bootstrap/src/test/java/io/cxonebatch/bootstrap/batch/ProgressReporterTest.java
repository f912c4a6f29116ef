package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong();

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void drawsABarThatFillsWithTheShareDone() {
        ProgressReporter reporter = new ProgressReporter(out, true, "provisioning", 100, Duration.ofMillis(200), clock::get);
        assertThat(reporter.line(50, 10)).isEqualTo("provisioning [###############               ] 50/100 (50%), 10/s");
    }

    @Test
    void redrawsTheSameLineOnATerminal() {
        ProgressReporter reporter = new ProgressReporter(out, true, "p", 10, Duration.ofMillis(200), clock::get);
        clock.set(Duration.ofMillis(300).toNanos());
        reporter.advance(5);
        reporter.finish();
        assertThat(printed()).startsWith("\rp [").contains("5/10").endsWith(System.lineSeparator());
        // Two draws with carriage returns, one line feed at the very end.
        assertThat(printed().chars().filter(c -> c == '\r')).hasSize(2);
        assertThat(printed().chars().filter(c -> c == '\n')).hasSize(1);
    }

    @Test
    void printsPlainLinesNoMoreOftenThanTheIntervalWhenNotATerminal() {
        ProgressReporter reporter = new ProgressReporter(out, false, "p", 1000, Duration.ofSeconds(10), clock::get);
        for (int i = 1; i <= 100; i++) {
            clock.set(Duration.ofMillis(250L * i).toNanos());
            reporter.advance(10);
        }
        reporter.finish();
        assertThat(printed()).doesNotContain("\r");
        // 25 s of work at one line per 10 s, plus the final line.
        assertThat(printed().lines()).hasSize(3).last().asString().contains("1,000/1,000 (100%)");
    }

    @Test
    void reportsACountWhenTheTotalIsUnknown() {
        ProgressReporter reporter = new ProgressReporter(out, false, "reading", 0, Duration.ofSeconds(10), clock::get);
        assertThat(reporter.line(1234, 56)).isEqualTo("reading 1,234 items, 56/s");
    }
}
