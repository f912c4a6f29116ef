package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class JobParameterValuesTest {

    private static JobParameters of(String name, String value) {
        return new JobParametersBuilder().addString(name, value).toJobParameters();
    }

    @Test
    void aBooleanIsTrueOrFalseInAnyCaseAndTheDefaultWhenAbsent() {
        assertThat(JobParameterValues.bool(of("dryRun", " TRUE "), "dryRun", false)).isTrue();
        assertThat(JobParameterValues.bool(new JobParameters(), "dryRun", false)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> JobParameterValues.bool(of("dryRun", "yes"), "dryRun", false))
                .withMessage("dryRun=yes is neither true nor false");
    }

    @Test
    void aChoiceNamesItsWordsInTheOrderGiven() {
        var scopes = JobParameterValues.either("queue", 1, "any", 2);

        assertThat(JobParameterValues.choice(of("scope", "Any"), "scope", scopes, 0)).isEqualTo(2);
        assertThatIllegalArgumentException().isThrownBy(() -> JobParameterValues.choice(of("scope", "skill"), "scope", scopes, 0))
                .withMessage("scope=skill is neither queue nor any");
    }

    @Test
    void theValidatorRefusesAnUnknownParameterButKnowsTheRunId() throws Exception {
        var validator = JobParameterValues.validator("some-job", Set.of("plan"), "plan=FILE", parameters -> { });

        validator.validate(new JobParametersBuilder().addString("plan", "a.csv").addLong(JobRunner.RUN_ID, 4L).toJobParameters());
        assertThatThrownBy(() -> validator.validate(of("plna", "a.csv"))).isInstanceOf(InvalidJobParametersException.class)
                .hasMessageContaining("some-job has no parameter 'plna' (expected plan=FILE)");
    }

    @Test
    void theValidatorTurnsAParsingRefusalIntoAnInvalidParameterError() {
        var validator = JobParameterValues.validator("some-job", Set.of("plan"), "plan=FILE",
                parameters -> JobParameterValues.required(parameters, "plan", "some-job needs plan=FILE"));

        assertThatThrownBy(() -> validator.validate(new JobParameters())).isInstanceOf(InvalidJobParametersException.class)
                .hasMessage("some-job needs plan=FILE");
    }
}
