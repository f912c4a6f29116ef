package io.cxonebatch.application.suppression.service;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.audit.AppendAuditEventsPort;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.audit.AuditOutcome;
import io.cxonebatch.application.port.out.cxone.ReadSuppressionsPort;
import io.cxonebatch.application.port.out.cxone.SuppressionRecord;
import io.cxonebatch.application.port.out.suppression.SourceCount;
import io.cxonebatch.application.port.out.suppression.StagedSuppression;
import io.cxonebatch.application.port.out.suppression.SuppressionStagingPort;
import io.cxonebatch.application.suppression.SuppressionJob;
import io.cxonebatch.application.suppression.port.in.DncFile;
import io.cxonebatch.application.suppression.port.in.DncLine;
import io.cxonebatch.application.suppression.port.in.LoadSuppressionSourcesUseCase;
import io.cxonebatch.application.suppression.port.in.PageStaged;
import io.cxonebatch.domain.phone.PhoneNumberNormalizer;
import io.cxonebatch.domain.validation.CellParser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads every suppression source into the run's staging, each number normalised to E.164: local do-not-call files
 * (refused before anything is read when a copy is too old) and every page of CXone's own list. A number that
 * cannot be parsed is staged without one, so that it is counted per source and never silently dropped.
 */
public final class SuppressionSources implements LoadSuppressionSourcesUseCase {

    static final String SOURCE_LOADED = "SUPPRESSION_SOURCE_LOADED";
    static final int BATCH = 1_000;

    private final ReadSuppressionsPort cxone;
    private final SuppressionStagingPort staging;
    private final AppendAuditEventsPort audit;
    private final Clock clock;
    private final PhoneNumberNormalizer normalizer;
    private final SourceAge age;

    public SuppressionSources(ReadSuppressionsPort cxone, SuppressionStagingPort staging, AppendAuditEventsPort audit, Clock clock,
            PhoneNumberNormalizer normalizer, SourceAge age) {
        this.cxone = cxone;
        this.staging = staging;
        this.audit = audit;
        this.clock = clock;
        this.normalizer = normalizer;
        this.age = age;
    }

    @Override
    public Optional<String> refusal(List<DncFile> files) {
        LocalDate today = LocalDate.now(clock);
        List<String> refusals = new ArrayList<>();
        files.forEach(file -> age.refusal(file, today).ifPresent(refusals::add));
        return refusals.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", refusals));
    }

    @Override
    public SourceLoaded loadFile(long runId, long jobExecutionId, DncFile file, Iterator<DncLine> lines) {
        List<StagedSuppression> batch = new ArrayList<>(BATCH);
        long entries = 0;
        long unparseable = 0;
        while (lines.hasNext()) {
            DncLine line = lines.next();
            String source = CellParser.optional(line.source());
            StagedSuppression entry = new StagedSuppression(source == null ? file.name() : source, "line " + line.line(),
                    normalizer.toE164OrNull(line.phoneNumber()), CellParser.optional(line.reason()));
            entries++;
            unparseable += entry.e164() == null ? 1 : 0;
            batch.add(entry);
            if (batch.size() == BATCH) {
                staging.stageSuppressions(runId, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            staging.stageSuppressions(runId, batch);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", file.name());
        details.put("asOf", file.asOf().toString());
        details.put("entries", entries);
        details.put("unparseable", unparseable);
        audit.append(new AuditEvent(clock.instant(), jobExecutionId, SuppressionJob.NAME, SOURCE_LOADED, null, AuditOutcome.SUCCESS,
                null, null, details));
        return new SourceLoaded(entries, unparseable);
    }

    @Override
    public PageStaged stageCxonePage(long runId, long jobExecutionId, @Nullable PageCursor cursor) {
        Page<SuppressionRecord> page = cxone.suppressionPage(cursor);
        List<StagedSuppression> entries = new ArrayList<>(page.items().size());
        long unparseable = 0;
        for (SuppressionRecord record : page.items()) {
            String e164 = normalizer.toE164OrNull(record.rawPhoneNumber());
            unparseable += e164 == null ? 1 : 0;
            entries.add(new StagedSuppression(SuppressionJob.CXONE_SOURCE, record.entryId(), e164, CellParser.optional(record.reason())));
        }
        if (!entries.isEmpty()) {
            staging.stageSuppressions(runId, entries);
        }
        if (page.next() == null) {
            auditCxoneLoaded(runId, jobExecutionId);
        }
        return new PageStaged(page.next(), entries.size(), unparseable);
    }

    private void auditCxoneLoaded(long runId, long jobExecutionId) {
        SourceCount counts = staging.sourceCounts(runId).stream().filter(c -> c.source().equals(SuppressionJob.CXONE_SOURCE))
                .findFirst().orElse(new SourceCount(SuppressionJob.CXONE_SOURCE, 0, 0));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", SuppressionJob.CXONE_SOURCE);
        details.put("asOf", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        details.put("entries", counts.entries());
        details.put("unparseable", counts.unparseable());
        audit.append(new AuditEvent(clock.instant(), jobExecutionId, SuppressionJob.NAME, SOURCE_LOADED, null, AuditOutcome.SUCCESS,
                null, null, details));
    }
}
