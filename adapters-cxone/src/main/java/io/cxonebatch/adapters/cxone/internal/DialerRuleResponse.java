package io.cxonebatch.adapters.cxone.internal;

import org.jspecify.annotations.Nullable;

/** {@code 201 {"id","campaignId","ruleType","status"}}. */
record DialerRuleResponse(@Nullable String id, @Nullable String campaignId, @Nullable String ruleType, @Nullable String status) {
}
