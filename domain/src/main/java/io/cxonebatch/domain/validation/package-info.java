/** Rule violations reported together, each with a stable code, the field and a readable message. */
@NullMarked
package io.cxonebatch.domain.validation;

import org.jspecify.annotations.NullMarked;
