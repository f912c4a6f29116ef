package io.cxonebatch.bootstrap.bench;

import io.cxonebatch.adapters.cxone.CxoneAdapter;
import io.cxonebatch.adapters.cxone.CxoneClientSettings;
import io.cxonebatch.adapters.persistence.SuppressionPersistenceAdapter;
import io.cxonebatch.application.kit.Pager;
import io.cxonebatch.application.port.out.cxone.ContactRecord;
import io.cxonebatch.application.port.out.cxone.SuppressionRecord;
import io.cxonebatch.application.port.out.suppression.ListTotals;
import io.cxonebatch.application.port.out.suppression.StagedContact;
import io.cxonebatch.application.port.out.suppression.StagedSuppression;
import io.cxonebatch.application.suppression.SuppressionJob;
import io.cxonebatch.domain.phone.PhoneNumberNormalizer;
import io.cxonebatch.domain.validation.CellParser;
import io.cxonebatch.sandbox.CxoneSandbox;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Each stage of the crossref on its own, in this JVM, not through the job: (a) every page of the suppression list
 * and of the contact list read through {@link CxoneAdapter}, built as the job builds it, and kept, nothing normalised
 * or staged; (b) {@link PhoneNumberNormalizer} over every raw number read; (c) the normalised rows staged with
 * {@link SuppressionPersistenceAdapter} a thousand at a time (the job's page), each batch its own transaction, into a
 * fresh PostgreSQL; (d) the list matched. Each is timed once, from a cold start as in the job.
 *
 * @param stages in the order they ran
 * @param matched the totals of the match, to compare with the job's
 */
record StageLimits(List<StageTime> stages, ListTotals matched) {

    static final int BATCH = 1_000;
    private static final long RUN_ID = 1;

    static StageLimits measure(CrossrefData data, CxoneSandbox sandbox, int rateLimitPerMinute, Path databaseDir) {
        CxoneClientSettings settings = CxoneClientSettings.builder(sandbox.baseUrl(), JobProcess.CLIENT_ID, JobProcess.CLIENT_SECRET)
                .rateLimitPerMinute(rateLimitPerMinute).contactPageSize(BATCH).build();
        CxoneAdapter cxone = CxoneAdapter.create(settings, new SimpleMeterRegistry());
        List<StageTime> stages = new ArrayList<>();
        Normalised rows = normalise(data, read(data, cxone, stages), stages);
        try (StageDatabase database = StageDatabase.start(databaseDir)) {
            SuppressionPersistenceAdapter staging = new SuppressionPersistenceAdapter(database.dataSource());
            long started = System.nanoTime();
            inBatches(rows.entries(), batch -> staging.stageSuppressions(RUN_ID, batch));
            stages.add(StageTime.since("(c) COPY: suppressions", rows.entries().size(), started));
            started = System.nanoTime();
            inBatches(rows.contacts(), batch -> staging.stageContacts(RUN_ID, batch));
            stages.add(StageTime.since("(c) COPY: contacts", rows.contacts().size(), started));
            started = System.nanoTime();
            ListTotals matched = staging.matchList(RUN_ID, data.listId(), null);
            stages.add(StageTime.since("(d) matching", matched.contactsRead(), started));
            return new StageLimits(stages, matched);
        }
    }

    private record Raw(List<SuppressionRecord> entries, List<ContactRecord> contacts) {
    }

    private record Normalised(List<StagedSuppression> entries, List<StagedContact> contacts) {
    }

    private static Raw read(CrossrefData data, CxoneAdapter cxone, List<StageTime> stages) {
        long started = System.nanoTime();
        List<SuppressionRecord> entries = readAll(cxone::suppressionPage);
        stages.add(StageTime.since("(a) paging + parsing: suppressions", entries.size(), started));
        started = System.nanoTime();
        List<ContactRecord> contacts = readAll(cursor -> cxone.contactPage(data.listId(), cursor));
        stages.add(StageTime.since("(a) paging + parsing: contacts", contacts.size(), started));
        return new Raw(entries, contacts);
    }

    /** Times the normaliser alone over every raw number, then builds the rows the job would stage (not timed). */
    private static Normalised normalise(CrossrefData data, Raw raw, List<StageTime> stages) {
        PhoneNumberNormalizer normalizer = new PhoneNumberNormalizer("US");
        String[] entryNumbers = new String[raw.entries().size()];
        long started = System.nanoTime();
        for (int i = 0; i < entryNumbers.length; i++) {
            entryNumbers[i] = normalizer.toE164OrNull(raw.entries().get(i).rawPhoneNumber());
        }
        stages.add(StageTime.since("(b) normalising: suppressions", entryNumbers.length, started));
        String[] contactNumbers = new String[raw.contacts().size()];
        started = System.nanoTime();
        for (int i = 0; i < contactNumbers.length; i++) {
            contactNumbers[i] = normalizer.toE164OrNull(raw.contacts().get(i).rawPhoneNumber());
        }
        stages.add(StageTime.since("(b) normalising: contacts", contactNumbers.length, started));

        List<StagedSuppression> entries = new ArrayList<>(entryNumbers.length);
        for (int i = 0; i < entryNumbers.length; i++) {
            SuppressionRecord entry = raw.entries().get(i);
            entries.add(new StagedSuppression(SuppressionJob.CXONE_SOURCE, entry.entryId(), entryNumbers[i],
                    CellParser.optional(entry.reason())));
        }
        List<StagedContact> contacts = new ArrayList<>(contactNumbers.length);
        for (int i = 0; i < contactNumbers.length; i++) {
            ContactRecord contact = raw.contacts().get(i);
            contacts.add(new StagedContact(data.listId(), contact.contactId(), contactNumbers[i], CellParser.optional(contact.region())));
        }
        return new Normalised(entries, contacts);
    }

    /** The seconds of every stage together. */
    double totalSeconds() {
        return seconds(stage -> true);
    }

    /** The seconds of the stages whose name ends in {@code ": " + input} ({@code suppressions}, {@code contacts}). */
    double secondsOf(String input) {
        return seconds(stage -> stage.stage().endsWith(": " + input));
    }

    /** The seconds of each stage, (a) to (d), both inputs together, in order. */
    Map<String, Double> secondsByStage() {
        Map<String, Double> byStage = new LinkedHashMap<>();
        stages.forEach(stage -> byStage.merge(stage.stage().split(":")[0], stage.took().toNanos() / 1e9, Double::sum));
        return byStage;
    }

    private double seconds(Predicate<StageTime> which) {
        return stages.stream().filter(which).mapToLong(stage -> stage.took().toNanos()).sum() / 1e9;
    }

    private static <T> List<T> readAll(Pager<T> pager) {
        List<T> all = new ArrayList<>();
        pager.forEachPage(all::addAll);
        return all;
    }

    private static <T> void inBatches(List<T> rows, Consumer<List<T>> stage) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            stage.accept(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}
