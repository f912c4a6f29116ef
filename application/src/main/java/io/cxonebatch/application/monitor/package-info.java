/**
 * Everything campaign-status-monitor knows: reading CXone's statuses for the campaigns the registry tracks (through
 * the listing where it can, one by one where it must), judging each change against the lifecycle, and what its
 * summary says.
 */
@NullMarked
package io.cxonebatch.application.monitor;

import org.jspecify.annotations.NullMarked;
