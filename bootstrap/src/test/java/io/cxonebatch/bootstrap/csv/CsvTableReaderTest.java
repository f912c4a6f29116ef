package io.cxonebatch.bootstrap.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {

    private static final CsvSchema SCHEMA = new CsvSchema("test plan", List.of("key", "name"), List.of("note"));

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path path = dir.resolve("plan.csv");
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    private List<CsvRow> readAll(Path path) {
        List<CsvRow> rows = new ArrayList<>();
        try (CsvTableReader reader = CsvTableReader.open(path, SCHEMA)) {
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void aFileWithoutAHeaderIsRefusedWithoutShowingTheNumberWhereTheHeaderShouldBe() throws IOException {
        Path path = file("(212) 736-0147,k1\n");

        assertThatThrownBy(() -> CsvTableReader.open(path, SCHEMA)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("unknown columns (***) ***-0147").hasMessageNotContaining("736-0147");
    }

    @Test
    void rowsStreamsEveryRowInFileOrderWithItsLine() throws IOException {
        try (CsvTableReader reader = CsvTableReader.open(file("key,name\nk1,first\n\"k2\",\"two\nlines\"\nk3,third\n"), SCHEMA)) {
            assertThat(reader.rows().map(row -> row.get("key") + "@" + row.line()).toList()).containsExactly("k1@2", "k2@3", "k3@5");
        }
    }

    @Test
    void matchesColumnsByNameCaseInsensitivelyInAnyOrder() throws IOException {
        List<CsvRow> rows = readAll(file("Name,KEY\nfirst,k1\n"));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("key")).isEqualTo("k1");
            assertThat(row.get("name")).isEqualTo("first");
            assertThat(row.get("note")).isNull();
        });
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        assertThat(readAll(file("\uFEFFkey,name\nk1,n1\n"))).singleElement()
                .satisfies(row -> assertThat(row.get("key")).isEqualTo("k1"));
    }

    @Test
    void givesEachRowTheLineItStartsOnEvenAfterAQuotedLineBreak() throws IOException {
        List<CsvRow> rows = readAll(file("key,name,note\nk1,n1,\"two\nlines\"\nk2,n2,\n"));
        assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 4L);
        assertThat(rows.get(0).get("note")).isEqualTo("two\nlines");
    }

    @Test
    void blankCellsReadAsNull() throws IOException {
        assertThat(readAll(file("key,name\nk1,  \n"))).singleElement().satisfies(row -> assertThat(row.get("name")).isNull());
    }

    @Test
    void flagsARowWithMoreCellsThanTheHeader() throws IOException {
        assertThat(readAll(file("key,name\nk1,n1,extra\n"))).singleElement()
                .satisfies(row -> assertThat(row.hasHeaderShape()).isFalse());
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path path = file("");
        assertThatThrownBy(() -> CsvTableReader.open(path, SCHEMA)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("is empty").hasMessageContaining("key, name");
    }

    @Test
    void refusesAHeaderMissingARequiredColumnAndNamesIt() throws IOException {
        Path path = file("key,note\nk1,x\n");
        assertThatThrownBy(() -> CsvTableReader.open(path, SCHEMA)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("missing required column name");
    }

    @Test
    void refusesUnknownColumnsAndNamesEveryOne() throws IOException {
        Path path = file("key,name,colour,size\nk1,n1,red,L\n");
        assertThatThrownBy(() -> CsvTableReader.open(path, SCHEMA)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("unknown columns colour, size");
    }

    @Test
    void refusesADuplicatedColumn() throws IOException {
        Path path = file("key,name,KEY\nk1,n1,k2\n");
        assertThatThrownBy(() -> CsvTableReader.open(path, SCHEMA)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("duplicate column key");
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> CsvTableReader.open(dir.resolve("nope.csv"), SCHEMA))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("does not exist");
    }

    @Test
    void refusesTextThatIsNotCsvAndSaysWhere() throws IOException {
        Path path = file("key,name\nk1,n1\nk2,\"unterminated\n");
        try (CsvTableReader reader = CsvTableReader.open(path, SCHEMA)) {
            assertThat(reader.next()).isNotNull();
            assertThatThrownBy(reader::next).isInstanceOf(UnreadableInputException.class)
                    .hasMessageContaining("near line 3").hasMessageContaining("not valid CSV");
        }
    }

    @Test
    void refusesBytesThatAreNotUtf8() throws IOException {
        Path path = dir.resolve("latin1.csv");
        Files.write(path, "key,name\nk1,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        // Decoding reads ahead, so a small file fails as it opens; a large one when the reader reaches the bytes.
        assertThatThrownBy(() -> readAll(path)).isInstanceOf(UnreadableInputException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void anUnterminatedQuoteStopsAtTheRecordBoundInsteadOfReadingTheRestOfTheFileIntoOneCell() throws IOException {
        StringBuilder content = new StringBuilder("key,name\nk1,first\nk2,\"never closed\n");
        for (int i = 0; i < 60_000; i++) {
            content.append("k").append(i).append(",a row swallowed by the open quote\n");
        }
        Path path = file(content.toString());

        assertThatThrownBy(() -> readAll(path)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("near line 3").hasMessageContaining("runs past " + CsvTableReader.MAX_RECORD_CHARS);
    }

    @Test
    void anEndlessStreamWithoutLineBreaksIsRefusedAtTheHeaderInsteadOfFillingTheHeap() {
        Path endless = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(endless), "a system with /dev/zero");

        assertThatThrownBy(() -> CsvTableReader.open(endless, SCHEMA)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("line 1").hasMessageContaining("runs past");
    }

    @Test
    void anOverlongCellIsRefusedNamingItsLineAndColumn() throws IOException {
        Path path = file("key,name\nk1,first\nk2," + "x".repeat(CsvTableReader.MAX_CELL_CHARS + 1) + "\n");

        assertThatThrownBy(() -> readAll(path)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("line 3").hasMessageContaining("name cell has " + (CsvTableReader.MAX_CELL_CHARS + 1));
    }
}
