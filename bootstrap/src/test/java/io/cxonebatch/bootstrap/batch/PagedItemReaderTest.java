package io.cxonebatch.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.kit.Pager;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class PagedItemReaderTest {

    /** Three pages of three numbers; counts the pages read. */
    private final List<String> pagesRead = new ArrayList<>();
    private final Pager<Integer> numbers = this::page;

    private Page<Integer> page(@Nullable PageCursor cursor) {
        int first = cursor == null ? 1 : Integer.parseInt(cursor.value());
        pagesRead.add(String.valueOf(first));
        List<Integer> items = List.of(first, first + 1, first + 2);
        return new Page<>(items, first + 3 > 9 ? null : new PageCursor(String.valueOf(first + 3)));
    }

    private static List<Integer> readAll(PagedItemReader<Integer> reader) {
        List<Integer> read = new ArrayList<>();
        for (Integer item = reader.read(); item != null; item = reader.read()) {
            read.add(item);
        }
        return read;
    }

    @Test
    void readsEveryPageInOrderHoldingOneAtATime() {
        PagedItemReader<Integer> reader = new PagedItemReader<>("numbers", numbers, true);
        reader.open(new ExecutionContext());

        assertThat(readAll(reader)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(pagesRead).containsExactly("1", "4", "7");
        assertThat(reader.read()).isNull();
    }

    @Test
    void aRestartResumesFromThePageItStoppedOnAndSkipsWhatWasAlreadyRead() {
        ExecutionContext step = new ExecutionContext();
        PagedItemReader<Integer> first = new PagedItemReader<>("numbers", numbers, true);
        first.open(step);
        for (int i = 0; i < 5; i++) {
            first.read();
        }
        first.update(step);
        pagesRead.clear();

        PagedItemReader<Integer> restarted = new PagedItemReader<>("numbers", numbers, true);
        restarted.open(step);

        assertThat(readAll(restarted)).containsExactly(6, 7, 8, 9);
        assertThat(pagesRead).as("the first page is not read again").containsExactly("4", "7");
    }

    @Test
    void withoutSavedStateARestartStartsFromTheTop() {
        ExecutionContext step = new ExecutionContext();
        PagedItemReader<Integer> first = new PagedItemReader<>("pending", numbers, false);
        first.open(step);
        first.read();
        first.read();
        first.update(step);

        PagedItemReader<Integer> restarted = new PagedItemReader<>("pending", numbers, false);
        restarted.open(step);

        assertThat(step.isEmpty()).isTrue();
        assertThat(readAll(restarted)).startsWith(1, 2, 3);
    }
}
