/** Campaigns: identity, type, status lifecycle and what a plan asks to create. */
@NullMarked
package io.cxonebatch.domain.campaign;

import org.jspecify.annotations.NullMarked;
