package io.cxonebatch.application.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.domain.validation.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobResultTest {

    private static final List<Violation> REASONS = List.of(Violation.of("QUEUE_UNKNOWN", "queue_id", "queue q-9 does not exist"));

    private static JobResult result(long rejected, long failed) {
        return new JobResult(10, 5, 2, rejected, failed, List.of(), List.of());
    }

    @Test
    void ofCountsPlannedAsDoneAndEveryItemAsRead() {
        ItemCounts counts = new ItemCounts(Map.of(ItemStatus.PENDING, 1L, ItemStatus.DONE, 2L, ItemStatus.ALREADY_DONE, 3L,
                ItemStatus.PLANNED, 4L, ItemStatus.REJECTED, 5L, ItemStatus.FAILED, 6L));

        JobResult result = JobResult.of(counts, List.of("Plan p: 21 rows"), List.of("/out/report.csv"));

        assertThat(result.read()).isEqualTo(21);
        assertThat(result.done()).isEqualTo(6);
        assertThat(result.alreadyDone()).isEqualTo(3);
        assertThat(result.rejected()).isEqualTo(5);
        assertThat(result.failed()).isEqualTo(6);
        assertThat(result.summaryLines()).containsExactly("Plan p: 21 rows");
        assertThat(result.filesWritten()).containsExactly("/out/report.csv");
    }

    @Test
    void aStatusNoItemHasCountsZero() {
        ItemCounts counts = new ItemCounts(Map.of(ItemStatus.DONE, 3L));

        assertThat(counts.of(ItemStatus.FAILED)).isZero();
        assertThat(counts.total()).isEqualTo(3);
        assertThat(JobResult.of(counts, List.of(), List.of()).rejected()).isZero();
    }

    @Test
    void aResultIsCleanOnlyWithoutRejectedOrFailedItems() {
        assertThat(result(0, 0).clean()).isTrue();
        assertThat(result(1, 0).clean()).isFalse();
        assertThat(result(0, 1).clean()).isFalse();
    }

    @Test
    void withFailedAddsFailuresAndKeepsTheRest() {
        JobResult result = new JobResult(10, 5, 2, 1, 1, List.of("line"), List.of("/out/report.csv")).withFailed(2);

        assertThat(result).isEqualTo(new JobResult(10, 5, 2, 1, 3, List.of("line"), List.of("/out/report.csv")));
        assertThat(result(0, 0).withFailed(1).clean()).isFalse();
        assertThat(result(0, 0).withFailed(0).clean()).isTrue();
    }

    @Test
    void noCountMayBeNegative() {
        assertThatThrownBy(() -> new JobResult(-1, 0, 0, 0, 0, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobResult(0, -1, 0, 0, 0, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobResult(0, 0, -1, 0, 0, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobResult(0, 0, 0, -1, 0, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobResult(0, 0, 0, 0, -1, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> result(0, 0).withFailed(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResultKeepsItsLinesAsTheyWereHanded() {
        List<String> lines = new ArrayList<>(List.of("first"));
        JobResult result = new JobResult(1, 1, 0, 0, 0, lines, List.of());

        lines.add("second");

        assertThat(result.summaryLines()).containsExactly("first");
    }

    @Test
    void aRejectedOrFailedResultNamesTheStageAndTheReasons() {
        assertThatCode(() -> new ItemResult(1, ItemStatus.REJECTED, "CONFLICTS", REASONS, null, List.of())).doesNotThrowAnyException();
        assertThatCode(() -> new ItemResult(1, ItemStatus.FAILED, "PROVISIONING", REASONS, null, List.of())).doesNotThrowAnyException();

        for (ItemStatus problem : List.of(ItemStatus.REJECTED, ItemStatus.FAILED)) {
            assertThatThrownBy(() -> new ItemResult(1, problem, null, REASONS, null, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ItemResult(1, problem, "PROVISIONING", List.of(), null, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aSettledResultNeedsNoStageOrReasons() {
        ItemResult done = new ItemResult(3, ItemStatus.DONE, null, List.of(), "cmp-1", List.of("created"));

        assertThat(done.resultRef()).isEqualTo("cmp-1");
        assertThat(done.changes()).containsExactly("created");
    }

    @Test
    void aResultMustSettleTheItem() {
        assertThatThrownBy(() -> new ItemResult(1, ItemStatus.PENDING, null, List.of(), null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemResult(1, null, null, List.of(), null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectedMakesARejectedResultWithItsStageAndReasons() {
        ItemResult rejected = ItemResult.rejected(4, "CONFLICTS", REASONS);

        assertThat(rejected).isEqualTo(new ItemResult(4, ItemStatus.REJECTED, "CONFLICTS", REASONS, null, List.of()));
    }

    @Test
    void aValidNewItemNamesNoRejectingStep() {
        NewItem item = NewItem.valid(2, "Q3-EAST", Map.of("name", "Campaign Q3"));

        assertThat(item.isValid()).isTrue();
        assertThat(item.rejectedAt()).isNull();
        assertThat(item.violations()).isEmpty();
    }

    @Test
    void aNewItemNamesTheRejectingStepExactlyWhenItHasViolations() {
        NewItem rejected = new NewItem(2, "Q3-EAST", Map.of(), "VALIDATION", REASONS);

        assertThat(rejected.isValid()).isFalse();
        assertThat(rejected.rejectedAt()).isEqualTo("VALIDATION");
        assertThatThrownBy(() -> new NewItem(2, "Q3-EAST", Map.of(), null, REASONS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewItem(2, "Q3-EAST", Map.of(), "VALIDATION", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyRejectedAndFailedItemsAreProblems() {
        EnumSet<ItemStatus> problems = EnumSet.noneOf(ItemStatus.class);
        for (ItemStatus status : ItemStatus.values()) {
            if (status.isProblem()) {
                problems.add(status);
            }
        }

        assertThat(problems).containsExactlyInAnyOrder(ItemStatus.REJECTED, ItemStatus.FAILED);
    }

    @Test
    void everyStatusButPendingIsSettled() {
        EnumSet<ItemStatus> unsettled = EnumSet.noneOf(ItemStatus.class);
        for (ItemStatus status : ItemStatus.values()) {
            if (!status.isSettled()) {
                unsettled.add(status);
            }
        }

        assertThat(unsettled).containsExactly(ItemStatus.PENDING);
    }
}
