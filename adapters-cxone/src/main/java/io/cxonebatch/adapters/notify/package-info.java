/** Delivery of the outbox's notifications over HTTP: one POST per attempt, JSON, with an idempotency key. */
@NullMarked
package io.cxonebatch.adapters.notify;

import org.jspecify.annotations.NullMarked;
