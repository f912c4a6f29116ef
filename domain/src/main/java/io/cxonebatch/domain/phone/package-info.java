/** Phone numbers in E.164 form. */
@NullMarked
package io.cxonebatch.domain.phone;

import org.jspecify.annotations.NullMarked;
