package io.cxonebatch.bootstrap.batch.assignment;

import io.cxonebatch.application.assignment.AssignmentJob;
import io.cxonebatch.bootstrap.batch.ItemReportTasklet;
import io.cxonebatch.bootstrap.batch.JobParameterValues;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * The parameters of one agent-assignment run.
 *
 * @param roster the agent roster file ({@code roster=FILE})
 * @param dryRun {@code dryRun=true}: validate and list what each campaign would be sent, with no dispatch
 */
record AssignmentParameters(Path roster, boolean dryRun) {

    static final String ROSTER = "roster";
    static final String DRY_RUN = "dryRun";

    static AssignmentParameters of(JobParameters parameters) {
        return new AssignmentParameters(
                Path.of(JobParameterValues.required(parameters, ROSTER, AssignmentJob.NAME + " needs roster=FILE, the agent roster to apply")),
                JobParameterValues.bool(parameters, DRY_RUN, false));
    }

    /** What the report says the run was about: the file and whether it was a dry run. */
    static ItemReportTasklet.Input reportInput(RunIdentity run) {
        AssignmentParameters parameters = of(run.parameters());
        return new ItemReportTasklet.Input(parameters.roster().toString(), parameters.dryRun());
    }

    static JobParametersValidator validator() {
        return JobParameterValues.validator(AssignmentJob.NAME, Set.of(ROSTER, DRY_RUN), "roster=FILE, dryRun=true|false",
                AssignmentParameters::of);
    }
}
