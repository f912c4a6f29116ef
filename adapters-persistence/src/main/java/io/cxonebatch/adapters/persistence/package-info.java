/**
 * The application's persistence ports on PostgreSQL, in plain JDBC: the audit record, the campaign registry,
 * the items staged by every job and the registered webhooks.
 */
@NullMarked
package io.cxonebatch.adapters.persistence;

import org.jspecify.annotations.NullMarked;
