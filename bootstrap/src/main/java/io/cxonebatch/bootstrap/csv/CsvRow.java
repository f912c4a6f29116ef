package io.cxonebatch.bootstrap.csv;

import io.cxonebatch.domain.validation.CellParser;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One data row: the line it starts on (the header is line 1), its cells by lower-case column name, and how many
 * cells it had against how many columns the header named. A blank cell reads as null.
 */
public record CsvRow(long line, Map<String, String> cells, int cellCount, int columnCount) {

    public @Nullable String get(String column) {
        return CellParser.optional(cells.get(column));
    }

    /** False when the row has more or fewer cells than the header has columns. */
    public boolean hasHeaderShape() {
        return cellCount == columnCount;
    }
}
