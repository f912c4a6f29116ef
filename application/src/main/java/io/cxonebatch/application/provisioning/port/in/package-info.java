/** The use cases, one per job, as the driving side calls them. */
@NullMarked
package io.cxonebatch.application.port.in;

import org.jspecify.annotations.NullMarked;
