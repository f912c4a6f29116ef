package io.cxonebatch.bootstrap.batch.suppression;

import io.cxonebatch.application.suppression.port.in.CheckContactListsUseCase;
import io.cxonebatch.application.suppression.port.in.LoadSuppressionSourcesUseCase;
import io.cxonebatch.bootstrap.batch.RunIdentity;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 4: matches each list that was read in the database, one list per transaction, replacing that list's stored
 * result with this run's; a list that failed to be read keeps its previous result. Stale do-not-call copies are
 * refused again first, in case this is a restart days later.
 */
final class MatchTasklet implements Tasklet {

    private static final String MATCHED = "match.lists";

    private final CheckContactListsUseCase lists;
    private final LoadSuppressionSourcesUseCase sources;

    MatchTasklet(CheckContactListsUseCase lists, LoadSuppressionSourcesUseCase sources) {
        this.lists = lists;
        this.sources = sources;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunIdentity run = RunIdentity.of(chunkContext);
        CrossrefNotes job = CrossrefNotes.of(run.step().getJobExecution());
        ExecutionContext step = run.step().getExecutionContext();
        CrossrefNotes notes = CrossrefNotes.of(step);
        List<String> toMatch = job.lists().stream().filter(id -> !job.failedLists().containsKey(id)).toList();
        int index = step.getInt(MATCHED, 0);
        if (index == 0) {
            refuseWhatCannotBeMatched(run, job);
        }
        if (index < toMatch.size()) {
            notes.checked(lists.matchList(run.runId(), run.jobExecutionId(), toMatch.get(index),
                    SuppressionParameters.of(run.parameters()).region()));
            step.putInt(MATCHED, index + 1);
            contribution.incrementWriteCount(1);
            if (index + 1 < toMatch.size()) {
                return RepeatStatus.CONTINUABLE;
            }
        }
        notes.copyTo(job);
        return RepeatStatus.FINISHED;
    }

    /**
     * A restart may come days after the sources were loaded: a do-not-call copy that has since grown too old is
     * refused here too. And a run whose contacts step left no lists behind (killed as it finished) cannot be matched.
     */
    private void refuseWhatCannotBeMatched(RunIdentity run, CrossrefNotes job) {
        sources.refusal(SuppressionParameters.of(run.parameters()).dncFiles()).ifPresent(why -> {
            throw new SourceRefusedException("Refused before anything was matched: " + why);
        });
        if (!job.listsKnown()) {
            throw new IllegalStateException("the contacts step of this run left no record of its lists; start a new run");
        }
    }
}
