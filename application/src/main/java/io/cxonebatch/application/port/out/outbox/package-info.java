/**
 * The durable outbox: notifications to other systems (the workforce-management webhook), written in the same
 * transaction as the change they announce and delivered later, with retries, by a relay in any process.
 */
@NullMarked
package io.cxonebatch.application.port.out.outbox;

import org.jspecify.annotations.NullMarked;
