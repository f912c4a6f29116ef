/**
 * The application's persistence ports on PostgreSQL, in plain JDBC: the audit record, the campaign registry,
 * the staged rows of plans and the registered webhooks.
 */
@NullMarked
package io.cxonebatch.adapters.persistence;

import org.jspecify.annotations.NullMarked;
