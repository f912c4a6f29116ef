/**
 * Everything dialer-parameter-update knows: its use cases ({@code port.in}) and their rules ({@code service}), from
 * checking a pacing plan's rows to the atomic, version-guarded update of each campaign and what its report says.
 */
@NullMarked
package io.cxonebatch.application.pacing;

import org.jspecify.annotations.NullMarked;
