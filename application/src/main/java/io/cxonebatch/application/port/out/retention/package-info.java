/** What staging-retention needs of the database. */
@NullMarked
package io.cxonebatch.application.port.out.retention;

import org.jspecify.annotations.NullMarked;
