package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.application.adherence.AdherenceJob;
import io.cxonebatch.application.assignment.AssignmentJob;
import io.cxonebatch.application.monitor.MonitorJob;
import io.cxonebatch.application.pacing.PacingJob;
import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.application.retention.RetentionJob;
import io.cxonebatch.application.suppression.SuppressionJob;
import java.util.List;

/**
 * The names of the jobs this build defines, for the commands that list or check jobs without building them
 * ({@code jobs}, {@code schedules}). A test holds it equal to the jobs the application builds.
 */
public final class JobCatalog {

    private static final List<String> NAMES = List.of(AdherenceJob.NAME, AssignmentJob.NAME, ProvisioningJob.NAME, MonitorJob.NAME,
            PacingJob.NAME, RetentionJob.NAME, SuppressionJob.NAME).stream().sorted().toList();

    private JobCatalog() {
    }

    /** In alphabetical order, as {@link JobRunner#jobNames()}. */
    public static List<String> names() {
        return NAMES;
    }

    public static boolean contains(String jobName) {
        return NAMES.contains(jobName);
    }
}
