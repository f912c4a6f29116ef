package io.cxonebatch.bootstrap.batch;

import io.cxonebatch.application.kit.PageCursor;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * A step that works through a paged listing one page per transaction: each call handles the page at the saved
 * cursor and saves the cursor of the next in the step's execution context, which Spring Batch commits in the same
 * transaction as whatever the page wrote. A crash (even {@code kill -9}) therefore loses at most the page in hand,
 * and {@code restart} reads on from the last committed page instead of from the first.
 */
public final class PageByPageTasklet implements Tasklet {

    /** Handles the page at the cursor (the first page when it is null) and says where the next one starts. */
    @FunctionalInterface
    public interface PageWork {

        /** @return the next page's cursor; null after the last page */
        @Nullable PageCursor handle(@Nullable PageCursor cursor, StepContribution contribution);
    }

    private final String cursorKey;
    private final String doneKey;
    private final PageWork work;

    /** @param name distinguishes this step's keys in its execution context */
    public PageByPageTasklet(String name, PageWork work) {
        this.cursorKey = name + ".cursor";
        this.doneKey = name + ".done";
        this.work = work;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        if (context.containsKey(doneKey)) {
            return RepeatStatus.FINISHED;
        }
        String saved = context.getString(cursorKey, "");
        PageCursor current = saved.isEmpty() ? null : new PageCursor(saved);
        PageCursor next = work.handle(current, contribution);
        if (next != null && next.equals(current)) {
            // Read again, the page would be staged again on every call: stop instead of looping.
            throw new IllegalStateException("the listing names page '" + next + "' as the page after itself");
        }
        if (next == null) {
            context.putString(doneKey, "true");
            return RepeatStatus.FINISHED;
        }
        context.putString(cursorKey, next.value());
        return RepeatStatus.CONTINUABLE;
    }
}
