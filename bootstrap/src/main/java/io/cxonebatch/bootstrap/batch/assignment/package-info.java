/** The Spring Batch steps of agent-assignment: each hands a roster's rows to a use case of {@code application.assignment}. */
@NullMarked
package io.cxonebatch.bootstrap.batch.assignment;

import org.jspecify.annotations.NullMarked;
