package io.cxonebatch.bootstrap.batch.provisioning;

import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.plan.NewPlanRow;
import io.cxonebatch.application.port.out.plan.PlanRowStage;
import io.cxonebatch.application.port.out.plan.StagePlanRowsPort;
import io.cxonebatch.bootstrap.batch.ProgressReporter;
import io.cxonebatch.bootstrap.csv.CsvRow;
import io.cxonebatch.bootstrap.csv.CsvSchema;
import io.cxonebatch.bootstrap.csv.CsvTableReader;
import io.cxonebatch.domain.campaign.CampaignPlanEntry;
import io.cxonebatch.domain.validation.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1: reads the plan file row by row, checks every row, and stages each as PENDING or REJECTED with all of
 * its reasons. A file that cannot be read as a campaign plan fails the step before anything is staged or any
 * call to CXone is made. Rerun from the top on restart (the step is one transaction, so a crash leaves nothing
 * half-staged). Rows are streamed: only the keys seen so far are held, to find duplicates.
 */
final class PlanValidationTasklet implements Tasklet {

    static final CsvSchema SCHEMA = new CsvSchema(CampaignPlanEntry.LAYOUT.planName(),
            CampaignPlanEntry.LAYOUT.columns().stream().filter(CampaignPlanEntry.LAYOUT.requiredColumns()::contains).toList(),
            CampaignPlanEntry.LAYOUT.columns().stream().filter(c -> !CampaignPlanEntry.LAYOUT.requiredColumns().contains(c)).toList());
    private static final int BATCH = 1_000;
    private static final char NUL = '\u0000';
    private static final char REPLACEMENT = '\uFFFD';

    private final PlanRowSpecs specs;
    private final StagePlanRowsPort rows;
    private final AppendAuditEventsPort audit;
    private final Clock clock;

    PlanValidationTasklet(PlanRowSpecs specs, StagePlanRowsPort rows, AppendAuditEventsPort audit, Clock clock) {
        this.specs = specs;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        ProvisioningParameters parameters = ProvisioningParameters.of(step.getJobParameters());
        long runId = step.getJobExecution().getJobInstance().getInstanceId();
        Map<String, Long> firstLineOfKey = new HashMap<>();
        Map<String, Long> firstLineOfName = new HashMap<>();
        List<NewPlanRow> batch = new ArrayList<>(BATCH);
        List<AuditEvent> rejections = new ArrayList<>();
        ProgressReporter progress = ProgressReporter.onStandardOutput("Validating plan", 0);
        try (CsvTableReader reader = CsvTableReader.open(parameters.plan(), SCHEMA)) {
            rows.clearRun(runId);
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                NewPlanRow staged = check(row, firstLineOfKey, firstLineOfName);
                batch.add(staged);
                contribution.incrementReadCount();
                if (!staged.isValid()) {
                    rejections.add(rejection(step.getJobExecutionId(), staged));
                }
                if (batch.size() == BATCH) {
                    flush(runId, batch, rejections, contribution);
                }
                progress.advance(1);
            }
            flush(runId, batch, rejections, contribution);
        }
        progress.finish();
        return RepeatStatus.FINISHED;
    }

    private NewPlanRow check(CsvRow row, Map<String, Long> firstLineOfKey, Map<String, Long> firstLineOfName) {
        Map<String, String> cells = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        row.cells().forEach((column, value) -> {
            if (value != null && !value.isBlank()) {
                if (value.indexOf(NUL) >= 0) {
                    // PostgreSQL cannot store U+0000; keep the row, marked, rather than fail the whole plan.
                    violations.add(Violation.of("NUL_CHARACTER", column, column + " contains a NUL character"));
                    value = value.replace(NUL, REPLACEMENT);
                }
                cells.put(column, value);
            }
        });
        if (!row.hasHeaderShape()) {
            violations.add(Violation.of("ROW_SHAPE_MISMATCH", "", "the row has " + row.cellCount()
                    + " cells but the header names " + row.columnCount() + " columns"));
        }
        violations.addAll(specs.check(row.line(), cells).violations());
        String key = stripped(cells.get(CampaignPlanEntry.EXTERNAL_KEY));
        if (key != null) {
            Long first = firstLineOfKey.putIfAbsent(key, row.line());
            if (first != null) {
                violations.add(Violation.of("DUPLICATE_EXTERNAL_KEY", CampaignPlanEntry.EXTERNAL_KEY,
                        "external_key " + key + " is already used on line " + first + " of this plan"));
            }
        }
        String name = stripped(cells.get(CampaignPlanEntry.NAME));
        if (name != null) {
            // Names are unique in the tenant: a second row of the same name would adopt the first row's campaign.
            Long first = firstLineOfName.putIfAbsent(name, row.line());
            if (first != null) {
                violations.add(Violation.of("DUPLICATE_NAME", CampaignPlanEntry.NAME,
                        "name '" + name + "' is already used on line " + first + " of this plan"));
            }
        }
        return new NewPlanRow(row.line(), key, cells, violations);
    }

    private static @Nullable String stripped(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void flush(long runId, List<NewPlanRow> batch, List<AuditEvent> rejections, StepContribution contribution) {
        if (!batch.isEmpty()) {
            rows.stageRows(runId, batch);
            contribution.incrementWriteCount(batch.size());
            batch.clear();
        }
        if (!rejections.isEmpty()) {
            audit.append(rejections);
            rejections.clear();
        }
    }

    private AuditEvent rejection(long jobExecutionId, NewPlanRow row) {
        return RowAudit.rejected(clock.instant(), jobExecutionId, row.line(), row.externalKey(), PlanRowStage.VALIDATION,
                row.violations());
    }
}
