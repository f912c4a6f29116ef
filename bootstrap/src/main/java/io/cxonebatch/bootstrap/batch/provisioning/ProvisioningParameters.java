package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.provisioning.ProvisioningJob;
import io.cxonebatch.bootstrap.batch.JobParameterValues;
import io.cxonebatch.domain.schedule.ConflictScope;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * The parameters of one campaign-provisioning run.
 *
 * @param plan the campaign plan file ({@code plan=FILE})
 * @param dryRun {@code dryRun=true}: validate, check conflicts and list what would change, without changing anything
 * @param conflictScope {@code conflictScope=queue} (the default: windows clash when they share a queue or a
 *     contact list) or {@code any} (every overlapping window clashes)
 */
record ProvisioningParameters(Path plan, boolean dryRun, ConflictScope conflictScope) {

    static final String PLAN = "plan";
    static final String DRY_RUN = "dryRun";
    static final String CONFLICT_SCOPE = "conflictScope";

    static ProvisioningParameters of(JobParameters parameters) {
        return new ProvisioningParameters(
                Path.of(JobParameterValues.required(parameters, PLAN, ProvisioningJob.NAME + " needs plan=FILE, the campaign plan to provision")),
                JobParameterValues.bool(parameters, DRY_RUN, false),
                JobParameterValues.choice(parameters, CONFLICT_SCOPE,
                        JobParameterValues.either("queue", ConflictScope.SHARED_RESOURCE, "any", ConflictScope.ANY),
                        ConflictScope.SHARED_RESOURCE));
    }

    /** Refuses a run with missing, malformed or unknown parameters before it starts. */
    static JobParametersValidator validator() {
        return JobParameterValues.validator(ProvisioningJob.NAME, Set.of(PLAN, DRY_RUN, CONFLICT_SCOPE),
                "plan=FILE, dryRun=true|false, conflictScope=queue|any", ProvisioningParameters::of);
    }
}
