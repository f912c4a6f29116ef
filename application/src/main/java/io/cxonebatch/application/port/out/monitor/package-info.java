/** What campaign-status-monitor reads and records in the registry: the campaigns it tracks and what it saw of them. */
@NullMarked
package io.cxonebatch.application.port.out.monitor;

import org.jspecify.annotations.NullMarked;
