package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.PageCursor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

class PageByPageTaskletTest {

    private final List<String> handled = new ArrayList<>();
    /** Three pages: first, "2", "3". */
    private final PageByPageTasklet tasklet = new PageByPageTasklet("pages", (cursor, contribution) -> {
        handled.add(cursor == null ? "first" : cursor.value());
        int page = cursor == null ? 1 : Integer.parseInt(cursor.value());
        return page < 3 ? new PageCursor(String.valueOf(page + 1)) : null;
    });

    private static StepExecution step() {
        return new StepExecution("pages", new JobExecution(1, new JobInstance(1, "job"), new JobParameters()));
    }

    private RepeatStatus call(StepExecution step) {
        return tasklet.execute(new StepContribution(step), new ChunkContext(new StepContext(step)));
    }

    @Test
    void oneCallHandlesOnePageAndTheLastOneFinishesTheStep() {
        StepExecution step = step();

        assertThat(call(step)).isEqualTo(RepeatStatus.CONTINUABLE);
        assertThat(call(step)).isEqualTo(RepeatStatus.CONTINUABLE);
        assertThat(call(step)).isEqualTo(RepeatStatus.FINISHED);
        assertThat(handled).containsExactly("first", "2", "3");
    }

    @Test
    void aRestartedStepReadsOnFromTheCursorItsContextHolds() {
        StepExecution crashed = step();
        call(crashed);
        StepExecution restarted = step();
        restarted.setExecutionContext(crashed.getExecutionContext());
        handled.clear();

        call(restarted);
        assertThat(call(restarted)).isEqualTo(RepeatStatus.FINISHED);
        assertThat(handled).containsExactly("2", "3");
        assertThat(call(restarted)).as("a finished listing is not read again").isEqualTo(RepeatStatus.FINISHED);
        assertThat(handled).hasSize(2);
    }
}
