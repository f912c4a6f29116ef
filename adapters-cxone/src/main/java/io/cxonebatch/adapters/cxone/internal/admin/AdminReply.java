package io.cxonebatch.adapters.cxone.internal.admin;

import io.cxonebatch.application.port.out.cxone.CxoneAnswer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A success answer of a call that changes something: its status, which the audit keeps, and its body, which the
 * Admin API often leaves empty (start answers 202 and a parameter PUT 200 with nothing in them).
 *
 * @param body null when the answer had none
 */
record AdminReply(int status, @Nullable JsonNode body) {

    <V> CxoneAnswer<V> answer(V value) {
        return new CxoneAnswer<>(value, status);
    }
}
