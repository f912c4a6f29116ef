package io.cxonebatch.bootstrap.batch.provisioning;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Generated campaign plans: every row valid, no two windows clashing, one predictive row in three. */
public final class PlanFiles {

    static final String HEADER = "external_key,name,type,skills,timezone,start_local,end_local,abandon_threshold,"
            + "predictive_rate,max_concurrent_calls,target_list_id,queue_id,activate";

    private PlanFiles() {
    }

    /** Writes {@code rows} rows; predictive rows take turns on the sandbox's lists, one day apart on each. */
    public static Path write(Path file, int rows) throws IOException {
        String[] lists = {"list_east", "list_west", "list_central"};
        LocalDate first = LocalDate.of(2027, 1, 4);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                boolean predictive = i % 3 == 0;
                // Each list gets every third predictive row, each on a day of its own.
                LocalDate day = first.plusDays(predictive ? i / 9 : 0);
                String date = day.toString();
                out.write(String.format("GEN-%06d,Generated campaign %06d,%s,OUTBOUND_SALES,America/Chicago,%sT09:00,%sT17:00,%s,%s,%s,%s,,false%n",
                        i, i, predictive ? "PREDICTIVE" : "PROGRESSIVE", date, date,
                        predictive ? "0.02" : "", predictive ? "1.2" : "", predictive ? "25" : "",
                        predictive ? lists[(i / 3) % 3] : ""));
            }
        }
        return file;
    }

    public static long predictiveRows(int rows) {
        return (rows + 2) / 3;
    }
}
