package io.cxonebatch.application.suppression.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.application.kit.JobResult;
import io.cxonebatch.application.port.out.suppression.MatchedContact;
import io.cxonebatch.application.port.out.suppression.SourceCount;
import io.cxonebatch.application.suppression.port.in.CheckContactListsUseCase.ListChecked;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuppressionReportTest {

    @Test
    void unparseableContactsCountAsRejectedAndFailedListsAsFailedSoTheRunDoesNotExitClean() {
        Map<String, String> failed = new LinkedHashMap<>();
        failed.put("gone", "CXone has no contact list gone (HTTP 404)");

        JobResult result = SuppressionReport.result(List.of(new SourceCount("cxone", 1_000, 5)),
                List.of(new ListChecked("list_a", 100, 2, 10, 80)), failed, List.of("/r/a-matches.csv", "/r/a-eligible.csv"));

        assertThat(result.read()).isEqualTo(100);
        assertThat(result.done()).isEqualTo(98);
        assertThat(result.rejected()).isEqualTo(2);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.summaryLines()).containsExactly(
                "source cxone: 1,000 entries, 5 unparseable (never matched)",
                "list list_a: 100 contacts, 10 suppressed, 80 eligible, 2 unparseable (not eligible)",
                "list gone FAILED: CXone has no contact list gone (HTTP 404)",
                "Report:  /r/a-matches.csv",
                "Report:  /r/a-eligible.csv");
    }

    @Test
    void aRunThatCheckedNoListSaysSoAndIsNotClean() {
        JobResult result = SuppressionReport.result(List.of(), List.of(), Map.of(), List.of());

        assertThat(result.summaryLines()).singleElement().satisfies(line -> assertThat(line).contains("no contact list was checked"));
        assertThat(result.clean()).isFalse();
    }

    @Test
    void aMatchRecordHoldsTheContactIdSourcesAndReasonsButNeverTheNumber() {
        List<String> record = SuppressionReport.matchRecord(new MatchedContact("c-1", "+12127360147", List.of("cxone", "registry.csv"),
                List.of("DNC_REQUEST", "FEDERAL_DNC")));

        assertThat(record).containsExactly("c-1", "cxone;registry.csv", "DNC_REQUEST;FEDERAL_DNC");
        assertThat(String.join(",", record)).doesNotContain("7360147");
        assertThat(SuppressionReport.fileSafe("list/east 1")).isEqualTo("list_east_1");
    }
}
