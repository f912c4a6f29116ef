package io.cxonebatch.bootstrap.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report a job writes, as RFC 4180 CSV: written to a temporary file beside its target and moved over it only on
 * {@link #commit}, so that a reader never sees half a report and a crash leaves the previous one whole.
 */
public final class CsvReportFile implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final CSVPrinter printer;
    private boolean committed;

    private CsvReportFile(Path target, Path temporary, CSVPrinter printer) {
        this.target = target;
        this.temporary = temporary;
        this.printer = printer;
    }

    public static CsvReportFile open(Path target, List<String> header) throws IOException {
        PrivateFiles.directory(target.toAbsolutePath().getParent());
        Path temporary = PrivateFiles.file(target.resolveSibling(target.getFileName() + ".tmp"));
        CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        return new CsvReportFile(target, temporary, printer);
    }

    public void print(List<String> record) {
        try {
            printer.printRecord(record.stream().map(cell -> cell == null ? null : SpreadsheetSafeCells.of(cell)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the file and puts it in place of the target. */
    public Path commit() throws IOException {
        printer.close();
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        return target.toAbsolutePath();
    }

    /**
     * Writes a whole report file of another kind (an HTML page) the same way: beside its place, then moved into it, so
     * a reader never opens half of it.
     */
    public static Path write(Path target, String content) throws IOException {
        PrivateFiles.directory(target.toAbsolutePath().getParent());
        Path temporary = PrivateFiles.file(target.resolveSibling(target.getFileName() + ".tmp"));
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE).toAbsolutePath();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Without a commit, the temporary file goes and the target stays as it was. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            printer.close();
            Files.deleteIfExists(temporary);
        }
    }
}
