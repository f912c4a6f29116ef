package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

class RunLoggingContextTest {

    private final RunLoggingContext context = new RunLoggingContext();
    private final JobExecution execution = new JobExecution(42, new JobInstance(7, "some-job"), new JobParameters());
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @AfterEach
    void clear() {
        MDC.clear();
        pool.shutdownNow();
    }

    @Test
    void namesTheJobAndTheExecutionFromTheRunsStartToItsEnd() {
        context.beforeJob(execution);
        assertThat(MDC.get(RunLoggingContext.JOB_NAME)).isEqualTo("some-job");
        assertThat(MDC.get(RunLoggingContext.JOB_EXECUTION_ID)).isEqualTo("42");

        context.afterJob(execution);
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void anItemNamesItsCampaignWhileItsWorkRunsAndNoLonger() {
        Function<String, String> work = RunLoggingContext.forCampaign(item -> item, item -> MDC.get(RunLoggingContext.CAMPAIGN));

        assertThat(work.apply("Q4-EAST")).isEqualTo("Q4-EAST");
        assertThat(MDC.get(RunLoggingContext.CAMPAIGN)).isNull();
    }

    @Test
    void anItemThreadRunsWithTheContextOfTheStepThatSubmittedItAndKeepsNoneOfItAfterwards() throws Exception {
        LoggingContextDecorator decorator = new LoggingContextDecorator();
        context.beforeJob(execution);
        CompletableFuture<Map<String, String>> seen = new CompletableFuture<>();
        pool.execute(decorator.decorate(() -> seen.complete(MDC.getCopyOfContextMap())));
        context.afterJob(execution);

        assertThat(seen.get(5, TimeUnit.SECONDS)).containsEntry(RunLoggingContext.JOB_NAME, "some-job")
                .containsEntry(RunLoggingContext.JOB_EXECUTION_ID, "42");
        CompletableFuture<Map<String, String>> later = new CompletableFuture<>();
        pool.execute(() -> later.complete(MDC.getCopyOfContextMap()));
        assertThat(later.get(5, TimeUnit.SECONDS)).as("the pool thread's own context afterwards").isNullOrEmpty();
    }
}
