package io.cxonebatch.bootstrap.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds how much text the CSV parser may pull in for one record. An unterminated quote, or a file that is no CSV at
 * all ({@code /dev/zero}, a binary), would otherwise grow one cell until the heap is gone. The count restarts with
 * every record read; the parser's read-ahead makes the bound approximate by its buffer (tens of KiB), which is all a
 * bound on a runaway needs.
 */
final class RecordSizeLimit extends FilterReader {

    private final long limit;
    private long sinceLastRecord;

    RecordSizeLimit(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** A record has been read whole: the next one starts counting from nothing. */
    void recordEnded() {
        sinceLastRecord = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            count(read);
        }
        return read;
    }

    private void count(int chars) throws IOException {
        sinceLastRecord += chars;
        if (sinceLastRecord > limit) {
            throw new IOException("a record runs past " + limit + " characters (an unterminated quote, or not a CSV file)");
        }
    }
}
