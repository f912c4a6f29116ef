package io.cxonebatch.bootstrap.batch.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.domain.schedule.ConflictScope;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class ProvisioningParametersTest {

    @Test
    void defaultsToARealRunCheckingConflictsOnSharedQueuesAndLists() {
        ProvisioningParameters parameters = ProvisioningParameters.of(parameters("plan", "plans/q4.csv"));

        assertThat(parameters.plan()).isEqualTo(Path.of("plans/q4.csv"));
        assertThat(parameters.dryRun()).isFalse();
        assertThat(parameters.conflictScope()).isEqualTo(ConflictScope.SHARED_RESOURCE);
    }

    @Test
    void readsDryRunAndConflictScopeCaseInsensitively() {
        ProvisioningParameters parameters = ProvisioningParameters.of(new JobParametersBuilder()
                .addString("plan", "q4.csv").addString("dryRun", "TRUE").addString("conflictScope", "Any").toJobParameters());

        assertThat(parameters.dryRun()).isTrue();
        assertThat(parameters.conflictScope()).isEqualTo(ConflictScope.ANY);
    }

    @Test
    void refusesARunWithoutAPlan() {
        assertThatThrownBy(() -> ProvisioningParameters.validator().validate(parameters("dryRun", "true")))
                .isInstanceOf(InvalidJobParametersException.class)
                .hasMessageContaining("needs plan=FILE");
    }

    @Test
    void refusesValuesItDoesNotUnderstand() {
        assertThatThrownBy(() -> ProvisioningParameters.validator().validate(new JobParametersBuilder()
                .addString("plan", "q4.csv").addString("dryRun", "yes").toJobParameters()))
                .hasMessageContaining("dryRun=yes is neither true nor false");
        assertThatThrownBy(() -> ProvisioningParameters.validator().validate(new JobParametersBuilder()
                .addString("plan", "q4.csv").addString("conflictScope", "skill").toJobParameters()))
                .hasMessageContaining("conflictScope=skill is neither queue nor any");
    }

    @Test
    void refusesAMisspelledParameterInsteadOfIgnoringIt() {
        assertThatThrownBy(() -> ProvisioningParameters.validator().validate(new JobParametersBuilder()
                .addString("plan", "q4.csv").addString("dry-run", "true").toJobParameters()))
                .hasMessageContaining("no parameter 'dry-run'");
    }

    @Test
    void acceptsTheRunIdEveryStartAdds() {
        assertThatCode(() -> ProvisioningParameters.validator().validate(new JobParametersBuilder()
                .addString("plan", "q4.csv").addLong("run.id", 7L).toJobParameters())).doesNotThrowAnyException();
    }

    private static JobParameters parameters(String key, String value) {
        return new JobParametersBuilder().addString(key, value).toJobParameters();
    }
}
