package io.cxonebatch.application.kit;

import io.cxonebatch.domain.validation.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One data row of an input file (a plan, a roster) as the file gave it.
 *
 * @param line the line it starts on (the header is line 1)
 * @param cells its cells by lower-case column name, as read; blank cells may be absent
 * @param cellCount how many cells the row had
 * @param columnCount how many columns the header named
 */
public record InputLine(long line, Map<String, String> cells, int cellCount, int columnCount) {

    public static final String NUL_CHARACTER = "NUL_CHARACTER";
    public static final String ROW_SHAPE_MISMATCH = "ROW_SHAPE_MISMATCH";
    private static final char NUL = '\u0000';
    private static final char REPLACEMENT = '\uFFFD';

    public InputLine {
        if (line < 2) {
            throw new IllegalArgumentException("input line " + line + " must be 2 or more (line 1 is the header)");
        }
        cells = Map.copyOf(cells);
    }

    /**
     * The row's non-blank cells as they can be stored, adding to {@code violations} what any input file's row may
     * break: a cell holding a NUL character (replaced, since PostgreSQL cannot store U+0000: the row is kept,
     * marked, rather than the whole file failed) and a row with more or fewer cells than the header has columns.
     */
    public Map<String, String> storableCells(List<Violation> violations) {
        Map<String, String> storable = new LinkedHashMap<>();
        cells.forEach((column, value) -> {
            if (value != null && !value.isBlank()) {
                if (value.indexOf(NUL) >= 0) {
                    violations.add(Violation.of(NUL_CHARACTER, column, column + " contains a NUL character"));
                    value = value.replace(NUL, REPLACEMENT);
                }
                storable.put(column, value);
            }
        });
        if (cellCount != columnCount) {
            violations.add(Violation.of(ROW_SHAPE_MISMATCH, "", "the row has " + cellCount + " cells but the header names "
                    + columnCount + " columns"));
        }
        return storable;
    }
}
