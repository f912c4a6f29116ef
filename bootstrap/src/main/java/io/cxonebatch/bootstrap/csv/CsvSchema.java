package io.cxonebatch.bootstrap.csv;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns a CSV input may have. Names are matched case-insensitively; columns may come in any order.
 *
 * @param name what the file is, for messages ("campaign plan")
 * @param required columns that must be present in the header
 * @param optional columns that may be present
 */
public record CsvSchema(String name, List<String> required, List<String> optional) {

    public CsvSchema {
        required = required.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        optional = optional.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }

    boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }

    Set<String> allColumns() {
        return new java.util.LinkedHashSet<>(java.util.stream.Stream.concat(required.stream(), optional.stream()).toList());
    }
}
