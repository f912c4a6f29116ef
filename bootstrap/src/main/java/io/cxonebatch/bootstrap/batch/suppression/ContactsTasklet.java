package io.cxonebatch.bootstrap.batch.suppression;

import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.suppression.port.in.CheckContactListsUseCase.ContactPage;
import io.cxonebatch.application.suppression.port.in.CheckContactListsUseCase.Missing;
import io.cxonebatch.application.suppression.port.in.CheckContactListsUseCase.Staged;
import io.cxonebatch.application.suppression.port.in.CheckContactListsUseCase;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import io.cxonebatch.bootstrap.batch.StepCounts;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 3: reads every page of every list to check, one page per transaction, the list and cursor committed with
 * it, so a restart reads on from the last committed page. A list CXone does not have is noted as failed and the
 * others go on.
 */
final class ContactsTasklet implements Tasklet {

    private static final String LIST = "contacts.list";
    private static final String CURSOR = "contacts.cursor";

    private final CheckContactListsUseCase lists;

    ContactsTasklet(CheckContactListsUseCase lists) {
        this.lists = lists;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunIdentity run = RunIdentity.of(chunkContext);
        ExecutionContext step = run.step().getExecutionContext();
        CrossrefNotes notes = CrossrefNotes.of(step);
        if (!notes.listsKnown()) {
            notes.lists(lists.listsToCheck(SuppressionParameters.of(run.parameters()).lists()));
        }
        List<String> toCheck = notes.lists();
        int index = step.getInt(LIST, 0);
        if (index < toCheck.size()) {
            String listId = toCheck.get(index);
            String saved = step.getString(CURSOR, "");
            ContactPage page = lists.stageContactPage(run.runId(), listId, saved.isEmpty() ? null : new PageCursor(saved));
            PageCursor next = null;
            if (page instanceof Missing missing) {
                lists.listFailed(run.runId(), run.jobExecutionId(), listId, missing.reason());
                notes.failed(listId, missing.reason());
            } else if (page instanceof Staged staged) {
                StepCounts.add(contribution, staged.page().read(), staged.page().read());
                next = staged.page().next();
            }
            step.putString(CURSOR, next == null ? "" : next.value());
            step.putInt(LIST, next == null ? index + 1 : index);
            if (next != null || index + 1 < toCheck.size()) {
                return RepeatStatus.CONTINUABLE;
            }
        }
        notes.copyTo(CrossrefNotes.of(run.step().getJobExecution()));
        return RepeatStatus.FINISHED;
    }
}
