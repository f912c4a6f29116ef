package io.cxonebatch.domain.validation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns a plan file may and must have. Headers match column names case-insensitively, in any order;
 * a byte-order mark before the first header is ignored.
 *
 * <p>Codes: {@code UNKNOWN_COLUMN}, {@code DUPLICATE_COLUMN}, {@code MISSING_COLUMN}.
 *
 * @param planName how messages call the file, e.g. {@code campaign plan}
 * @param columns every column the plan knows, lower case
 * @param requiredColumns the columns every file must have, a subset of {@code columns}
 */
public record PlanLayout(String planName, List<String> columns, Set<String> requiredColumns) {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public PlanLayout {
        columns = List.copyOf(columns);
        requiredColumns = Set.copyOf(requiredColumns);
        if (!columns.containsAll(requiredColumns)) {
            throw new IllegalArgumentException(
                    "required columns " + requiredColumns + " are not all among the columns " + columns);
        }
    }

    /**
     * Matches a header row to the columns.
     *
     * @return the position of each column present, by its lower-case name; or every unknown, repeated and
     *     missing column, each named
     */
    public Validated<Map<String, Integer>> resolveHeader(List<String> header) {
        Violations violations = new Violations();
        Map<String, Integer> positions = new LinkedHashMap<>();
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (i == 0 && !name.isEmpty() && name.charAt(0) == BYTE_ORDER_MARK) {
                name = name.substring(1).strip();
            }
            String column = name.toLowerCase(Locale.ROOT);
            if (!columns.contains(column)) {
                violations.add("UNKNOWN_COLUMN", name,
                        planName + " has unknown column '" + name + "'; known columns are " + String.join(", ", columns));
            } else if (positions.containsKey(column)) {
                violations.add("DUPLICATE_COLUMN", name,
                        planName + " has column '" + name + "' more than once (also as '" + given.get(column) + "')");
            } else {
                positions.put(column, i);
                given.put(column, name);
            }
        }
        for (String column : columns) {
            if (requiredColumns.contains(column) && !positions.containsKey(column)) {
                violations.add("MISSING_COLUMN", column, planName + " lacks required column '" + column + "'");
            }
        }
        return violations.toValidated(() -> Map.copyOf(positions));
    }
}
