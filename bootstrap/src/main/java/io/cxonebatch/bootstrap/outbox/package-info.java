/** Runs the outbox's relay in the background of {@code run}, {@code restart} and {@code serve}. */
@NullMarked
package io.cxonebatch.bootstrap.outbox;

import org.jspecify.annotations.NullMarked;
