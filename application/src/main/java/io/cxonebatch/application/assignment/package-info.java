/**
 * Everything agent-assignment knows: its use cases ({@code port.in}) and their rules ({@code service}), from checking
 * a roster's rows to the atomic dispatch of each preview campaign's agents, the rebalance on a capacity refusal, and
 * the notification of the workforce-management system through the outbox.
 */
@NullMarked
package io.cxonebatch.application.assignment;

import org.jspecify.annotations.NullMarked;
