package io.cxonebatch.bootstrap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plain-text table for the terminal: every column is as wide as its widest cell, header included, and columns are
 * separated by two spaces. The last column is not padded, so a long last value (details, a message) never pushes
 * trailing blanks. Cells are printed with {@link String#valueOf(Object)}; a null cell prints as {@code -}.
 */
final class TextTable {

    private static final String GAP = "  ";

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... headers) {
        if (headers.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.columns = headers.length;
        rows.add(headers.clone());
    }

    /** Adds a row with exactly one cell per column. */
    TextTable row(@Nullable Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(cell -> cell == null ? "-" : String.valueOf(cell)).toArray(String[]::new));
        return this;
    }

    /** Prints the header line, then the rows in the order they were added. */
    void print(PrintWriter out) {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns - 1; i++) {
                line.append(row[i]).append(" ".repeat(widths[i] - row[i].length())).append(GAP);
            }
            line.append(row[columns - 1]);
            out.println(line.toString().stripTrailing());
        }
    }
}
