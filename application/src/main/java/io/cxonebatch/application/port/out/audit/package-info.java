/** The append-only, hash-chained audit record that compliance officers query. */
@NullMarked
package io.cxonebatch.application.port.out.audit;

import org.jspecify.annotations.NullMarked;
