/** Preview agent assignments: skills, concurrency, availability windows and capacity scores. */
@NullMarked
package io.cxonebatch.domain.assignment;

import org.jspecify.annotations.NullMarked;
