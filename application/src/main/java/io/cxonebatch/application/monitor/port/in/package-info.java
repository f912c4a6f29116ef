/** The use cases of campaign-status-monitor, one per step. */
@NullMarked
package io.cxonebatch.application.monitor.port.in;

import org.jspecify.annotations.NullMarked;
