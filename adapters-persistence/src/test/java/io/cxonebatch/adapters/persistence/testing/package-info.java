/** A real PostgreSQL for tests, with a fresh database migrated by the project's Flyway scripts. */
@NullMarked
package io.cxonebatch.adapters.persistence.testing;

import org.jspecify.annotations.NullMarked;
