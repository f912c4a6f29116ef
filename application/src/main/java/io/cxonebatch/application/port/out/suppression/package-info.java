/**
 * The suppression cross-reference's working tables: normalised suppression entries and contacts staged with COPY,
 * matched in SQL, and each list's stored result, replaced whole when a run completes it.
 */
@NullMarked
package io.cxonebatch.application.port.out.suppression;

import org.jspecify.annotations.NullMarked;
