package io.cxonebatch.application.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PagerTest {

    private static final int MOST_CALLS = 20;

    private final Map<String, Page<String>> pages = new HashMap<>();
    private final List<String> asked = new ArrayList<>();
    private final Pager<String> pager = this::page;

    private Page<String> page(@Nullable PageCursor cursor) {
        String key = cursor == null ? "first" : cursor.value();
        asked.add(key);
        if (asked.size() > MOST_CALLS) {
            throw new AssertionError("the pager kept asking: " + asked);
        }
        Page<String> page = pages.get(key);
        if (page == null) {
            throw new AssertionError("no page at " + key);
        }
        return page;
    }

    private void threePages() {
        pages.put("first", new Page<>(List.of("a", "b"), new PageCursor("p2")));
        pages.put("p2", new Page<>(List.of("c"), new PageCursor("p3")));
        pages.put("p3", Page.last(List.of("d", "e")));
    }

    private static Optional<String> holding(List<String> items, String wanted) {
        return items.contains(wanted) ? Optional.of(wanted) : Optional.empty();
    }

    @Test
    void forEachPageHandsEveryPageInOrderAndStopsAtTheLast() {
        threePages();
        List<List<String>> handed = new ArrayList<>();

        pager.forEachPage(handed::add);

        assertThat(handed).containsExactly(List.of("a", "b"), List.of("c"), List.of("d", "e"));
        assertThat(asked).containsExactly("first", "p2", "p3");
    }

    @Test
    void aSinglePageListingIsReadOnce() {
        pages.put("first", Page.last(List.of("a")));
        List<List<String>> handed = new ArrayList<>();

        pager.forEachPage(handed::add);

        assertThat(handed).containsExactly(List.of("a"));
        assertThat(asked).containsExactly("first");
    }

    @Test
    void findStopsAtTheFirstPageThatHoldsTheMatch() {
        threePages();

        assertThat(pager.find(items -> holding(items, "c"))).contains("c");
        assertThat(asked).containsExactly("first", "p2");
    }

    @Test
    void findOnTheFirstPageReadsNoOther() {
        threePages();

        assertThat(pager.find(items -> holding(items, "a"))).contains("a");
        assertThat(asked).containsExactly("first");
    }

    @Test
    void findWithoutAMatchReadsEveryPageAndFindsNothing() {
        threePages();

        assertThat(pager.find(items -> holding(items, "z"))).isEmpty();
        assertThat(asked).containsExactly("first", "p2", "p3");
    }

    @Test
    void aCursorMetTwiceStopsTheWalkInsteadOfLooping() {
        pages.put("first", new Page<>(List.of("a"), new PageCursor("p2")));
        pages.put("p2", new Page<>(List.of("b"), new PageCursor("p3")));
        pages.put("p3", new Page<>(List.of("c"), new PageCursor("p2")));

        assertThatThrownBy(() -> pager.forEachPage(items -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'p2'");
        assertThat(asked).containsExactly("first", "p2", "p3");
    }

    @Test
    void aPageThatNamesItselfAsNextStopsTheWalk() {
        pages.put("first", new Page<>(List.of("a"), new PageCursor("p2")));
        pages.put("p2", new Page<>(List.of("b"), new PageCursor("p2")));

        assertThatThrownBy(() -> pager.find(items -> Optional.<String>empty())).isInstanceOf(IllegalStateException.class);
        assertThat(asked).containsExactly("first", "p2");
    }

    @Test
    void aPageWithoutNextIsTheLast() {
        assertThat(Page.last(List.of("a")).isLast()).isTrue();
        assertThat(Page.last(List.of("a")).next()).isNull();
        assertThat(new Page<>(List.of("a"), new PageCursor("p2")).isLast()).isFalse();
    }

    @Test
    void aPageKeepsItsItemsAsTheyWereHanded() {
        List<String> items = new ArrayList<>(List.of("a", "b"));
        Page<String> page = Page.last(items);

        items.add("c");

        assertThat(page.items()).containsExactly("a", "b");
        assertThatThrownBy(() -> page.items().add("d")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBlankCursorIsRefused() {
        assertThatThrownBy(() -> new PageCursor("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageCursor("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageCursor(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCursorShowsAsItsValue() {
        assertThat(new PageCursor("https://api.example.com/campaigns?page=2")).hasToString("https://api.example.com/campaigns?page=2");
    }
}
