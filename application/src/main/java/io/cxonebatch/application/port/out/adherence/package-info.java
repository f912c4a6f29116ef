/** The stored adherence reports: one per business date, replaced whole when the date is run again. */
@NullMarked
package io.cxonebatch.application.port.out.adherence;

import org.jspecify.annotations.NullMarked;
