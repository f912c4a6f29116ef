package io.cxonebatch.bootstrap.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A scenario's figures as a Markdown table on standard output, with notes below it. */
final class Report {

    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Report(String title, String... header) {
        this.title = title;
        this.header = List.of(header);
    }

    void row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row of " + title + " needs " + header.size() + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(String::valueOf).toList());
    }

    void note(String line) {
        notes.add(line);
    }

    void print() {
        StringBuilder out = new StringBuilder("\n### ").append(title).append("\n\n");
        out.append(line(header)).append('\n');
        out.append(header.stream().map(cell -> "---").collect(Collectors.joining("|", "|", "|"))).append('\n');
        rows.forEach(row -> out.append(line(row)).append('\n'));
        notes.forEach(note -> out.append('\n').append(note));
        System.out.println(out.append('\n'));
        System.out.flush();
    }

    private static String line(List<String> cells) {
        return cells.stream().collect(Collectors.joining(" | ", "| ", " |"));
    }

    static String seconds(@Nullable Duration duration) {
        return duration == null ? "n/a" : String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String decimal(@Nullable Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%,.1f", value);
    }

    static String megabytes(long kilobytes) {
        return kilobytes <= 0 ? "n/a" : Long.toString(Math.round(kilobytes / 1024.0));
    }
}
