/**
 * The relay of the durable outbox: delivers what jobs wrote to it, with retries and backoff, in whichever process
 * runs it, and gives up on a notification with its reason (DEAD, audited) rather than retry forever.
 */
@NullMarked
package io.cxonebatch.application.outbox;

import org.jspecify.annotations.NullMarked;
