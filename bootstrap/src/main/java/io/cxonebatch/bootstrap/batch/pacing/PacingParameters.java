package io.cxonebatch.bootstrap.batch.pacing;

import io.cxonebatch.application.pacing.PacingJob;
import io.cxonebatch.bootstrap.batch.ItemReportTasklet;
import io.cxonebatch.bootstrap.batch.JobParameterValues;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * The parameters of one dialer-parameter-update run.
 *
 * @param plan the pacing plan file ({@code plan=FILE})
 * @param dryRun {@code dryRun=true}: validate and read each campaign's settings, list what would change, change nothing
 */
record PacingParameters(Path plan, boolean dryRun) {

    static final String PLAN = "plan";
    static final String DRY_RUN = "dryRun";

    static PacingParameters of(JobParameters parameters) {
        return new PacingParameters(
                Path.of(JobParameterValues.required(parameters, PLAN, PacingJob.NAME + " needs plan=FILE, the pacing plan to apply")),
                JobParameterValues.bool(parameters, DRY_RUN, false));
    }

    /** What the report says the run was about: the file and whether it was a dry run. */
    static ItemReportTasklet.Input reportInput(RunIdentity run) {
        PacingParameters parameters = of(run.parameters());
        return new ItemReportTasklet.Input(parameters.plan().toString(), parameters.dryRun());
    }

    static JobParametersValidator validator() {
        return JobParameterValues.validator(PacingJob.NAME, Set.of(PLAN, DRY_RUN), "plan=FILE, dryRun=true|false",
                PacingParameters::of);
    }
}
