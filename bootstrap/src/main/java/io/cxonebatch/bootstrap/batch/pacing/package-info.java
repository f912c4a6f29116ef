/** The Spring Batch steps of dialer-parameter-update: each hands its rows to a use case of {@code application.pacing}. */
@NullMarked
package io.cxonebatch.bootstrap.batch.pacing;

import org.jspecify.annotations.NullMarked;
