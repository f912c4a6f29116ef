package io.cxonebatch.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void columnsAreAsWideAsTheirWidestCellAndTheLastIsNotPadded() {
        StringWriter out = new StringWriter();

        new TextTable("A", "LONG HEADER", "LAST").row("wide value", 1, "x").row(null, "b", "a longer last value")
                .print(new PrintWriter(out, true));

        assertThat(out.toString().lines()).containsExactly(
                "A           LONG HEADER  LAST",
                "wide value  1            x",
                "-           b            a longer last value");
    }

    @Test
    void aRowMustHaveOneCellPerColumn() {
        assertThatThrownBy(() -> new TextTable("A", "B").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
