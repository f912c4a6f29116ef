package io.cxonebatch.bootstrap.api;

import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.bootstrap.batch.JobResults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.http.MediaType;

/**
 * The report files of an execution, as its result records them ({@link JobResults}), and only those inside the reports
 * directory. A name asked for is looked up among the execution's own files and never resolved against a directory, and
 * a recorded file whose real place is outside the reports directory (a symbolic link, a path from elsewhere) is
 * neither listed nor served.
 */
final class ReportFiles {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final Path reportsDir;

    ReportFiles(Path reportsDir) {
        this.reportsDir = reportsDir;
    }

    /** The execution's report files that exist in the reports directory, by their real paths, in the order written. */
    List<Path> of(JobExecution execution) {
        Optional<Path> dir = realDir();
        if (dir.isEmpty()) {
            return List.of();
        }
        return JobResults.of(execution).map(JobResult::filesWritten).orElse(List.of()).stream()
                .flatMap(recorded -> realFileIn(dir.get(), recorded).stream()).toList();
    }

    /** The execution's report file of that name, when it has one. */
    Optional<Path> named(JobExecution execution, String name) {
        return of(execution).stream().filter(file -> file.getFileName().toString().equals(name)).findFirst();
    }

    static MediaType mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        return name.endsWith(".html") ? HTML : MediaType.APPLICATION_OCTET_STREAM;
    }

    private Optional<Path> realDir() {
        try {
            return Optional.of(reportsDir.toRealPath());
        } catch (IOException noReportsYet) {
            return Optional.empty();
        }
    }

    private static Optional<Path> realFileIn(Path dir, String recorded) {
        try {
            Path real = Path.of(recorded).toRealPath();
            return real.startsWith(dir) && !real.equals(dir) && Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException | InvalidPathException goneOrNotAPath) {
            return Optional.empty();
        }
    }
}
