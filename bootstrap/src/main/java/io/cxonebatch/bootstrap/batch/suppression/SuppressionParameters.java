package io.cxonebatch.bootstrap.batch.suppression;

import io.cxonebatch.application.suppression.SuppressionJob;
import io.cxonebatch.application.suppression.port.in.DncFile;
import io.cxonebatch.bootstrap.batch.JobParameterValues;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * The parameters of one suppression-crossref run.
 *
 * @param lists {@code lists=ID;ID…}: the contact lists to check; empty means every list the registry's campaigns dial
 * @param region {@code region=…}: only contacts whose {@code region} field is this can be eligible; null for all
 * @param dncFiles {@code dnc=FILE;FILE…} with {@code dncAsOf=YYYY-MM-DD} (one date for all, or one per file)
 */
record SuppressionParameters(List<String> lists, @Nullable String region, List<DncFile> dncFiles) {

    static final String LISTS = "lists";
    static final String REGION = "region";
    static final String DNC = "dnc";
    static final String DNC_AS_OF = "dncAsOf";

    static SuppressionParameters of(JobParameters parameters) {
        List<String> files = split(parameters.getString(DNC));
        List<String> dates = split(parameters.getString(DNC_AS_OF));
        if (!files.isEmpty() && dates.isEmpty()) {
            throw new IllegalArgumentException("dnc=" + String.join(";", files) + " needs dncAsOf=YYYY-MM-DD, the date of the copy"
                    + " (how old it may be is cxone-batch.suppression.max-source-age, 31 days by default)");
        }
        if (files.isEmpty() && !dates.isEmpty()) {
            throw new IllegalArgumentException("dncAsOf=" + String.join(";", dates) + " dates no file: name the files with dnc=FILE;FILE");
        }
        if (dates.size() > 1 && dates.size() != files.size()) {
            throw new IllegalArgumentException("dncAsOf names " + dates.size() + " dates for " + files.size()
                    + " dnc files: give one date for all, or one per file in the same order");
        }
        List<DncFile> dncFiles = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            dncFiles.add(new DncFile(files.get(i), date(dates.get(dates.size() == 1 ? 0 : i))));
        }
        String region = parameters.getString(REGION);
        return new SuppressionParameters(split(parameters.getString(LISTS)),
                region == null || region.isBlank() ? null : region.strip(), dncFiles);
    }

    static JobParametersValidator validator() {
        return JobParameterValues.validator(SuppressionJob.NAME, Set.of(LISTS, REGION, DNC, DNC_AS_OF),
                "lists=ID;ID, region=REGION, dnc=FILE;FILE, dncAsOf=YYYY-MM-DD", SuppressionParameters::of);
    }

    private static List<String> split(@Nullable String value) {
        return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("dncAsOf=" + value + " is not a date YYYY-MM-DD");
        }
    }
}
