/** Dialer pacing settings and the engine limits they must respect. */
@NullMarked
package io.cxonebatch.domain.pacing;

import org.jspecify.annotations.NullMarked;
