package io.cxonebatch.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * One {@code COPY ... FROM STDIN} in the text format ({@link CopyTextRows}): one statement and one stream however
 * many rows there are. The rows travel in pieces of about {@value #PIECE_CHARS} characters, so that a batch is never
 * held as one text.
 *
 * <p>The pieces are encoded here, whole rows at a time, and written to pgJDBC's {@link CopyIn}, rather than handed
 * over as a {@code Reader}: {@code CopyManager.copyIn(sql, reader)} encodes each buffer it reads on its own, and
 * would mangle a character outside the Basic Multilingual Plane (an emoji) whose two halves straddle two buffers.
 */
final class TextCopy {

    static final int PIECE_CHARS = 64 * 1024;

    private TextCopy() {
    }

    /**
     * The connection's COPY API.
     *
     * @param purpose what the COPY is for, to say what cannot be done without it
     * @throws IllegalStateException when the connection is not pgJDBC's
     */
    static CopyManager copyManager(Connection connection, String purpose) throws SQLException {
        if (!connection.isWrapperFor(PGConnection.class)) {
            throw new IllegalStateException(purpose + " needs a pgJDBC connection for COPY, and the data source handed out "
                    + connection.getClass().getName());
        }
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /**
     * Sends every row, each written by {@code writeRow} and then ended here.
     *
     * @return how many rows PostgreSQL loaded
     */
    static <T> long copy(CopyManager copyManager, String sql, List<T> rows, BiConsumer<T, CopyTextRows> writeRow)
            throws SQLException {
        CopyIn copy = copyManager.copyIn(sql);
        try {
            CopyTextRows text = new CopyTextRows();
            for (T row : rows) {
                writeRow.accept(row, text);
                text.endRow();
                if (text.length() >= PIECE_CHARS) {
                    send(copy, text);
                }
            }
            send(copy, text);
            return copy.endCopy();
        } catch (SQLException | RuntimeException e) {
            cancel(copy, e);
            throw e;
        }
    }

    private static void send(CopyIn copy, CopyTextRows text) throws SQLException {
        byte[] piece = text.takeUtf8();
        if (piece.length > 0) {
            copy.writeToCopy(piece, 0, piece.length);
        }
    }

    /** Ends a COPY that failed on this side, so that the connection can be used (or rolled back) again. */
    private static void cancel(CopyIn copy, Exception failure) {
        if (!copy.isActive()) {
            return;
        }
        try {
            copy.cancelCopy();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
