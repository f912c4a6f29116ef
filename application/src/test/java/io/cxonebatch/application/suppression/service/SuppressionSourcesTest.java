package io.cxonebatch.application.suppression.service;

import io.cxonebatch.application.kit.FakeAudit;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.Page;
import io.cxonebatch.application.kit.PageCursor;
import io.cxonebatch.application.port.out.audit.AuditEvent;
import io.cxonebatch.application.port.out.cxone.SuppressionRecord;
import io.cxonebatch.application.port.out.suppression.StagedSuppression;
import io.cxonebatch.application.suppression.port.in.DncFile;
import io.cxonebatch.application.suppression.port.in.DncLine;
import io.cxonebatch.application.suppression.port.in.LoadSuppressionSourcesUseCase.SourceLoaded;
import io.cxonebatch.application.suppression.port.in.PageStaged;
import io.cxonebatch.domain.phone.PhoneNumberNormalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

class SuppressionSourcesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final FakeSuppressionTables tables = new FakeSuppressionTables();
    private final FakeAudit audit = new FakeAudit();
    private final List<Page<SuppressionRecord>> cxonePages = new ArrayList<>();
    private final List<String> cursorsAsked = new ArrayList<>();
    private final SuppressionSources sources = new SuppressionSources(cursor -> {
        cursorsAsked.add(cursor == null ? "first" : cursor.value());
        return cxonePages.get(cursor == null ? 0 : Integer.parseInt(cursor.value()));
    }, tables, audit, MutableClock.of(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600), ZoneOffset.UTC),
            new PhoneNumberNormalizer("US"), new SourceAge(31, "cxone-batch.suppression.max-source-age"));

    @Test
    void aCopyOlderThanTheAllowedAgeIsRefusedSayingHowOldAndWhichSetting() {
        assertThat(sources.refusal(List.of(new DncFile("registry.csv", TODAY.minusDays(31))))).isEmpty();
        assertThat(sources.refusal(List.of(new DncFile("ok.csv", TODAY), new DncFile("registry.csv", TODAY.minusDays(32)))))
                .hasValueSatisfying(why -> assertThat(why).contains("registry.csv").contains("32 days old")
                        .contains("cxone-batch.suppression.max-source-age").doesNotContain("ok.csv"));
    }

    @Test
    void aCopyDatedAfterTodayIsRefusedToo() {
        assertThat(sources.refusal(List.of(new DncFile("future.csv", TODAY.plusDays(1))))).hasValueSatisfying(
                why -> assertThat(why).contains("after today"));
    }

    @Test
    void aFileIsNormalisedAndStagedAThousandLinesAtATimeWithItsSourceAndReason() {
        List<DncLine> lines = new ArrayList<>();
        LongStream.range(0, 2_500).forEach(i -> lines.add(new DncLine(i + 2, "(212) 736-" + String.format("%04d", i % 10_000), null, "FEDERAL_DNC")));
        lines.add(new DncLine(2_502, "+1 415 736 0100", "state-ca", null));
        lines.add(new DncLine(2_503, "not a number", null, null));

        SourceLoaded loaded = sources.loadFile(5, 50, new DncFile("registry.csv", TODAY), lines.iterator());

        assertThat(loaded).isEqualTo(new SourceLoaded(2_502, 1));
        assertThat(tables.stageCalls).isEqualTo(3);
        assertThat(tables.suppressions.get(0)).isEqualTo(new StagedSuppression("registry.csv", "line 2", "+12127360000", "FEDERAL_DNC"));
        assertThat(tables.suppressions.get(2_500)).isEqualTo(new StagedSuppression("state-ca", "line 2502", "+14157360100", null));
        assertThat(tables.suppressions.get(2_501).e164()).isNull();
        AuditEvent event = audit.events.get(0);
        assertThat(event.action()).isEqualTo(SuppressionSources.SOURCE_LOADED);
        assertThat(event.details().get("asOf")).isEqualTo("2026-12-01");
        assertThat(event.details().get("entries")).isEqualTo(2_502L);
        assertThat(event.details().toString()).doesNotContain("736");
    }

    @Test
    void cxonesListIsReadPageByPageFromTheCursorAndAuditedOnceAfterItsLastPage() {
        cxonePages.add(new Page<>(List.of(new SuppressionRecord("sup_1", "212-736-0147", "DNC_REQUEST")), new PageCursor("1")));
        cxonePages.add(Page.last(List.of(new SuppressionRecord("sup_2", "N/A", "LITIGATOR"))));

        PageStaged first = sources.stageCxonePage(5, 50, null);
        assertThat(audit.events).isEmpty();
        PageStaged last = sources.stageCxonePage(5, 50, first.next());

        assertThat(first).isEqualTo(new PageStaged(new PageCursor("1"), 1, 0));
        assertThat(last).isEqualTo(new PageStaged(null, 1, 1));
        assertThat(cursorsAsked).containsExactly("first", "1");
        assertThat(tables.suppressions).extracting(StagedSuppression::source).containsOnly("cxone");
        assertThat(tables.suppressions).extracting(StagedSuppression::entryId).containsExactly("sup_1", "sup_2");
        assertThat(audit.events).singleElement().satisfies(event -> {
            assertThat(event.details().get("entries")).isEqualTo(2L);
            assertThat(event.details().get("unparseable")).isEqualTo(1L);
        });
    }
}
