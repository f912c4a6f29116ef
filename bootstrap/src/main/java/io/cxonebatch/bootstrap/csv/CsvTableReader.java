package io.cxonebatch.bootstrap.csv;

import io.cxonebatch.domain.phone.PhoneNumber;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of an RFC 4180 CSV file (UTF-8, optional BOM, header row) checked against a {@link CsvSchema}.
 * The header is checked when the reader opens: a missing required column, an unknown column, a duplicate column
 * or an empty file fails at once with {@link UnreadableInputException}, as does text that is not CSV or not
 * UTF-8 when the reader reaches it. Rows are never held all at once.
 */
public final class CsvTableReader implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    /** Far above any plan, roster or suppression row; a bound on a runaway, not a format rule. */
    static final long MAX_RECORD_CHARS = 1L << 20;
    static final int MAX_CELL_CHARS = 10_000;

    private final Path path;
    private final CSVParser parser;
    private final RecordSizeLimit limit;
    private final Iterator<CSVRecord> records;
    private final List<String> columns;
    private long nextLine = 2;

    private CsvTableReader(Path path, CSVParser parser, RecordSizeLimit limit, List<String> columns) {
        this.path = path;
        this.parser = parser;
        this.limit = limit;
        this.records = parser.iterator();
        this.columns = columns;
    }

    /** Opens the file and checks its header. */
    public static CsvTableReader open(Path path, CsvSchema schema) {
        RecordSizeLimit reader;
        try {
            reader = new RecordSizeLimit(new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(path),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024), MAX_RECORD_CHARS);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException("The " + schema.name() + " " + path + " does not exist");
        } catch (IOException e) {
            throw new UnreadableInputException("The " + schema.name() + " " + path + " cannot be read: " + e.getMessage(), e);
        }
        try {
            skipByteOrderMark(reader);
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            Iterator<CSVRecord> iterator = parser.iterator();
            if (!iterator.hasNext()) {
                parser.close();
                throw new UnreadableInputException("The " + schema.name() + " " + path + " is empty: expected a header row with "
                        + String.join(", ", schema.required()));
            }
            List<String> header = new ArrayList<>();
            for (String column : iterator.next()) {
                header.add(column.strip().toLowerCase(Locale.ROOT));
            }
            checkHeader(path, schema, header);
            reader.recordEnded();
            CsvTableReader table = new CsvTableReader(path, parser, reader, header);
            table.nextLine = parser.getCurrentLineNumber() + 1;
            return table;
        } catch (UncheckedIOException | IOException e) {
            throw notCsv(path, schema, 1, e);
        }
    }

    /** The rows still to read, in file order, as a stream that reads the file as it is consumed. */
    public Stream<CsvRow> rows() {
        Iterator<CsvRow> iterator = new Iterator<>() {
            private @Nullable CsvRow next = CsvTableReader.this.next();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public CsvRow next() {
                CsvRow row = next;
                if (row == null) {
                    throw new NoSuchElementException();
                }
                next = CsvTableReader.this.next();
                return row;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The next row, or null after the last one. */
    public @Nullable CsvRow next() {
        long line = nextLine;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            limit.recordEnded();
            nextLine = parser.getCurrentLineNumber() + 1;
            checkCellSizes(record, line);
            return new CsvRow(line, cellsOf(record), record.size(), columns.size());
        } catch (UncheckedIOException e) {
            throw notCsv(path, null, line, e);
        }
    }

    private void checkCellSizes(CSVRecord record, long line) {
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).length() > MAX_CELL_CHARS) {
                String column = i < columns.size() ? columns.get(i) : "column " + (i + 1);
                throw new UnreadableInputException(path + " line " + line + ": the " + column + " cell has "
                        + record.get(i).length() + " characters; a cell may have at most " + MAX_CELL_CHARS);
            }
        }
    }

    private Map<String, String> cellsOf(CSVRecord record) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(record.size(), columns.size()); i++) {
            cells.put(columns.get(i), record.get(i));
        }
        return cells;
    }

    private static void checkHeader(Path path, CsvSchema schema, List<String> header) {
        List<String> problems = new ArrayList<>();
        List<String> missing = schema.required().stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            problems.add("missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        List<String> unknown = header.stream().filter(c -> !schema.knows(c)).toList();
        if (!unknown.isEmpty()) {
            problems.add("unknown column" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown.stream()
                    .map(CsvTableReader::shownColumn).toList())
                    + " (expected only " + String.join(", ", schema.allColumns()) + ")");
        }
        List<String> duplicated = header.stream().filter(c -> header.indexOf(c) != header.lastIndexOf(c)).distinct().toList();
        if (!duplicated.isEmpty()) {
            problems.add("duplicate column" + (duplicated.size() > 1 ? "s " : " ") + String.join(", ", duplicated));
        }
        if (!problems.isEmpty()) {
            throw new UnreadableInputException("The " + schema.name() + " " + path + " has an unusable header (line 1): "
                    + String.join("; ", problems));
        }
    }

    /**
     * A header cell as a message may show it. A file without a header (a do-not-call download of bare numbers) has a
     * phone number where the header should be, and the message goes to logs and the console: numbers are masked.
     */
    private static String shownColumn(String column) {
        if (column.isEmpty()) {
            return "(blank)";
        }
        return column.chars().filter(Character::isDigit).count() >= 7 ? PhoneNumber.mask(column) : column;
    }

    private static void skipByteOrderMark(Reader reader) throws IOException {
        reader.mark(1);
        int first = reader.read();
        if (first != '\uFEFF') {
            reader.reset();
        }
    }

    private static UnreadableInputException notCsv(Path path, @Nullable CsvSchema schema, long line, Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String what = cause instanceof CharacterCodingException ? "not UTF-8 text" : "not valid CSV: " + cause.getMessage();
        return new UnreadableInputException((schema == null ? "" : "The " + schema.name() + " ") + path + " near line " + line
                + " is " + what, e);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
