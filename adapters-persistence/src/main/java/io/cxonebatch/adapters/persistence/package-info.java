/** The application's persistence ports on PostgreSQL, in plain JDBC: the audit record and the campaign registry. */
@NullMarked
package io.cxonebatch.adapters.persistence;

import org.jspecify.annotations.NullMarked;
