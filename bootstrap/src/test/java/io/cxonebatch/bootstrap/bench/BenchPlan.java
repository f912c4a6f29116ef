package io.cxonebatch.bootstrap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A generated campaign plan: every row valid, no two windows clashing, one predictive row in three (each on one of
 * the sandbox's lists, a day of its own), so that a correct run provisions every row.
 *
 * @param rows how many rows the file holds
 */
record BenchPlan(Path file, int rows) {

    private static final String HEADER = "external_key,name,type,skills,timezone,start_local,end_local,abandon_threshold,"
            + "predictive_rate,max_concurrent_calls,target_list_id,queue_id,activate";
    private static final String[] LISTS = {"list_east", "list_west", "list_central"};

    BenchPlan {
        if (rows < 1) {
            throw new IllegalArgumentException("a plan needs at least one row, got " + rows);
        }
    }

    /** Writes a plan of {@code rows} rows to {@code file}. */
    static BenchPlan write(Path file, int rows) {
        LocalDate first = LocalDate.of(2027, 1, 4);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                boolean predictive = i % 3 == 0;
                String date = first.plusDays(predictive ? i / 9 : 0).toString();
                out.write(String.format("BENCH-%06d,Bench campaign %06d,%s,OUTBOUND_SALES,America/Chicago,%sT09:00,%sT17:00,%s,%s,%s,%s,,false%n",
                        i, i, predictive ? "PREDICTIVE" : "PROGRESSIVE", date, date,
                        predictive ? "0.02" : "", predictive ? "1.2" : "", predictive ? "25" : "",
                        predictive ? LISTS[(i / 3) % 3] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plan " + file, e);
        }
        return new BenchPlan(file, rows);
    }

    /** Rows that need a dialer rule: the predictive ones. */
    long predictiveRows() {
        return (rows + 2L) / 3;
    }
}
