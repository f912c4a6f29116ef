package io.cxonebatch.adapters.persistence;

import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Translates SQL exceptions as the delegate does, after taking PostgreSQL's own words out of them. An error's
 * message, detail and context can quote the row at fault ({@code Failing row contains (…)},
 * {@code COPY suppression_entry, line 3: "…"}), and the rows of the suppression tables hold phone numbers, which
 * belong in no exception message and so in no log.
 *
 * <p>What is kept names the failure without quoting data: the SQL state, the constraint, table and column the server
 * reports, a COPY's line, and the server's message itself for the kinds of error that are about the connection or
 * the server rather than a row (a lost connection, a deadlock, a timeout, a missing table). The original exception is
 * not kept as the cause, since printing a stack trace prints every cause's message; the replacement carries its
 * stack trace instead. Errors the driver raises itself quote no row and pass unchanged.
 */
final class RedactingExceptionTranslator implements SQLExceptionTranslator {

    /** Connection, transaction rollback (deadlock, serialization), syntax or access, resources, operator intervention. */
    private static final Set<String> CLASSES_SAFE_TO_QUOTE = Set.of("08", "40", "42", "53", "57");

    private static final Pattern COPY_LINE = Pattern.compile("^COPY \\S+, line (\\d+)");

    private final SQLExceptionTranslator delegate;

    RedactingExceptionTranslator(SQLExceptionTranslator delegate) {
        this.delegate = delegate;
    }

    /** Never null, unlike the delegate, whose caller would otherwise wrap the original exception. */
    @Override
    public DataAccessException translate(String task, @Nullable String sql, SQLException ex) {
        SQLException redacted = redacted(ex);
        DataAccessException translated = delegate.translate(task, sql, redacted);
        return translated != null ? translated : new UncategorizedSQLException(task, sql, redacted);
    }

    static SQLException redacted(SQLException ex) {
        ServerErrorMessage server = ex instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        if (server == null) {
            return ex;
        }
        SQLException redacted = new SQLException(describe(ex.getSQLState(), server), ex.getSQLState(), ex.getErrorCode());
        redacted.setStackTrace(ex.getStackTrace());
        return redacted;
    }

    private static String describe(@Nullable String sqlState, ServerErrorMessage server) {
        StringBuilder text = new StringBuilder("PostgreSQL refused it (SQL state ").append(sqlState);
        appendNamed(text, "constraint", server.getConstraint());
        appendNamed(text, "table", server.getTable());
        appendNamed(text, "column", server.getColumn());
        String where = server.getWhere();
        Matcher copyLine = COPY_LINE.matcher(where == null ? "" : where);
        if (copyLine.find()) {
            text.append(", row ").append(copyLine.group(1)).append(" of the COPY");
        }
        text.append(')');
        if (sqlState != null && sqlState.length() >= 2 && CLASSES_SAFE_TO_QUOTE.contains(sqlState.substring(0, 2))) {
            text.append(": ").append(server.getMessage());
        } else {
            text.append("; its own message is left out, since it may quote a phone number");
        }
        return text.toString();
    }

    private static void appendNamed(StringBuilder text, String what, @Nullable String name) {
        if (name != null) {
            text.append(", ").append(what).append(' ').append(name);
        }
    }
}
