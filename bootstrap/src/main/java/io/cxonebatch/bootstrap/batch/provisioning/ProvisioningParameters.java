package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.domain.schedule.ConflictScope;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
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
    private static final Set<String> KNOWN = Set.of(PLAN, DRY_RUN, CONFLICT_SCOPE, "run.id");

    static ProvisioningParameters of(JobParameters parameters) {
        String plan = parameters.getString(PLAN);
        if (plan == null || plan.isBlank()) {
            throw new IllegalArgumentException("campaign-provisioning needs plan=FILE, the campaign plan to provision");
        }
        return new ProvisioningParameters(Path.of(plan.strip()), dryRun(parameters.getString(DRY_RUN)),
                scope(parameters.getString(CONFLICT_SCOPE)));
    }

    private static boolean dryRun(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("dryRun=" + value + " is neither true nor false");
        };
    }

    private static ConflictScope scope(String value) {
        if (value == null || value.isBlank()) {
            return ConflictScope.SHARED_RESOURCE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "queue" -> ConflictScope.SHARED_RESOURCE;
            case "any" -> ConflictScope.ANY;
            default -> throw new IllegalArgumentException("conflictScope=" + value + " is neither queue nor any");
        };
    }

    /** Refuses a run with missing, malformed or unknown parameters before it starts. */
    static JobParametersValidator validator() {
        return parameters -> {
            for (var parameter : parameters.parameters()) {
                if (!KNOWN.contains(parameter.name())) {
                    throw new InvalidJobParametersException("campaign-provisioning has no parameter '" + parameter.name()
                            + "' (expected plan=FILE, dryRun=true|false, conflictScope=queue|any)");
                }
            }
            try {
                of(parameters);
            } catch (IllegalArgumentException e) {
                throw new InvalidJobParametersException(e.getMessage());
            }
        };
    }
}
