package io.cxonebatch.bootstrap.api;

import io.cxonebatch.bootstrap.batch.JobAlreadyRunningException;
import io.cxonebatch.bootstrap.batch.NoSuchExecutionException;
import io.cxonebatch.bootstrap.batch.NoSuchJobException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The admin API's refusals as RFC 9457 problem details ({@code application/problem+json}), each with the reason the
 * CLI would print; Spring MVC's own (an unreadable body, a malformed id) come from the class this extends.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@ConditionalOnAdminApi
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NoSuchJobException.class)
    ProblemDetail unknownJob(NoSuchJobException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NoSuchExecutionException.class)
    ProblemDetail unknownExecution(NoSuchExecutionException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No job execution " + e.executionId());
    }

    /** A parameter the job does not take or cannot read, or a bad query parameter. */
    @ExceptionHandler({InvalidJobParametersException.class, IllegalArgumentException.class})
    ProblemDetail badRequest(Exception e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** The run is in a state that refuses what was asked: already running, not running, complete or not restartable. */
    @ExceptionHandler({JobAlreadyRunningException.class, JobExecutionAlreadyRunningException.class,
            JobExecutionNotRunningException.class, JobInstanceAlreadyCompleteException.class, JobRestartException.class})
    ProblemDetail conflict(Exception e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, innermostMessage(e));
    }

    /** Anything else is this server's fault: the log has the stack trace, the caller only that it failed. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Admin API request failed: {}", e.toString(), e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The request failed; the server's log says why");
    }

    /** Spring Batch wraps the reason a restart is refused ("already complete") in a JobRestartException of its own. */
    private static String innermostMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
