package io.cxonebatch.adapters.cxone.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of suppressions: {@code {"entity":[{"id","phoneNumber","reason"}],"nextPageUri"}}. */
record SuppressionPageResponse(@Nullable List<Entry> entity, @Nullable String nextPageUri) {

    record Entry(@Nullable String id, @Nullable String phoneNumber, @Nullable String reason) {
    }
}
