package io.cxonebatch.bootstrap.cli;

import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.StoredAuditEvent;
import io.cxonebatch.bootstrap.batch.SpreadsheetSafeCells;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/** How {@code audit events} writes what it found, a page at a time: a table for a terminal, CSV, or a JSON array. */
enum AuditEventsFormat {

    TABLE {
        @Override
        Writer writer(PrintWriter out) {
            return new Writer() {
                private boolean any;

                @Override
                public void write(List<StoredAuditEvent> events) {
                    if (!events.isEmpty() || !any) {
                        AuditCommand.Events.print(out, events);
                    }
                    any = true;
                }

                @Override
                public void close() {
                    out.flush();
                }
            };
        }
    },

    CSV {
        @Override
        Writer writer(PrintWriter out) {
            CSVPrinter printer;
            try {
                printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Writer() {
                @Override
                public void write(List<StoredAuditEvent> events) {
                    try {
                        for (StoredAuditEvent stored : events) {
                            List<String> cells = new ArrayList<>();
                            for (Object value : columnsOf(stored).values()) {
                                cells.add(value == null ? "" : SpreadsheetSafeCells.of(value instanceof Map<?, ?> details
                                        ? JSON_MAPPER.writeValueAsString(details) : String.valueOf(value)));
                            }
                            printer.printRecord(cells);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() throws IOException {
                    printer.flush();
                }
            };
        }
    },

    JSON {
        @Override
        Writer writer(PrintWriter out) {
            out.print("[");
            return new Writer() {
                private boolean first = true;

                @Override
                public void write(List<StoredAuditEvent> events) {
                    for (StoredAuditEvent stored : events) {
                        out.print(first ? "\n  " : ",\n  ");
                        out.print(JSON_MAPPER.writeValueAsString(columnsOf(stored)));
                        first = false;
                    }
                }

                @Override
                public void close() {
                    out.println(first ? "]" : "\n]");
                    out.flush();
                }
            };
        }
    };

    static final List<String> COLUMNS = List.of("id", "occurred_at", "job_name", "job_execution_id", "action", "campaign_ref",
            "outcome", "http_status", "latency_ms", "details", "hash");
    private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();

    abstract Writer writer(PrintWriter out);

    /** Takes pages of events, in order. */
    interface Writer extends AutoCloseable {

        void write(List<StoredAuditEvent> events);

        @Override
        void close() throws IOException;
    }

    private static Map<String, Object> columnsOf(StoredAuditEvent stored) {
        AuditEvent event = stored.event();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", stored.id());
        values.put("occurred_at", event.occurredAt().toString());
        values.put("job_name", event.jobName());
        values.put("job_execution_id", event.jobExecutionId());
        values.put("action", event.action());
        values.put("campaign_ref", event.campaignRef());
        values.put("outcome", event.outcome().name());
        values.put("http_status", event.httpStatus());
        values.put("latency_ms", event.latencyMillis());
        values.put("details", event.details());
        values.put("hash", stored.hash());
        return values;
    }
}
