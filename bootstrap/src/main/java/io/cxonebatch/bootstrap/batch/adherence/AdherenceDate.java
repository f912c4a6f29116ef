package io.cxonebatch.bootstrap.batch.adherence;

import io.cxonebatch.application.adherence.AdherenceJob;
import io.cxonebatch.application.adherence.service.AdherenceService;
import io.cxonebatch.bootstrap.batch.JobParameterValues;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The run's business date: {@code date=YYYY-MM-DD}, else yesterday in the business zone, resolved once when the run
 * first starts and kept in the job's execution context, so that a restart the next day reports the same date.
 */
final class AdherenceDate implements JobExecutionListener {

    static final String DATE = "date";
    private static final String KEY = "adherence.date";

    private final Clock clock;
    private final ZoneId businessZone;
    private final JobRepository jobRepository;

    AdherenceDate(Clock clock, ZoneId businessZone, JobRepository jobRepository) {
        this.clock = clock;
        this.businessZone = businessZone;
        this.jobRepository = jobRepository;
    }

    static JobParametersValidator validator() {
        return JobParameterValues.validator(AdherenceJob.NAME, Set.of(DATE), "date=YYYY-MM-DD", AdherenceDate::given);
    }

    private static LocalDate given(JobParameters parameters) {
        String text = parameters.getString(DATE);
        try {
            return text == null ? LocalDate.MIN : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(AdherenceJob.NAME + " date=" + text + " is not a date as YYYY-MM-DD", e);
        }
    }

    @Override
    public void beforeJob(JobExecution execution) {
        if (!execution.getExecutionContext().containsKey(KEY)) {
            String given = execution.getJobParameters().getString(DATE);
            LocalDate date = given == null ? AdherenceService.yesterday(clock, businessZone) : LocalDate.parse(given.strip());
            execution.getExecutionContext().putString(KEY, date.toString());
            // Saved now, not after the first step: a run killed in its first step restarts on its own date.
            jobRepository.updateExecutionContext(execution);
        }
    }

    static LocalDate of(JobExecution execution) {
        return LocalDate.parse(execution.getExecutionContext().getString(KEY));
    }
}
