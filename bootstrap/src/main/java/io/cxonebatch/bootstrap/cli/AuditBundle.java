package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.application.audit.AuditRowDigest;
import io.cxonebatch.application.port.out.audit.AuditRowText;
import io.cxonebatch.application.port.out.audit.QueryAuditEventsPort;
import io.cxonebatch.bootstrap.batch.PrivateFiles;
import io.cxonebatch.bootstrap.batch.SpreadsheetSafeCells;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit export an auditor checks without the database: {@code audit-events.csv} (every row, each column as its
 * hash covered it, the chain's {@code prev_hash} and {@code hash} included), {@code manifest.json} (the range, the
 * rows, the first previous hash and the last hash, and the SHA-256 of every file) and {@code HOW-TO-CHECK.txt}.
 * {@link #verify} re-computes every row's hash, the links between rows and the files' digests.
 */
final class AuditBundle {

    static final String EVENTS = "audit-events.csv";
    static final String MANIFEST = "manifest.json";
    static final String HOW_TO = "HOW-TO-CHECK.txt";
    static final List<String> COLUMNS = List.of("id", "occurred_at", "recorded_at", "job_execution_id", "job_name", "action",
            "campaign_ref", "outcome", "http_status", "latency_ms", "details", "actor", "prev_hash", "hash");
    /** Written for a null column; a value of exactly this text is written quoted by the spreadsheet-safe escape. */
    private static final String NULL = "\\N";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditBundle() {
    }

    /** What an export wrote. */
    record Written(long rows, @Nullable Long firstId, @Nullable Long lastId) {
    }

    static Written write(Path dir, QueryAuditEventsPort audit, @Nullable Instant from, @Nullable Instant to) throws IOException {
        PrivateFiles.directory(dir);
        if (Files.exists(dir.resolve(MANIFEST))) {
            throw new IOException(dir + " already holds an export (" + MANIFEST + "); choose an empty directory");
        }
        Range range = new Range();
        Path events = PrivateFiles.file(dir.resolve(EVENTS));
        try (Writer writer = Files.newBufferedWriter(events, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            audit.exportRows(from, to, row -> {
                try {
                    csv.printRecord(cells(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                range.add(row);
            });
        }
        Files.writeString(PrivateFiles.file(dir.resolve(HOW_TO)), howToCheck(), StandardCharsets.UTF_8);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", "cxone-batch-audit-export/v1");
        manifest.put("createdAt", Instant.now().toString());
        manifest.put("from", from == null ? null : from.toString());
        manifest.put("to", to == null ? null : to.toString());
        manifest.put("rows", range.rows);
        manifest.put("firstId", range.first == null ? null : range.first.id());
        manifest.put("lastId", range.last == null ? null : range.last.id());
        manifest.put("firstPrevHash", range.first == null ? null : range.first.prevHash());
        manifest.put("lastHash", range.last == null ? null : range.last.hash());
        Map<String, String> files = new LinkedHashMap<>();
        files.put(EVENTS, sha256(events));
        files.put(HOW_TO, sha256(dir.resolve(HOW_TO)));
        manifest.put("sha256", files);
        Files.writeString(PrivateFiles.file(dir.resolve(MANIFEST)), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
        return new Written(range.rows, range.first == null ? null : range.first.id(), range.last == null ? null : range.last.id());
    }

    /** The exported rows as the manifest names them: how many, the first and the last. */
    private static final class Range {
        long rows;
        @Nullable AuditRowText first;
        @Nullable AuditRowText last;

        void add(AuditRowText row) {
            if (first == null) {
                first = row;
            }
            last = row;
            rows++;
        }
    }

    /** Every problem found, in file order; empty when the export is whole. */
    static List<String> verify(Path dir) throws IOException {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(dir.resolve(MANIFEST))) {
            return List.of(dir + " holds no " + MANIFEST);
        }
        JsonNode manifest = JSON.readTree(Files.readString(dir.resolve(MANIFEST)));
        JsonNode digests = manifest.path("sha256");
        for (String file : List.of(EVENTS, HOW_TO)) {
            Path path = dir.resolve(file);
            if (!Files.isRegularFile(path)) {
                problems.add(file + " is missing");
            } else if (!sha256(path).equals(digests.path(file).asString(""))) {
                problems.add(file + " does not have the SHA-256 the manifest names: it was changed after the export");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        long rows = 0;
        String previous = null;
        String firstPrev = null;
        try (Reader reader = Files.newBufferedReader(dir.resolve(EVENTS), StandardCharsets.UTF_8);
                CSVParser csv = CSVParser.builder().setReader(reader)
                        .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord record : csv) {
                AuditRowText row = row(record);
                rows++;
                if (firstPrev == null) {
                    firstPrev = row.prevHash();
                } else if (!row.prevHash().equals(previous)) {
                    problems.add("row " + row.id() + " (line " + csv.getCurrentLineNumber() + ") does not follow the row before it: a row was removed or reordered");
                }
                if (!AuditRowDigest.hashOf(row).equals(row.hash())) {
                    problems.add("row " + row.id() + " (line " + csv.getCurrentLineNumber() + ") does not have the hash of its contents: it was altered");
                }
                previous = row.hash();
            }
        }
        if (rows != manifest.path("rows").asLong(-1)) {
            problems.add(EVENTS + " has " + rows + " rows, the manifest names " + manifest.path("rows").asLong(-1));
        }
        if (rows > 0 && !previous.equals(manifest.path("lastHash").asString(""))) {
            problems.add("the last row's hash is not the manifest's lastHash");
        }
        if (rows > 0 && !firstPrev.equals(manifest.path("firstPrevHash").asString(""))) {
            problems.add("the first row's previous hash is not the manifest's firstPrevHash");
        }
        return problems;
    }

    private static List<String> cells(AuditRowText row) {
        List<String> cells = new ArrayList<>();
        for (String value : new String[] {Long.toString(row.id()), row.occurredAt(), row.recordedAt(), row.jobExecutionId(),
                row.jobName(), row.action(), row.campaignRef(), row.outcome(), row.httpStatus(), row.latencyMs(), row.details(),
                row.actor(), row.prevHash(), row.hash()}) {
            cells.add(value == null ? NULL : value.equals(NULL) ? "'" + NULL : SpreadsheetSafeCells.reversible(value));
        }
        return cells;
    }

    private static AuditRowText row(CSVRecord record) {
        return new AuditRowText(Long.parseLong(value(record, "id")), value(record, "occurred_at"), value(record, "recorded_at"),
                nullable(record, "job_execution_id"), nullable(record, "job_name"), value(record, "action"),
                nullable(record, "campaign_ref"), value(record, "outcome"), nullable(record, "http_status"),
                nullable(record, "latency_ms"), value(record, "details"), value(record, "actor"), value(record, "prev_hash"),
                value(record, "hash"));
    }

    private static @Nullable String nullable(CSVRecord record, String column) {
        String cell = record.get(column);
        return NULL.equals(cell) ? null : SpreadsheetSafeCells.restored(cell);
    }

    private static String value(CSVRecord record, String column) {
        String value = nullable(record, column);
        return value == null ? "" : value;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String howToCheck() {
        return """
                cxone-batch audit export: how to check it without the database
                ===============================================================

                1. manifest.json names the SHA-256 of every other file: `sha256sum audit-events.csv HOW-TO-CHECK.txt`.
                2. audit-events.csv holds one row per audit record row, in chain order, each column as its hash covered
                   it. A null column is written \\N; a cell that starts with a quote, or with = + - @, a tab or a carriage
                   return, was written after one more quote (so a spreadsheet shows it as text): drop that first quote.
                3. Each row's hash is the hex SHA-256 of the UTF-8 text
                     audit_event/v1|F(prev_hash)|F(id)|F(occurred_at)|F(recorded_at)|F(job_execution_id)|F(job_name)
                     |F(action)|F(campaign_ref)|F(outcome)|F(http_status)|F(latency_ms)|F(details)|F(actor)
                   (one line, no spaces), where F(v) is the number of characters of v, a colon and v, and F(null) is ~.
                4. Each row's prev_hash is the hash of the row before it; the first row's is the manifest's
                   firstPrevHash (64 zeros when the export starts at the first row ever), the last row's hash its lastHash.
                   An audit anchor (docs/compliance.md) taken within the range names one of these rows and its hash.

                `cxone-batch audit verify-export DIR` does all of this.
                """;
    }
}
