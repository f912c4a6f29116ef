/** The Spring Batch steps of adherence-report: each hands its work to a use case of {@code application.adherence}. */
@NullMarked
package io.cxonebatch.bootstrap.batch.adherence;

import org.jspecify.annotations.NullMarked;
