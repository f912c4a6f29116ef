/** The admin API over HTTP under {@code serve}: launch, list, stop and restart jobs and read their reports, behind credentials. */
@NullMarked
package io.cxonebatch.bootstrap.api;

import org.jspecify.annotations.NullMarked;
