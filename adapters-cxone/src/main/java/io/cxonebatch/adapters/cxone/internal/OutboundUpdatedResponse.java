package io.cxonebatch.adapters.cxone.internal;

import org.jspecify.annotations.Nullable;

/** {@code 200 {"id","version","status"}} of {@code PUT /api/v2/outbound/campaigns/{id}}. */
record OutboundUpdatedResponse(@Nullable String id, @Nullable Long version, @Nullable String status) {
}
