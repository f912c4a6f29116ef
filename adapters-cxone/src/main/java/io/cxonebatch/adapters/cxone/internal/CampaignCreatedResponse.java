package io.cxonebatch.adapters.cxone.internal;

import org.jspecify.annotations.Nullable;

/** {@code 201 {"id","name","status"}}. */
record CampaignCreatedResponse(@Nullable String id, @Nullable String name, @Nullable String status) {
}
