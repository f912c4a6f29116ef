package io.cxonebatch.application.provisioning.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.InputLine;
import io.cxonebatch.application.kit.NewItem;
import io.cxonebatch.domain.validation.Violation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanLineCheckTest {

    private final PlanLineCheck check = new PlanLineCheck(PlanRowFixtures.planRows());

    private static InputLine line(long number, Map<String, String> cells) {
        return new InputLine(number, cells, cells.size(), cells.size());
    }

    private static Map<String, String> row(String key) {
        return PlanRowFixtures.predictive(key, "queue-" + key, "2026-09-15T08:00", "2026-09-15T17:00");
    }

    @Test
    void aValidRowIsStagedPendingWithItsKeyAndCells() {
        NewItem item = check.check(line(2, row("K-1")));

        assertThat(item.isValid()).isTrue();
        assertThat(item.rejectedAt()).isNull();
        assertThat(item.key()).isEqualTo(2);
        assertThat(item.ref()).isEqualTo("K-1");
        assertThat(item.fields()).containsEntry("name", "Campaign K-1");
    }

    @Test
    void aKeyUsedTwiceIsRejectedOnTheSecondLineNamingTheFirst() {
        check.check(line(2, row("K-1")));
        Map<String, String> again = row("K-1");
        again.put("name", "Another name");

        NewItem second = check.check(line(5, again));

        assertThat(second.rejectedAt()).isEqualTo("VALIDATION");
        assertThat(second.violations()).extracting(Violation::code).containsExactly(PlanLineCheck.DUPLICATE_EXTERNAL_KEY);
        assertThat(second.violations().get(0).message()).contains("line 2");
    }

    @Test
    void aNameUsedTwiceIsRejectedBecauseTheSecondRowWouldAdoptTheFirstRowsCampaign() {
        check.check(line(2, row("K-1")));
        Map<String, String> sameName = row("K-2");
        sameName.put("name", "Campaign K-1");

        assertThat(check.check(line(3, sameName)).violations()).extracting(Violation::code)
                .containsExactly(PlanLineCheck.DUPLICATE_NAME);
    }

    @Test
    void aNulCharacterIsReplacedAndTheRowRejectedRatherThanTheWholePlanFailed() {
        Map<String, String> cells = row("K-1");
        cells.put("description", "bad\u0000text");

        NewItem item = check.check(line(2, cells));

        assertThat(item.violations()).extracting(Violation::code).containsExactly(InputLine.NUL_CHARACTER);
        assertThat(item.fields().get("description")).isEqualTo("bad\uFFFDtext");
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsRejectedWithEveryOtherReasonToo() {
        Map<String, String> cells = row("K-1");
        cells.remove("queue_id");
        cells.put("max_concurrent_calls", "not a number");

        NewItem item = check.check(new InputLine(2, cells, cells.size() + 2, cells.size()));

        assertThat(item.violations()).extracting(Violation::code).contains(InputLine.ROW_SHAPE_MISMATCH).hasSizeGreaterThan(1);
    }

    @Test
    void blankCellsAreLeftOutAndCountAsAbsent() {
        Map<String, String> cells = row("K-1");
        cells.put("description", "   ");

        NewItem item = check.check(line(2, cells));

        assertThat(item.isValid()).isTrue();
        assertThat(item.fields()).doesNotContainKey("description");
    }
}
