/**
 * The suppression-crossref job's Spring Batch side: its parameters, its configuration and one thin tasklet per
 * step, each calling a use case of {@code application.suppression}. Every page read from CXone is staged and its
 * cursor saved in one transaction, so a restart reads on from the last committed page.
 */
@NullMarked
package io.cxonebatch.bootstrap.batch.suppression;

import org.jspecify.annotations.NullMarked;
