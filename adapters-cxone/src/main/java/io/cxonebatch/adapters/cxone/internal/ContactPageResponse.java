package io.cxonebatch.adapters.cxone.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One page of a contact list: {@code {"entity":[{"id","fields":{"phoneNumber","region",…}}],"nextPageUri"}}. */
record ContactPageResponse(@Nullable List<Contact> entity, @Nullable String nextPageUri) {

    record Contact(@Nullable String id, @Nullable Map<String, @Nullable Object> fields) {
    }
}
