package io.cxonebatch.bootstrap.api;

import io.cxonebatch.bootstrap.batch.ExecutionHistory;
import io.cxonebatch.bootstrap.batch.JobRunner;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/jobs}: the jobs with their last executions, and launching one. */
@RestController
@RequestMapping("/api/jobs")
@ConditionalOnAdminApi
class JobsController {

    private final JobRunner runner;
    private final ExecutionHistory executions;
    private final ApiRuns runs;

    JobsController(JobRunner runner, ExecutionHistory executions, ApiRuns runs) {
        this.runner = runner;
        this.executions = executions;
        this.runs = runs;
    }

    @GetMapping
    List<JobResponse> jobs() {
        return runner.jobNames().stream()
                .map(name -> new JobResponse(name, executions.last(name).map(ExecutionSummaryResponse::of).orElse(null)))
                .toList();
    }

    /**
     * 202 as soon as the run's execution exists; the run goes on in the background, and its Location tells how it went.
     * No body is a run without parameters.
     */
    @PostMapping("/{job}/executions")
    ResponseEntity<ExecutionResponse> launch(@PathVariable("job") String job,
            @RequestBody(required = false) @Nullable LaunchRequest request, Principal principal) throws Exception {
        JobExecution execution = runs.launch(job, request == null ? Map.of() : request.requiredParameters(), principal.getName());
        return ResponseEntity.accepted().location(ExecutionsController.location(execution)).body(ExecutionResponse.of(execution));
    }
}
