package io.cxonebatch.bootstrap.api;

import io.cxonebatch.bootstrap.batch.JobRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /api/executions/{id}/reports}: the report files an execution wrote, and each file. */
@RestController
@RequestMapping("/api/executions/{id}/reports")
@ConditionalOnAdminApi
class ReportsController {

    /**
     * A report shows what CXone and the plans hold (campaign names among them): opened in a browser it may run nothing,
     * load nothing and be taken for nothing but what it says it is.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final JobRunner runner;
    private final ReportFiles reportFiles;

    ReportsController(JobRunner runner, ReportFiles reportFiles) {
        this.runner = runner;
        this.reportFiles = reportFiles;
    }

    @GetMapping
    List<ReportResponse> reports(@PathVariable("id") long id) throws IOException {
        JobExecution execution = runner.execution(id);
        List<ReportResponse> reports = new ArrayList<>();
        for (Path file : reportFiles.of(execution)) {
            String name = file.getFileName().toString();
            reports.add(new ReportResponse(name, ReportFiles.mediaType(file).toString(), Files.size(file),
                    UriComponentsBuilder.fromPath("/api/executions/{id}/reports/{name}").buildAndExpand(id, name).encode().toUriString()));
        }
        return reports;
    }

    @GetMapping("/{name}")
    ResponseEntity<Resource> report(@PathVariable("id") long id, @PathVariable("name") String name) {
        Path file = reportFiles.named(runner.execution(id), name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Execution " + id + " has no report file named '" + name + "'"));
        ContentDisposition disposition = ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(ReportFiles.mediaType(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .body(new FileSystemResource(file));
    }
}
