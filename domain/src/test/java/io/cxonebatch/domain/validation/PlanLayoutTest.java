package io.cxonebatch.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanLayoutTest {

    private final PlanLayout layout = new PlanLayout("pacing plan", List.of("campaign", "timezone", "queue_priority"),
            Set.of("campaign", "timezone"));

    @Test
    void matchesHeadersCaseInsensitivelyInAnyOrderIgnoringAByteOrderMark() {
        var positions = layout.resolveHeader(List.of("\uFEFFTimeZone", " CAMPAIGN ")).valueOrThrow();

        assertThat(positions).containsEntry("timezone", 0).containsEntry("campaign", 1).hasSize(2);
    }

    @Test
    void namesEveryUnknownRepeatedAndMissingColumnAtOnce() {
        var result = layout.resolveHeader(List.of("campaign", "Campaign", "colour"));

        assertThat(result.violations()).extracting(Violation::code)
                .containsExactly("DUPLICATE_COLUMN", "UNKNOWN_COLUMN", "MISSING_COLUMN");
        assertThat(result.violations()).extracting(Violation::message).containsExactly(
                "pacing plan has column 'Campaign' more than once (also as 'campaign')",
                "pacing plan has unknown column 'colour'; known columns are campaign, timezone, queue_priority",
                "pacing plan lacks required column 'timezone'");
    }

    @Test
    void requiredColumnsMustBeKnownColumns() {
        assertThatThrownBy(() -> new PlanLayout("plan", List.of("a"), Set.of("b")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
