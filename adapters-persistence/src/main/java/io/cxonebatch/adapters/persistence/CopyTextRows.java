package io.cxonebatch.adapters.persistence;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Rows in the text format of PostgreSQL's COPY, gathered in a buffer that is handed on whole rows at a time.
 * Columns are separated by a tab and rows ended by a newline; null is {@code \N}; a backslash, tab, newline or
 * carriage return inside a value is escaped with a backslash, and every other character stands for itself. With
 * the backslash escaped, no value can end the data early ({@code \.}) or read as null.
 */
final class CopyTextRows {

    private final StringBuilder text = new StringBuilder();
    private boolean rowStarted;

    CopyTextRows value(@Nullable String value) {
        separate();
        if (value == null) {
            text.append("\\N");
            return this;
        }
        int plainFrom = 0;
        for (int i = 0; i < value.length(); i++) {
            String escaped = escape(value.charAt(i));
            if (escaped != null) {
                text.append(value, plainFrom, i).append(escaped);
                plainFrom = i + 1;
            }
        }
        text.append(value, plainFrom, value.length());
        return this;
    }

    CopyTextRows value(long value) {
        separate();
        text.append(value);
        return this;
    }

    void endRow() {
        text.append('\n');
        rowStarted = false;
    }

    /** Characters gathered and not yet taken. */
    int length() {
        return text.length();
    }

    /**
     * The rows gathered so far, in UTF-8, and an empty buffer. Only whole rows are taken, so a character is never
     * split between two pieces, however many the rows are sent in.
     *
     * @throws IllegalArgumentException when a value holds half a surrogate pair, which UTF-8 cannot carry; the
     *         lenient {@code String.getBytes} would store a question mark in its place
     */
    byte[] takeUtf8() {
        if (rowStarted) {
            throw new IllegalStateException("a COPY row is taken only once it is ended");
        }
        ByteBuffer encoded;
        try {
            encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a value holds half of a surrogate pair, which UTF-8 cannot carry", e);
        }
        text.setLength(0);
        byte[] rows = new byte[encoded.remaining()];
        encoded.get(rows);
        return rows;
    }

    private void separate() {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
    }

    private static @Nullable String escape(char c) {
        return switch (c) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            // StorableText names the item and field first; this keeps any other caller from sending one.
            case '\0' -> throw new IllegalArgumentException(
                    "COPY cannot carry a NUL character (U+0000): PostgreSQL does not store it in text");
            default -> null;
        };
    }
}
