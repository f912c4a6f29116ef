/** Schedule windows in IANA zones, DST resolution, conflicts between windows and calling hours. */
@NullMarked
package io.cxonebatch.domain.schedule;

import org.jspecify.annotations.NullMarked;
