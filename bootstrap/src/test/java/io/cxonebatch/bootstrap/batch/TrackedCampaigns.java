package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.application.provisioning.ProvisioningJob;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Campaigns made the way a user makes them: a plan provisioned by campaign-provisioning, so that they are in CXone
 * (the sandbox) and in the registry. Predictive campaigns are {@code PRED-0001…} on list_east, preview ones
 * {@code PREV-0001…} on list_preview, each on a day (and a queue) of its own, 08:00–17:00 New York, none activated.
 */
public final class TrackedCampaigns {

    public static final String HEADER = "external_key,name,type,skills,timezone,start_local,end_local,abandon_threshold,"
            + "predictive_rate,max_concurrent_calls,target_list_id,queue_id,contact_list_id,agent_count,activate";

    private TrackedCampaigns() {
    }

    public static String predictiveKey(int n) {
        return String.format("PRED-%04d", n);
    }

    public static String previewKey(int n) {
        return String.format("PREV-%04d", n);
    }

    public static String previewName(int n) {
        return "Preview campaign " + String.format("%04d", n);
    }

    /** Provisions the campaigns and fails unless every row was provisioned. */
    public static void provision(JobHarness harness, Path dir, int predictive, int preview) throws Exception {
        Path plan = dir.resolve("tracked-campaigns.csv");
        LocalDate first = LocalDate.of(2027, 1, 4);
        try (Writer out = Files.newBufferedWriter(plan, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (int n = 1; n <= predictive; n++) {
                String day = first.plusDays(n).toString();
                out.write(String.format("%s,Pacing campaign %04d,PREDICTIVE,OUTBOUND_SALES,America/New_York,%sT08:00,%sT17:00,"
                        + "0.02,1.2,25,list_east,queue_pred_%d,,,false%n", predictiveKey(n), n, day, day, n));
            }
            for (int n = 1; n <= preview; n++) {
                String day = first.plusDays(n).toString();
                out.write(String.format("%s,%s,PREVIEW,OUTBOUND_PREVIEW,America/New_York,%sT08:00,%sT17:00,,,,,queue_prev_%d,"
                        + "list_preview,5,false%n", previewKey(n), previewName(n), day, day, n));
            }
        }
        JobExecution execution = harness.run(ProvisioningJob.NAME, Map.of("plan", plan.toString()));
        long provisioned = harness.jdbc().sql("SELECT count(*) FROM plan_row WHERE run_id = ? AND status = 'PROVISIONED'")
                .param(execution.getJobInstance().getInstanceId()).query(Long.class).single();
        if (execution.getStatus() != BatchStatus.COMPLETED || provisioned != predictive + preview) {
            throw new IllegalStateException("provisioning the tracked campaigns gave " + execution.getStatus() + " with "
                    + provisioned + " of " + (predictive + preview) + " provisioned; see " + harness.dataDir.resolve("test.log"));
        }
    }

    /** A file with this header and these rows, one per line. */
    public static Path file(Path file, String header, Iterable<String> rows) throws IOException {
        StringBuilder text = new StringBuilder(header).append('\n');
        rows.forEach(row -> text.append(row).append('\n'));
        return Files.writeString(file, text);
    }
}
