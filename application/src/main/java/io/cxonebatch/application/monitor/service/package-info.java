/** The rules of campaign-status-monitor, plain Java on the outgoing ports, tested without Spring. */
@NullMarked
package io.cxonebatch.application.monitor.service;

import org.jspecify.annotations.NullMarked;
