/**
 * The application's persistence ports on PostgreSQL, in plain JDBC: the audit record, the campaign registry,
 * the items staged by every job, the registered webhooks, the outbox of notifications and the agents dispatched to
 * preview campaigns.
 */
@NullMarked
package io.cxonebatch.adapters.persistence;

import org.jspecify.annotations.NullMarked;
