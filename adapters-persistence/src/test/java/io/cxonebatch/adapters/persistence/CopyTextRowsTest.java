package io.cxonebatch.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CopyTextRowsTest {

    @Test
    void separatesColumnsByTabAndEndsRowsWithANewline() {
        CopyTextRows rows = new CopyTextRows();

        rows.value("job").value(42).value("a b").endRow();
        rows.value(-1).value("").endRow();

        assertThat(taken(rows)).isEqualTo("job\t42\ta b\n-1\t\n");
    }

    @Test
    void writesNullAsBackslashNAndTheTextNullAsItIs() {
        CopyTextRows rows = new CopyTextRows();

        rows.value((String) null).value("NULL").value("\\N").endRow();

        assertThat(taken(rows)).isEqualTo("\\N\tNULL\t\\\\N\n");
    }

    @Test
    void escapesBackslashTabNewlineAndCarriageReturnAndNothingElse() {
        CopyTextRows rows = new CopyTextRows();

        rows.value("a\\b\tc\nd\re\r\n\\.").value("\"quoted\" 'single' ,;|{} é 📞 \u000b\f\b").endRow();

        assertThat(taken(rows)).isEqualTo("a\\\\b\\tc\\nd\\re\\r\\n\\\\.\t\"quoted\" 'single' ,;|{} é 📞 \u000b\f\b\n");
    }

    @Test
    void refusesANulCharacter() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CopyTextRows().value("a\u0000b"))
                .withMessageContaining("NUL character");
    }

    @Test
    void refusesHalfASurrogatePairRatherThanStoreAQuestionMark() {
        CopyTextRows rows = new CopyTextRows();
        rows.value("📞".substring(0, 1)).endRow();

        assertThatIllegalArgumentException().isThrownBy(rows::takeUtf8).withMessageContaining("surrogate pair");
    }

    @Test
    void handsOnOnlyWholeRowsInUtf8AndStartsAfreshAfterwards() {
        CopyTextRows rows = new CopyTextRows();
        rows.value("📞").endRow();

        assertThat(rows.takeUtf8()).isEqualTo("📞\n".getBytes(StandardCharsets.UTF_8));
        assertThat(rows.length()).isZero();
        rows.value("half");
        assertThatIllegalStateException().isThrownBy(rows::takeUtf8);
    }

    private static String taken(CopyTextRows rows) {
        return new String(rows.takeUtf8(), StandardCharsets.UTF_8);
    }
}
