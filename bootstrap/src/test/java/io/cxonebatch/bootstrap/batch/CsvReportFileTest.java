package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportFileTest {

    @TempDir
    Path dir;

    @Test
    void theReportAppearsOnlyOnCommitAsRfc4180Csv() throws Exception {
        Path target = dir.resolve("reports/run-1.csv");
        try (CsvReportFile report = CsvReportFile.open(target, List.of("line", "note"))) {
            report.print(List.of("2", "a, \"quoted\" note"));
            assertThat(target).doesNotExist();
            assertThat(report.commit()).isEqualTo(target.toAbsolutePath());
        }

        assertThat(Files.readString(target)).isEqualTo("line,note\r\n2,\"a, \"\"quoted\"\" note\"\r\n");
        assertThat(dir.resolve("reports/run-1.csv.tmp")).doesNotExist();
    }

    @Test
    void withoutACommitThePreviousReportStaysWholeAndTheTemporaryFileGoes() throws Exception {
        Path target = dir.resolve("run-1.csv");
        Files.writeString(target, "previous");
        try (CsvReportFile report = CsvReportFile.open(target, List.of("line"))) {
            report.print(List.of("2"));
        }

        assertThat(Files.readString(target)).isEqualTo("previous");
        assertThat(dir.resolve("run-1.csv.tmp")).doesNotExist();
    }
}
