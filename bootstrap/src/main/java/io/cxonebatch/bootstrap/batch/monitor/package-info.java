/** The Spring Batch steps of campaign-status-monitor: each hands a page to a use case of {@code application.monitor}. */
@NullMarked
package io.cxonebatch.bootstrap.batch.monitor;

import org.jspecify.annotations.NullMarked;
