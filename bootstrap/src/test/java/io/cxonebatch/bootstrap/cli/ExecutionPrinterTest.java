package io.cxonebatch.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.bootstrap.batch.JobRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

class ExecutionPrinterTest {

    @Test
    void statusShowsTheParametersAsGivenSortedByNameWithoutTheRunId() {
        JobParameters parameters = new JobParametersBuilder().addString("plan", "examples/campaign-plan.csv")
                .addString("dryRun", "true").addLong(JobRunner.RUN_ID, 7L).toJobParameters();
        StringWriter out = new StringWriter();

        ExecutionPrinter.details(new PrintWriter(out, true),
                new JobExecution(42L, new JobInstance(3L, "campaign-provisioning"), parameters));

        assertThat(out.toString()).contains("  parameters: dryRun=true, plan=examples/campaign-plan.csv\n")
                .doesNotContain("JobParameter", "run.id", "identifying");
    }

    @Test
    void theOrderDoesNotDependOnHowTheParametersWereAdded() {
        JobParameters one = new JobParametersBuilder().addString("b", "2").addString("a", "1").addString("c", "3")
                .toJobParameters();
        JobParameters other = new JobParametersBuilder().addString("c", "3").addString("a", "1").addString("b", "2")
                .toJobParameters();

        assertThat(ExecutionPrinter.parameters(one)).isEqualTo("a=1, b=2, c=3").isEqualTo(ExecutionPrinter.parameters(other));
    }

    @Test
    void noParametersButTheRunIdPrintsADash() {
        assertThat(ExecutionPrinter.parameters(new JobParametersBuilder().addLong(JobRunner.RUN_ID, 1L).toJobParameters()))
                .isEqualTo("-");
    }
}
