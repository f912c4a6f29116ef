package io.cxonebatch.application.kit.staging;

import io.cxonebatch.application.kit.InputLine;
import io.cxonebatch.application.kit.NewItem;
import io.cxonebatch.application.kit.RowRejection;
import io.cxonebatch.application.kit.StepTally;

import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.staging.StageItemsPort;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Stages an input file's lines as they stream by, checked by the job's rule, a thousand at a time (one COPY each),
 * auditing every rejected line; so a file of any length goes through in bounded memory.
 */
public final class InputStaging {

    public static final int BATCH = 1_000;

    private final StageItemsPort staging;
    private final AppendAuditEventsPort audit;
    private final Clock clock;
    private final String jobName;
    private final Enum<?> validationStage;

    /** @param validationStage the job's stage that rejects a line as read */
    public InputStaging(StageItemsPort staging, AppendAuditEventsPort audit, Clock clock, String jobName, Enum<?> validationStage) {
        this.staging = staging;
        this.audit = audit;
        this.clock = clock;
        this.jobName = jobName;
        this.validationStage = validationStage;
    }

    /**
     * Forgets whatever the run staged before (a restarted step stages the file again from the top), then stages every
     * line as {@code check} judges it.
     */
    public StepTally stage(long runId, long jobExecutionId, Iterator<InputLine> lines, Function<InputLine, NewItem> check) {
        List<NewItem> batch = new ArrayList<>(BATCH);
        List<AuditEvent> rejections = new ArrayList<>();
        long read = 0;
        staging.clearRun(runId);
        while (lines.hasNext()) {
            NewItem item = check.apply(lines.next());
            read++;
            batch.add(item);
            if (!item.isValid()) {
                rejections.add(RowRejection.event(jobName, clock.instant(), jobExecutionId, item.key(), item.ref(),
                        validationStage, item.violations()));
            }
            if (batch.size() == BATCH) {
                flush(runId, batch, rejections);
            }
        }
        flush(runId, batch, rejections);
        return new StepTally(read, read);
    }

    private void flush(long runId, List<NewItem> batch, List<AuditEvent> rejections) {
        if (!batch.isEmpty()) {
            staging.stage(jobName, runId, batch);
            batch.clear();
        }
        if (!rejections.isEmpty()) {
            audit.append(rejections);
            rejections.clear();
        }
    }
}
