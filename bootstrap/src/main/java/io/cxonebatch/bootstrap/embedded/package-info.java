/** The embedded PostgreSQL server used when no data source is configured. */
@NullMarked
package io.cxonebatch.bootstrap.embedded;

import org.jspecify.annotations.NullMarked;
