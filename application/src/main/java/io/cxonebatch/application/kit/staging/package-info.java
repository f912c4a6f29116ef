/** The kit's staging of an input file's lines, on the staging port. */
@NullMarked
package io.cxonebatch.application.kit.staging;

import org.jspecify.annotations.NullMarked;
