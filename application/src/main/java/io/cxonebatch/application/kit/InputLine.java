package io.cxonebatch.application.provisioning.port.in;

import java.util.Map;

/**
 * One data row of a campaign plan as the file gave it.
 *
 * @param line the line it starts on (the header is line 1)
 * @param cells its cells by lower-case column name, as read; blank cells may be absent
 * @param cellCount how many cells the row had
 * @param columnCount how many columns the header named
 */
public record PlanLine(long line, Map<String, String> cells, int cellCount, int columnCount) {

    public PlanLine {
        if (line < 2) {
            throw new IllegalArgumentException("plan line " + line + " must be 2 or more (line 1 is the header)");
        }
        cells = Map.copyOf(cells);
    }
}
