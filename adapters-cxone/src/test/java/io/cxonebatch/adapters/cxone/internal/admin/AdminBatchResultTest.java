package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxonebatch.adapters.cxone.internal.admin.BatchResult.Item;
import io.cxonebatch.adapters.cxone.internal.admin.BatchResult.Verdict;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The answers of cxone-admin-api.md §9.2, read into one verdict per item sent, in the order sent. */
class AdminBatchResultTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void readsTopLevelErrorCountAndSkillsResults() {
        BatchResult result = BatchResult.read(json("""
                {"errorCount":1,"skillsResults":[{"success":true},{"success":false,"error":"a skill named X already exists"}]}"""),
                "skillsResults", 2);

        assertThat(result.errorCount()).isEqualTo(1);
        assertThat(result.items()).containsExactly(new Item(0, Verdict.SUCCEEDED, null),
                new Item(1, Verdict.FAILED, "a skill named X already exists"));
    }

    @Test
    void readsErrorCountAndItemsInsideResultSet() {
        BatchResult result = BatchResult.read(json("""
                {"resultSet":{"errorCount":0,"agentResults":[{"agentId":"1001","success":true},{"agentId":"1002","success":true}]}}"""),
                "agentResults", 2);

        assertThat(result.errorCount()).isZero();
        assertThat(result.items()).extracting(Item::verdict).containsExactly(Verdict.SUCCEEDED, Verdict.SUCCEEDED);
    }

    @Test
    void readsCountsAndFlagsTypedAsStrings() {
        BatchResult result = BatchResult.read(json("""
                {"errorCount":"2","tagResults":[{"success":"false","tagId":"7","error":"unknown tag"},{"success":"true"},{"success":"False"}]}"""),
                "tagResults", 3);

        assertThat(result.errorCount()).isEqualTo(2);
        assertThat(result.items()).extracting(Item::verdict).containsExactly(Verdict.FAILED, Verdict.SUCCEEDED, Verdict.FAILED);
    }

    @Test
    void anItemWithoutSuccessFailsOnlyWhenItCarriesAnErrorAndPhoneNumbersInErrorsAreMasked() {
        BatchResult result = BatchResult.read(json("""
                {"errorCount":1,"recordResults":[{"formattedPhone":"(212) 555-0147"},{"error":"+15550100077 is not valid"}]}"""),
                "recordResults", 2);

        assertThat(result.items().get(0).verdict()).isEqualTo(Verdict.SUCCEEDED);
        assertThat(result.items().get(1).verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.items().get(1).error()).doesNotContain("15550100077").endsWith(" is not valid");
    }

    @Test
    void itemsTheAnswerSaysNothingAboutAreUnreported() {
        BatchResult shortArray = BatchResult.read(json("""
                {"errorCount":1,"skillsResults":[{"success":true}]}"""), "skillsResults", 3);
        BatchResult noArray = BatchResult.read(json("{\"errorCount\":1}"), "skillsResults", 2);
        BatchResult noBody = BatchResult.read(null, "skillsResults", 1);

        assertThat(shortArray.items()).extracting(Item::verdict).containsExactly(Verdict.SUCCEEDED, Verdict.UNREPORTED, Verdict.UNREPORTED);
        assertThat(noArray.items()).extracting(Item::verdict).containsExactly(Verdict.UNREPORTED, Verdict.UNREPORTED);
        assertThat(noBody.items()).extracting(Item::verdict).containsExactly(Verdict.UNREPORTED);
    }

    @Test
    void withoutAnArrayAnErrorCountOfZeroMeansEveryItemSucceeded() {
        BatchResult result = BatchResult.read(json("{\"resultSet\":{\"errorCount\":\"0\"}}"), "recordResults", 2);

        assertThat(result.items()).extracting(Item::verdict).containsExactly(Verdict.SUCCEEDED, Verdict.SUCCEEDED);
    }

    @Test
    void withoutAnErrorCountTheFailedItemsAreCounted() {
        BatchResult result = BatchResult.read(json("""
                {"skillsResults":[{"success":false,"error":"campaignId is required"},{"success":false,"error":"x"}]}"""),
                "skillsResults", 2);

        assertThat(result.errorCount()).isEqualTo(2);
    }

    private static JsonNode json(String text) {
        return MAPPER.readTree(text);
    }
}
