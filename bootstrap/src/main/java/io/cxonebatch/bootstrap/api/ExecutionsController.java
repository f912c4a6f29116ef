package io.cxonebatch.bootstrap.api;

import io.cxonebatch.bootstrap.batch.ExecutionHistory;
import io.cxonebatch.bootstrap.batch.JobRunner;
import io.cxonebatch.bootstrap.batch.NoSuchJobException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/executions}: recent executions, one in full, and stopping or restarting it. */
@RestController
@RequestMapping("/api/executions")
@ConditionalOnAdminApi
class ExecutionsController {

    private static final int MAX_LIMIT = 500;

    private final JobRunner runner;
    private final ExecutionHistory executions;
    private final ApiRuns runs;

    ExecutionsController(JobRunner runner, ExecutionHistory executions, ApiRuns runs) {
        this.runner = runner;
        this.executions = executions;
        this.runs = runs;
    }

    static URI location(JobExecution execution) {
        return URI.create("/api/executions/" + execution.getId());
    }

    /** Newest first, of every job or of {@code job}. */
    @GetMapping
    List<ExecutionSummaryResponse> recent(@RequestParam(name = "job", required = false) @Nullable String job,
            @RequestParam(name = "limit", defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit=" + limit + " is not between 1 and " + MAX_LIMIT);
        }
        if (job != null && !runner.hasJob(job)) {
            throw new NoSuchJobException(job, runner.jobNames());
        }
        return executions.newest(job == null ? runner.jobNames() : List.of(job), limit).stream().map(ExecutionSummaryResponse::of).toList();
    }

    @GetMapping("/{id}")
    ExecutionResponse execution(@PathVariable("id") long id) {
        return ExecutionResponse.of(runner.execution(id));
    }

    /** 202: the execution is STOPPING and stops at its next boundary; 409 when it is not running. */
    @PostMapping("/{id}/stop")
    ResponseEntity<ExecutionResponse> stop(@PathVariable("id") long id) throws Exception {
        return ResponseEntity.accepted().body(ExecutionResponse.of(runs.stop(id)));
    }

    /** 202 with the new execution, which goes on in the background; 409 when the run is still running or completed. */
    @PostMapping("/{id}/restart")
    ResponseEntity<ExecutionResponse> restart(@PathVariable("id") long id, Principal principal) throws Exception {
        JobExecution restarted = runs.restart(id, principal.getName());
        return ResponseEntity.accepted().location(location(restarted)).body(ExecutionResponse.of(restarted));
    }
}
