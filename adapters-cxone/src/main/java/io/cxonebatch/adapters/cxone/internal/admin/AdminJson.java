package io.cxonebatch.adapters.cxone.internal.admin;

import java.util.Locale;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads Admin answers as they come: the document shows counts and flags typed as strings on some endpoints
 * ({@code totalRecords}, {@code errorCount}, {@code success}; cxone-admin-api.md §2.3, §9.2), so each value is
 * taken in either form.
 */
final class AdminJson {

    private AdminJson() {
    }

    /** The flag, {@code true}/{@code false} or the same as a string; null when it is missing or neither. */
    static @Nullable Boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isString()) {
            String word = value.asString().strip().toLowerCase(Locale.ROOT);
            return "true".equals(word) ? Boolean.TRUE : "false".equals(word) ? Boolean.FALSE : null;
        }
        return null;
    }

    static boolean isTrue(JsonNode node, String field) {
        return Boolean.TRUE.equals(flag(node, field));
    }

    /** A whole number at least 0, as a number or as a string of digits; empty when it is missing or neither. */
    static OptionalLong count(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return OptionalLong.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= 0) {
            return OptionalLong.of(value.asLong());
        }
        if (value.isString()) {
            String digits = value.asString().strip();
            if (!digits.isEmpty() && digits.length() <= 18 && digits.chars().allMatch(Character::isDigit)) {
                return OptionalLong.of(Long.parseLong(digits));
            }
        }
        return OptionalLong.empty();
    }

    /** A string or a number as text; null when it is missing, blank or anything else. */
    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !(value.isString() || value.isNumber())) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    /** The object whose fields the answer holds: the answer itself, or its {@code resultSet} where it has one. */
    static JsonNode holderOf(JsonNode answer, String field) {
        if (answer.has(field)) {
            return answer;
        }
        JsonNode resultSet = answer.get("resultSet");
        return resultSet != null && resultSet.isObject() && resultSet.has(field) ? resultSet : answer;
    }
}
