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

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreWrittenAsTextAndNumbersStayNumbers() throws Exception {
        Path target = dir.resolve("formulas.csv");
        try (CsvReportFile report = CsvReportFile.open(target, List.of("cell"))) {
            for (String cell : List.of("=HYPERLINK(\"http://x\")", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "\tTAB", "\rCR",
                    "-3.5", "+12", "plain", "")) {
                report.print(List.of(cell));
            }
            report.commit();
        }

        assertThat(Files.readAllLines(target).subList(1, 5)).containsExactly("\"'=HYPERLINK(\"\"http://x\"\")\"", "'@SUM(A1)",
                "'+cmd|' /C calc'!A0", "'-2+3");
        assertThat(Files.readString(target)).contains("\r\n'\tTAB\r\n", "\"'\rCR\"", "\r\n-3.5\r\n+12\r\nplain\r\n");
    }

    @Test
    void aReportAndItsDirectoryAreTheOwnersAlone() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = dir.resolve("private/run-1.csv");
        try (CsvReportFile report = CsvReportFile.open(target, List.of("line"))) {
            report.print(List.of("1"));
            report.commit();
        }
        Path page = CsvReportFile.write(dir.resolve("private/run-1.html"), "<p>report</p>");

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(page))).isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target.getParent())))
                .isEqualTo("rwx------");
    }
}
