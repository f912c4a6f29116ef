package io.cxonebatch.bootstrap.batch;

import java.util.regex.Pattern;

/**
 * Keeps a CSV cell from being run as a formula by the spreadsheet an officer opens the report in: a cell that
 * starts with {@code = + - @}, a tab or a carriage return is written after a single quote (OWASP's advice for CSV
 * injection), so {@code =HYPERLINK(…)} shows as text. A plain number such as {@code -3.5} is left as it is: it is no
 * formula, and a quote would make it text.
 */
public final class SpreadsheetSafeCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private SpreadsheetSafeCells() {
    }

    public static String of(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /**
     * As {@link #of}, and reversible by {@link #restored}: a cell that starts with a quote is quoted too, so that a file
     * whose values must come back exactly (an audit export, whose hashes cover them) stays safe to open.
     */
    public static String reversible(String cell) {
        return cell.startsWith("'") ? "'" + cell : of(cell);
    }

    /** The value {@link #reversible} was given. */
    public static String restored(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
