package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.adapters.cxone.internal.PhoneNumberMasking;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a batch call answered with its 200 about each item it was sent (cxone-admin-api.md §9.2): the Admin API takes
 * a batch whole and reports failures per item inside a success, so a 200 alone proves nothing.
 *
 * @param errorCount the {@code errorCount} CXone reported, or the failed items counted when it reported none
 * @param items one per item sent, in the order they were sent
 */
record BatchResult(long errorCount, List<Item> items) {

    BatchResult {
        items = List.copyOf(items);
    }

    enum Verdict {
        SUCCEEDED,
        FAILED,
        /** CXone's answer says nothing about the item: whether it was applied is unknown. */
        UNREPORTED
    }

    /**
     * @param index the item's place in the request, from 0
     * @param error CXone's reason for a failed item, phone numbers masked; null otherwise
     */
    record Item(int index, Verdict verdict, @Nullable String error) {
    }

    /**
     * Reads an answer whose verdicts sit in the array {@code itemsKey} ({@code skillsResults}, {@code agentResults},
     * {@code recordResults}, ...), at the top level or inside {@code resultSet}, with {@code errorCount} in either place
     * and numbers and flags possibly strings. The verdicts are taken by position, since most items carry no id. An item
     * fails when its {@code success} is false or, lacking {@code success}, when it carries an error. Without the array,
     * every item succeeded when {@code errorCount} is 0 and is unreported otherwise; items the array is too short for
     * are unreported.
     */
    static BatchResult read(@Nullable JsonNode answer, String itemsKey, int itemsSent) {
        JsonNode body = answer == null || !answer.isObject() ? null : answer;
        OptionalLong reported = body == null ? OptionalLong.empty() : AdminJson.count(AdminJson.holderOf(body, "errorCount"), "errorCount");
        JsonNode array = body == null ? null : AdminJson.holderOf(body, itemsKey).get(itemsKey);
        List<Item> items = new ArrayList<>(itemsSent);
        for (int index = 0; index < itemsSent; index++) {
            if (array != null && array.isArray()) {
                JsonNode verdict = array.get(index);
                items.add(verdict != null && verdict.isObject() ? verdict(index, verdict) : new Item(index, Verdict.UNREPORTED, null));
            } else {
                boolean noneFailed = reported.isPresent() && reported.getAsLong() == 0;
                items.add(new Item(index, noneFailed ? Verdict.SUCCEEDED : Verdict.UNREPORTED, null));
            }
        }
        long failed = items.stream().filter(item -> item.verdict() == Verdict.FAILED).count();
        return new BatchResult(reported.orElse(failed), items);
    }

    private static Item verdict(int index, JsonNode verdict) {
        Boolean success = AdminJson.flag(verdict, "success");
        String error = AdminJson.text(verdict, "error");
        boolean failed = success != null ? !success : error != null;
        return failed ? new Item(index, Verdict.FAILED, error == null ? null : PhoneNumberMasking.mask(error))
                : new Item(index, Verdict.SUCCEEDED, null);
    }
}
