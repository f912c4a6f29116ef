/** The staging-retention job's step. */
@NullMarked
package io.cxonebatch.bootstrap.batch.retention;

import org.jspecify.annotations.NullMarked;
