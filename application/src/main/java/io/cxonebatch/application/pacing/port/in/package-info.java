/** The use cases of dialer-parameter-update, one per step. */
@NullMarked
package io.cxonebatch.application.pacing.port.in;

import org.jspecify.annotations.NullMarked;
